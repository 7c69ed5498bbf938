/**
 * The mark scheme: task № | answer | mark | additional information. One row per descriptor (how each
 * point is given), the task number and answer merged over them, alternatives accepted under the answer.
 * Rows come from the domain's `markScheme`, the screen's table.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx'
import { DERIVED_LABELS } from '@/domain/derivedLabels'
import { markName } from '@/domain/fieldMarks'
import { markScheme } from '@/domain/markScheme'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { anchored, TITLE, type CommentPlacer } from './comments'
import { BODY_SIZE, CONTENT_WIDTH } from './page'
import { cell, headerRow, row, table, type CellOptions, type CellParagraph, type XmlTable } from './table'
import { markSchemeTeacherMaterial } from './teacherCopy'
import { fitColumns } from './widths'


function answerParagraphs(answer: string, additional: string[], noAnswer: string, mark: string): CellParagraph[] {
  return [answer ? { text: answer, mark } : { text: noAnswer, italics: true, color: '666666' }, ...additional.map((line) => ({ text: line, italics: true }))]
}

export function markSchemeTable(a: Assessment): XmlTable {
  const labels = PRINT_LABELS[a.language]
  const h = labels.pack.scheme
  const scheme = markScheme(a)
  const head: CellOptions = { bold: true, align: 'center', shade: true }
  const rows = [headerRow([h.taskNumber, h.answer, h.points, h.additional].map((text) => cell(text, head)))]
  for (const r of scheme.rows) {
    const lines = r.lines.length ? r.lines : [{ descriptorId: '', text: '', points: r.points }]
    lines.forEach((line, i) => {
      const merge: CellOptions['merge'] = lines.length === 1 ? undefined : i === 0 ? 'restart' : 'continue'
      rows.push(
        row([
          cell(i === 0 ? r.printedNumber : '', { align: 'center', merge }),
          i === 0 ? cell(answerParagraphs(r.answer, r.additional, DERIVED_LABELS[a.language].noAnswer, r.part ? markName('partAnswer', r.part.id) : markName('answer', r.task.id)), { merge }) : cell('', { merge }),
          cell(String(line.points), { align: 'center' }),
          cell(line.text),
        ]),
      )
    })
  }
  rows.push(row([cell(h.total, { bold: true, align: 'right', columnSpan: 2 }), cell(String(scheme.totalPoints), { bold: true, align: 'center' }), cell('')]))
  const widths = fitColumns(CONTENT_WIDTH, [h.taskNumber, h.answer, h.points, h.additional].map((heading, i) => ({ heading, weight: [9, 38, 9, 44][i] })), BODY_SIZE)
  return table(widths, rows)
}

export function markSchemePart(a: Assessment, placer?: CommentPlacer): FileChild[] {
  const heading = [new TextRun(PRINT_LABELS[a.language].pack.markScheme)]
  return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: anchored(placer, TITLE, heading) }), markSchemeTable(a), ...markSchemeTeacherMaterial(a)]
}
