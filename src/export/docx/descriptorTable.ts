/**
 * The descriptor table as published: criterion | task № | descriptor | mark, with the descriptors under
 * the «Білім алушы / Обучающийся / A learner» sub-heading, the criterion's cell merged over all its rows
 * (and the task number over its descriptors), and the total row. Rows come from the domain's
 * `descriptorTable`, the same rows the screen shows.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx'
import { descriptorTable } from '@/domain/descriptorTable'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { CONTENT_WIDTH } from './page'
import { cell, columns, headerRow, row, table, type XmlTable } from './table'
import { anchored, TITLE, type CommentPlacer } from './comments'

export const DESCRIPTOR_COLUMNS = columns(CONTENT_WIDTH, [28, 15, 45, 12])

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
          ? cell(r.criterion ? r.criterion.text : labels.noCriterion, { merge: r.criterionRowSpan > 1 ? 'restart' : undefined })
          : cell('', { merge: 'continue' }),
        r.taskRowSpan > 0
          ? cell(r.printedNumber, { align: 'center', merge: r.taskRowSpan > 1 ? 'restart' : undefined })
          : cell('', { merge: 'continue' }),
        cell([{ text: r.descriptor.text, comments: placer?.take(`descriptor:${r.descriptor.id}`) }]),
        cell(String(r.descriptor.points), { align: 'center' }),
      ]),
    )
  }
  rows.push(row([cell(labels.totalPoints, { bold: true, align: 'right', columnSpan: 3 }), cell(String(data.totalPoints), { bold: true, align: 'center' })]))
  return table(DESCRIPTOR_COLUMNS, rows)
}

export function descriptorTablePart(a: Assessment, placer?: CommentPlacer): FileChild[] {
  const labels = PRINT_LABELS[a.language]
  return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: anchored(placer, TITLE, [new TextRun(labels.pack.descriptorTable)]) }), descriptorTableDocx(a, placer)]
}
