/**
 * The teacher's copy: every task as the pupils see it, with what only the teacher may see under it — the
 * script read aloud, the teacher's notes and the answer (correct options marked). Its pages carry a
 * «Teacher only» banner. The mark scheme prints the same teacher-only material after its table.
 */
import { HeadingLevel, Paragraph, ShadingType, TabStopType, TextRun, type FileChild } from 'docx'
import { markName } from '@/domain/fieldMarks'
import { markSchemeRow, markSchemeRows } from '@/domain/markScheme'
import type { Assessment, ChoiceOption, Task } from '@/domain/model'
import { partMarker, taskParts } from '@/domain/parts'
import { optionLetter } from '@/domain/options'
import { PRINT_LABELS } from '@/domain/printLabels'
import { taskPoints } from '@/domain/totals'
import { anchored, TITLE, type CommentPlacer } from './comments'
import { CONTENT_WIDTH } from './page'
import { marked } from './marks'
import { PART_INDENT } from './taskBlock'
import { runs } from './text'

const TEACHER_COLOR = '8A5A00'
const SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4DC' } as const

/** A labelled block of teacher-only text, shaded so it is never mistaken for the pupil's text; `mark` names its field. */
function block(label: string, text: string, mark?: string): Paragraph[] {
  if (!text.trim()) return []
  return [
    new Paragraph({ keepNext: true, spacing: { before: 80 }, children: [new TextRun({ text: `${label}:`, bold: true, color: TEACHER_COLOR })] }),
    new Paragraph({ indent: { left: 360 }, shading: SHADE, children: marked(mark, runs(text.trim())) }),
  ]
}

/**
 * The script and the notes of one task (the mark scheme's teacher-only material, the teacher's copy's too),
 * each in its field marker: the copy's and the scheme's differ, as a bookmark name is used once.
 */
export function teacherMaterial(a: Assessment, task: Task, where: 'copy' | 'scheme' = 'copy'): Paragraph[] {
  const t = PRINT_LABELS[a.language].pack.teacher
  const [script, notes] = where === 'copy' ? (['script', 'teacherNotes'] as const) : (['schemeScript', 'schemeNotes'] as const)
  return [...block(t.script, task.script, markName(script, task.id)), ...block(t.notes, task.teacherNotes, markName(notes, task.id))]
}

/** The options of a task or part, the correct ones in bold and marked «correct». */
function optionLines(options: readonly ChoiceOption[], correct: string, indent: number): Paragraph[] {
  return options.map((o, i) => {
    const mark = o.correct ? [new TextRun({ text: `  — ${correct}`, bold: true, color: TEACHER_COLOR })] : []
    return new Paragraph({ indent: { left: indent }, children: [...runs(`${optionLetter(i)}) ${o.text}`, { bold: o.correct }), ...mark] })
  })
}

export const hasTeacherMaterial = (task: Task): boolean => task.script.trim() !== '' || task.teacherNotes.trim() !== ''

function taskForTeacher(a: Assessment, task: Task, number: number): FileChild[] {
  const t = PRINT_LABELS[a.language].pack.teacher
  const row = markSchemeRow(task, number)
  const out: FileChild[] = [
    new Paragraph({
      spacing: { before: 240, after: 80 },
      keepNext: true,
      tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
      children: [new TextRun({ text: `${number}. `, bold: true }), ...runs(task.text), new TextRun({ text: `\t[${taskPoints(task)}]`, bold: true })],
    }),
  ]
  if (task.type === 'multipleChoice') out.push(...optionLines(task.options, t.correct, 360))
  out.push(...teacherMaterial(a, task))
  out.push(...block(t.answer, [row.answer, ...row.additional].filter(Boolean).join('\n')))
  // each part as on the pupil's sheet (1а, 1ә …), with its options and its answer
  for (const r of markSchemeRows(task, number, a.language)) {
    if (!r.part) continue
    out.push(
      new Paragraph({
        spacing: { before: 120, after: 40 },
        keepNext: true,
        indent: { left: PART_INDENT },
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [new TextRun({ text: `${partMarker(a.language, taskParts(task).indexOf(r.part))} `, bold: true }), ...runs(r.part.text), new TextRun({ text: `\t[${r.points}]`, bold: true })],
      }),
    )
    if (r.part.type === 'multipleChoice') out.push(...optionLines(r.part.options, t.correct, PART_INDENT * 2))
    out.push(...block(t.answer, [r.answer, ...r.additional].filter(Boolean).join('\n')))
  }
  return out
}

export function teacherCopyPart(a: Assessment, placer?: CommentPlacer): FileChild[] {
  const labels = PRINT_LABELS[a.language]
  const t = labels.pack.teacher
  return [
    new Paragraph({ alignment: 'center', shading: SHADE, spacing: { after: 120 }, children: [new TextRun({ text: t.banner, bold: true, color: TEACHER_COLOR })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: anchored(placer, TITLE, [new TextRun(`${t.copy}: `), ...runs(a.title.trim() || labels.kindTitle[a.kind])]) }),
    ...a.tasks.flatMap((task, i) => taskForTeacher(a, task, i + 1)),
  ]
}

/** After the mark scheme's table: each task's script and notes, when any task has them. */
export function markSchemeTeacherMaterial(a: Assessment): FileChild[] {
  const labels = PRINT_LABELS[a.language]
  const tasks = a.tasks.map((task, i) => ({ task, number: i + 1 })).filter(({ task }) => hasTeacherMaterial(task))
  if (tasks.length === 0) return []
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(labels.pack.teacher.material)] }),
    ...tasks.flatMap(({ task, number }) => [
      new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text: `${labels.task} ${number}`, bold: true })] }),
      ...teacherMaterial(a, task, 'scheme'),
    ]),
  ]
}
