/**
 * The specification part of the pack. For a term assessment it is the document teachers file (the blocks
 * of domain/specDocument, the screen's document): numbered general parts, the term's overview with its
 * duration and points, structure, the characteristic table (5–11 or primary layout) and the mark scheme
 * (left out when the pack prints the mark scheme as its own part). For a unit assessment, the table alone.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { specificationDocument, type SpecBlock } from '@/domain/specDocument/document'
import { anchored, TITLE, type CommentPlacer } from './comments'
import { markSchemeTable } from './markScheme'
import { distributionTable, levelsTable, primaryTable, specificationTable } from './specTables'
import { runs, xmlSafe } from './text'
import { marked } from './marks'
import { specTextMarkName } from '@/domain/fieldMarks'

export { specificationTable } from './specTables'

function blockChildren(a: Assessment, b: SpecBlock, withMarkScheme: boolean): FileChild[] {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ alignment: 'center', spacing: { after: 200 }, children: runs(b.text, { bold: true }) })]
    case 'heading':
      if (!withMarkScheme && b.of === 'markScheme') return []
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          pageBreakBefore: b.level === 1,
          keepNext: true,
          spacing: { before: 200, after: 80 },
          children: runs(b.number !== null ? `${b.number}. ${b.text}` : b.text),
        }),
      ]
    case 'text':
      // the teacher's own wording: each line in its field marker, so it reads back as hers (domain/wordImport/fromPrint.ts)
      return xmlSafe(b.text)
        .split('\n')
        .map((line, i) => new Paragraph({ spacing: { after: 80 }, alignment: 'both', children: marked(b.edited ? specTextMarkName(b.key, i) : undefined, [new TextRun(line)]) }))
    case 'lines':
      return b.lines.map((line) => new Paragraph({ spacing: { after: 0 }, children: runs(line) }))
    case 'levels':
      return [levelsTable(b)]
    case 'distribution':
      return [distributionTable(b)]
    case 'characteristics':
      return [b.layout === 'primary' ? primaryTable(a) : specificationTable(a)]
    case 'markScheme':
      return withMarkScheme ? [markSchemeTable(a)] : []
  }
}

/** `withMarkScheme`: print the mark scheme inside the specification (when it is not a part of its own). */
export function specificationPart(a: Assessment, placer?: CommentPlacer, withMarkScheme = true): FileChild[] {
  const labels = PRINT_LABELS[a.language]
  const caption = [labels.kindTitle[a.kind], xmlSafe(a.subject.trim()), a.grade !== null ? labels.pack.gradeText(a.grade) : ''].filter(Boolean).join(' · ')
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { after: 60 }, children: anchored(placer, TITLE, [new TextRun(labels.pack.specification)]) }),
    new Paragraph({ alignment: 'center', spacing: { after: 200 }, children: runs(caption) }),
    ...specificationDocument(a, labels.levels).flatMap((b) => blockChildren(a, b, withMarkScheme)),
  ]
}
