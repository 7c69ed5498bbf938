/**
 * The Word pack of an assessment. Loaded only with `import('@/export/docx')` when the teacher prints,
 * so the Word library never weighs on the first load. Each part is a section of its own: it starts on a
 * new page and carries the same footer (subject, grade, page number) and draft watermark.
 */
import { Document, Paragraph, TextRun, type ISectionOptions } from 'docx'
import { CommentPlacer } from './comments'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { descriptorTablePart } from './descriptorTable'
import { markSchemePart } from './markScheme'
import { normalizePrintOptions, type PictureMap, type PrintOptions, type PrintPart } from '@/domain/printOptions'
import { section, styles } from './page'
import { parentRubricPart } from './parentRubric'
import { packDocxBlob } from './rawXml'
import { pupilSheetPart } from './pupilSheet'
import { specificationPart } from './specification'
import { teacherCopyPart } from './teacherCopy'
import { variantLabel } from '@/domain/variants'
import { xmlSafe } from './text'
import { marked } from './marks'
import { variantMarkName } from '@/domain/fieldMarks'

export type { PictureData, PictureMap, PrintOptions, PrintPart } from '@/domain/printOptions'
export { defaultPrintOptions, PRINT_PARTS } from '@/domain/printOptions'
export { docxFileName } from '@/domain/printFileName'

type PartBuilder = (a: Assessment, options: PrintOptions, pictures: PictureMap, placer: CommentPlacer) => ISectionOptions[]

const PARTS: Record<PrintPart, PartBuilder | null> = {
  pupilSheet: (a, o, pictures, placer) => [section(a, pupilSheetPart(a, pictures, placer, o.approval))],
  teacherCopy: (a, _o, _p, placer) => [section(a, teacherCopyPart(a, placer))],
  descriptorTable: (a, _o, _p, placer) => [section(a, descriptorTablePart(a, placer))],
  specification: (a, o, _p, placer) => [section(a, specificationPart(a, placer, !o.parts.includes('markScheme')))],
  markScheme: (a, _o, _p, placer) => [section(a, markSchemePart(a, placer))],
  parentRubric: (a, o, _p, placer) => [section(a, parentRubricPart(a, o.parentRubricCopies, o.rubricEdits, placer))],
}

/** A part of a variant starts with its label («2-нұсқа»), so the pages of two variants are never mixed up. */
function headedByVariant(a: Assessment, sections: ISectionOptions[]): ISectionOptions[] {
  const variant = a.variant
  if (!variant) return sections
  // the first label carries the variant's number and group in its field marker (a name is used once), so a print reads back as its variant
  const label = (first: boolean) => {
    const run = [new TextRun({ text: variantLabel(a.language, variant.number), bold: true, size: 28 })]
    return new Paragraph({ alignment: 'right', children: first ? marked(variantMarkName(variant.number, variant.group), run) : run })
  }
  return sections.map((s, i) => ({ ...s, children: [label(i === 0), ...s.children] }))
}

/** The sections of the chosen parts, in print order; `placer` collects the review comments they anchor. */
export function buildSections(a: Assessment, options: PrintOptions, pictures: PictureMap, placer?: CommentPlacer): ISectionOptions[] {
  const chosen = normalizePrintOptions(options)
  const comments = placer ?? new CommentPlacer(a, chosen.comments ?? [], chosen.parts)
  return headedByVariant(a, chosen.parts.flatMap((part) => PARTS[part]?.(a, chosen, pictures, comments) ?? []))
}

export function buildDocument(a: Assessment, options: PrintOptions, pictures: PictureMap = new Map()): Document {
  const labels = PRINT_LABELS[a.language]
  const parts = normalizePrintOptions(options).parts
  const placer = new CommentPlacer(a, options.comments ?? [], parts)
  // every variant in turn, or the assessment alone; review comments, approval and rubric wording given are the assessment's own
  const variants = options.variants?.some((v) => v.id === a.id) ? options.variants : [a]
  const sections = variants.flatMap((v) => (v.id === a.id ? buildSections(a, options, pictures, placer) : buildSections(v, { ...options, rubricEdits: v.rubricEdits, comments: [], approval: undefined }, pictures, new CommentPlacer(v, [], parts))))
  return new Document({
    creator: 'Bagalau',
    title: xmlSafe(a.title.trim() || labels.kindTitle[a.kind]),
    subject: xmlSafe(a.subject),
    styles: styles(a.language),
    sections: sections.length ? sections : [section(a, [])],
    comments: { children: placer.comments() },
  })
}

/** Builds the .docx file of the chosen parts. `pictures` holds the task pictures' bytes by blob id. */
export async function buildAssessmentDocx(assessment: Assessment, options: PrintOptions, pictures: PictureMap = new Map()): Promise<Blob> {
  return packDocxBlob(buildDocument(assessment, options, pictures))
}
