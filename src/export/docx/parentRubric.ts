/**
 * The rubric for parents: the pupil's name line, then criterion | task № | low | middle | high, one
 * copy per page for as many pupils as asked. Rows and cell wording come from the domain's
 * `parentRubric` (the screen's table, with the teacher's own cell edits when given).
 */
import { HeadingLevel, Paragraph, TabStopType, TextRun, type FileChild } from 'docx'
import type { Assessment } from '@/domain/model'
import { parentRubric, RUBRIC_LEVELS, type RubricEdits } from '@/domain/parentRubric'
import { PRINT_LABELS } from '@/domain/printLabels'
import { anchored, TITLE, type CommentPlacer } from './comments'
import { BODY_SIZE, CONTENT_WIDTH } from './page'
import { cell, headerRow, row, table, type CellOptions, type XmlTable } from './table'
import { fitColumns } from './widths'
import { runs, xmlSafe } from './text'


export function parentRubricTable(a: Assessment, edits: RubricEdits = {}): XmlTable {
  const labels = PRINT_LABELS[a.language]
  const r = labels.pack.rubric
  const head: CellOptions = { bold: true, align: 'center', shade: true }
  const rows = [
    headerRow([cell(labels.criterion, { ...head, merge: 'restart' }), cell(labels.taskNumber, { ...head, merge: 'restart' }), cell(r.achievement, { ...head, columnSpan: 3 })]),
    headerRow([cell('', { ...head, merge: 'continue' }), cell('', { ...head, merge: 'continue' }), cell(r.low, head), cell(r.middle, head), cell(r.high, head)]),
  ]
  for (const line of parentRubric(a, edits)) {
    rows.push(
      row([
        cell(line.criterion.text || labels.noCriterion),
        cell(line.taskNumbers.join(', '), { align: 'center' }),
        ...RUBRIC_LEVELS.map((level) => cell(line.cells[level].text)),
      ]),
    )
  }
  // the levels heading spans the three level columns: its words need a third of it each at most
  const headings = [labels.criterion, labels.taskNumber, r.low, r.middle, r.high]
  const widths = fitColumns(CONTENT_WIDTH, headings.map((heading, i) => ({ heading, weight: [24, 13, 21, 21, 21][i], cells: i > 1 ? r.achievement.split(' ') : [] })), BODY_SIZE)
  return table(widths, rows)
}

export function parentRubricPart(a: Assessment, copies: number, edits: RubricEdits = {}, placer?: CommentPlacer): FileChild[] {
  const labels = PRINT_LABELS[a.language]
  const caption = [xmlSafe(a.title.trim() || labels.kindTitle[a.kind]), xmlSafe(a.subject.trim()), a.grade !== null ? labels.pack.gradeText(a.grade) : ''].filter(Boolean).join(' · ')
  const out: FileChild[] = []
  for (let copy = 0; copy < copies; copy++) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: copy > 0, spacing: { after: 60 }, children: anchored(placer, TITLE, [new TextRun(labels.pack.parentRubric)]) }),
      new Paragraph({ alignment: 'center', spacing: { after: 200 }, children: runs(caption) }),
      new Paragraph({
        spacing: { after: 200 },
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: 'underscore' }],
        children: [new TextRun(`${labels.pack.pupilName}: `), new TextRun('\t')],
      }),
      parentRubricTable(a, edits),
    )
  }
  return out
}
