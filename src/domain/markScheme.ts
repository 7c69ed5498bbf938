/**
 * The mark scheme («Схема выставления баллов» / «Балл қою кестесі»): task № | answer | points |
 * additional information. A multiple-choice task's answer is its correct option letters (and texts);
 * another task's answer is the teacher's `answer` note, whose first line is the answer and whose further
 * lines are the alternatives accepted. The points column breaks down by descriptor, as real schemes do.
 */
import type { Id } from './ids'
import type { Assessment, Task } from './model'
import { optionLetter } from './options'
import { taskPoints } from './totals'

export interface MarkSchemeLine {
  descriptorId: Id
  text: string
  points: number
}

export interface MarkSchemeRow {
  task: Task
  taskNumber: number
  /** What is printed in the answer column; empty when not written yet. */
  answer: string
  /** For multiple choice: the correct options, e.g. [{ letter: 'B', text: '4 м/с' }]. */
  correctOptions: { id: Id; letter: string; text: string }[]
  /** Alternative answers accepted and marking notes (the answer note's further lines). */
  additional: string[]
  /** How the points are given: one line per descriptor. */
  lines: MarkSchemeLine[]
  points: number
}

export interface MarkScheme {
  rows: MarkSchemeRow[]
  totalPoints: number
}

const bare = (text: string) => text.toLowerCase().replace(/[\s.,;:)(]+/g, ' ').trim()

/** Whether a note line says no more than the correct options already printed as the answer. */
function restatesAnswer(line: string, options: { letter: string; text: string }[], answer: string): boolean {
  const said = bare(line)
  if (said === bare(answer)) return true
  const letters = options.map((o) => bare(o.letter)).join(' ')
  if (said === letters) return true
  return options.length === 1 && [bare(options[0].text), bare(`${options[0].letter} ${options[0].text}`)].includes(said)
}

export function markSchemeRow(task: Task, taskNumber: number): MarkSchemeRow {
  const correctOptions = task.options
    .map((o, i) => ({ id: o.id, letter: optionLetter(i), text: o.text, correct: o.correct }))
    .filter((o) => o.correct)
    .map(({ id, letter, text }) => ({ id, letter, text }))
  const noteLines = task.answer
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  let answer: string
  let additional: string[]
  if (task.type === 'multipleChoice' && correctOptions.length > 0) {
    answer = correctOptions.map((o) => (o.text.trim() ? `${o.letter}) ${o.text.trim()}` : o.letter)).join('; ')
    // a note that only restates the correct option («B», «B) 4 м/с», «4 м/с») would print the answer twice
    additional = noteLines.filter((line) => !restatesAnswer(line, correctOptions, answer))
  } else {
    answer = noteLines[0] ?? ''
    additional = noteLines.slice(1)
  }
  return {
    task,
    taskNumber,
    answer,
    correctOptions,
    additional,
    lines: task.descriptors.map((d) => ({ descriptorId: d.id, text: d.text, points: d.points })),
    points: taskPoints(task),
  }
}

export function markScheme(a: Assessment): MarkScheme {
  const rows = a.tasks.map((t, i) => markSchemeRow(t, i + 1))
  return { rows, totalPoints: rows.reduce((s, r) => s + r.points, 0) }
}
