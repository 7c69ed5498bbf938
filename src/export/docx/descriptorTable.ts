/**
 * The descriptor table as published: criterion | task № | descriptor | mark, with the descriptors under
 * the «Білім алушы / Обучающийся / A learner» sub-heading, the criterion's cell merged over all its rows
 * (and the task number over its descriptors), and the total row. Rows come from the domain's
 * `descriptorTable`, the same rows the screen shows.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx'
import { descriptorTable } from '@/domain/descriptorTable'
import { markName } from '@/domain/fieldMarks'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { BODY_SIZE, CONTENT_WIDTH } from './page'
import { cell, headerRow, row, table, type XmlTable } from './table'
import { fitColumns } from './widths'
import { anchored, TITLE, type CommentPlacer } from './comments'

/** Criterion | task № | descriptor | mark: as wide as the headings' words need, the rest by weight. */
export function descriptorColumns(a: Assessment): number[] {
  const l = PRINT_LABELS[a.language]
  const headings = [l.criterion, l.taskNumber, `${l.descriptor} ${l.learner}`, l.points]
  return fitColumns(CONTENT_WIDTH, headings.map((heading, i) => ({ heading, weight: [28, 15, 45, 12][i] })), BODY_SIZE)
}

export function descriptorTableDocx(a: Assessment, placer?: CommentPlacer): XmlTable {
  const labels = PRINT_LABELS[a.language]
  const data = descriptorTable(a)
  const head = { bold: true, align: 'center' as const, shade: true }
  const rows = [
    headerRow([
      cell(labels.criterion, { ...head, merge: 'restart' }),
      cell(labels.taskNumber, { ...head, merge: 'restart' }),
      cell(labels.descriptor, head),
      cell(labels.points, { ...head, merge: 'restart' }),
    ]),
    headerRow([
      cell('', { ...head, merge: 'continue' }),
      cell('', { ...head, merge: 'continue' }),
      cell(labels.learner, { ...head, italics: true }),
      cell('', { ...head, merge: 'continue' }),
    ]),
  ]
  for (const r of data.rows) {
    rows.push(
      row([
        r.criterionRowSpan > 0
          ? cell(r.criterion ? [{ text: r.criterion.text, mark: markName('criterionRow', r.criterion.id) }] : labels.noCriterion, { merge: r.criterionRowSpan > 1 ? 'restart' : undefined })
          : cell('', { merge: 'continue' }),
        r.taskRowSpan > 0
          ? cell(r.printedNumber, { align: 'center', merge: r.taskRowSpan > 1 ? 'restart' : undefined })
          : cell('', { merge: 'continue' }),
        cell([{ text: r.descriptor.text, comments: placer?.take(`descriptor:${r.descriptor.id}`), mark: markName('descriptor', r.descriptor.id) }]),
        cell([{ text: String(r.descriptor.points), mark: markName('descriptorPoints', r.descriptor.id) }], { align: 'center' }),
      ]),
    )
  }
  rows.push(row([cell(labels.totalPoints, { bold: true, align: 'right', columnSpan: 3 }), cell(String(data.totalPoints), { bold: true, align: 'center' })]))
  return table(descriptorColumns(a), rows)
}

export function descriptorTablePart(a: Assessment, placer?: CommentPlacer): FileChild[] {
  const labels = PRINT_LABELS[a.language]
  return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: anchored(placer, TITLE, [new TextRun(labels.pack.descriptorTable)]) }), descriptorTableDocx(a, placer)]
}
