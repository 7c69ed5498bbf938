/**
 * The mark scheme («Схема выставления баллов» / «Балл қою кестесі»): task № | answer | points |
 * additional information. A multiple-choice task's answer is its correct option letters (and texts);
 * another task's answer is the teacher's `answer` note, whose first line is the answer and whose further
 * lines are the alternatives accepted. The points column breaks down by descriptor, as real schemes do.
 * A task with parts has one row per part (1а, 1ә …: the part's own answer and descriptors), after a row
 * for the task itself only when it has an answer or descriptors of its own.
 */
import type { Id } from './ids'
import type { Assessment, ChoiceOption, Task, TaskPart, TaskType } from './model'
import { hasParts, partDescriptors, partLabel, partPoints, taskParts } from './parts'
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
  /** The part this row answers; null for the task itself. */
  part: TaskPart | null
  /** What the number cell prints: `1`, or the part's `1а` / `1б` / `1a`. */
  printedNumber: string
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

interface Answerable {
  type: TaskType | null
  answer: string
  options: ChoiceOption[]
}

/** The answer column of a task or part: its correct options for multiple choice, else its note's first line. */
function answerOf(item: Answerable): Pick<MarkSchemeRow, 'answer' | 'correctOptions' | 'additional'> {
  const correctOptions = item.options
    .map((o, i) => ({ id: o.id, letter: optionLetter(i), text: o.text, correct: o.correct }))
    .filter((o) => o.correct)
    .map(({ id, letter, text }) => ({ id, letter, text }))
  const noteLines = item.answer
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  if (item.type === 'multipleChoice' && correctOptions.length > 0) {
    const answer = correctOptions.map((o) => (o.text.trim() ? `${o.letter}) ${o.text.trim()}` : o.letter)).join('; ')
    // a note that only restates the correct option («B», «B) 4 м/с», «4 м/с») would print the answer twice
    return { answer, correctOptions, additional: noteLines.filter((line) => !restatesAnswer(line, correctOptions, answer)) }
  }
  return { answer: noteLines[0] ?? '', correctOptions, additional: noteLines.slice(1) }
}

const linesOf = (descriptors: Task['descriptors']): MarkSchemeLine[] => descriptors.map((d) => ({ descriptorId: d.id, text: d.text, points: d.points }))

/** The row of a task without parts (or of a task's own answer and descriptors when it has parts). */
export function markSchemeRow(task: Task, taskNumber: number): MarkSchemeRow {
  const own = hasParts(task)
  return {
    task,
    taskNumber,
    part: null,
    printedNumber: String(taskNumber),
    ...answerOf(task),
    lines: linesOf(own ? partDescriptors(task, null) : task.descriptors),
    points: own ? partPoints(task, null) : taskPoints(task),
  }
}

/** A task's rows: one, or one per part after the task's own row when that has anything to say. */
export function markSchemeRows(task: Task, taskNumber: number, language: Assessment['language']): MarkSchemeRow[] {
  if (!hasParts(task)) return [markSchemeRow(task, taskNumber)]
  const own = markSchemeRow(task, taskNumber)
  const parts = taskParts(task).map((part, i) => ({
    task,
    taskNumber,
    part,
    printedNumber: partLabel(language, taskNumber, i),
    ...answerOf(part),
    lines: linesOf(partDescriptors(task, part.id)),
    points: partPoints(task, part.id),
  }))
  return own.answer || own.additional.length > 0 || own.lines.length > 0 ? [own, ...parts] : parts
}

export function markScheme(a: Assessment): MarkScheme {
  const rows = a.tasks.flatMap((t, i) => markSchemeRows(t, i + 1, a.language))
  return { rows, totalPoints: rows.reduce((s, r) => s + r.points, 0) }
}
