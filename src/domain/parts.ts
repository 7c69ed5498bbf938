/**
 * Parts of a task (1 а), ә), б) …): how documents number them, which descriptors mark each, and what
 * each is worth. A task without parts is read exactly as before: one question, its own type, options
 * and answer, every descriptor its own.
 *
 * Parts are lettered by position in the document's alphabet, as published sheets do: Kazakh а, ә, б, в,
 * г, ғ, д … (1а, 1ә), Russian а, б, в, г … (1а, 1б), English a, b, c … (1a, 1b). Letters that never open
 * a list item (ё, й, ъ, ь in both Cyrillic alphabets; ы in Russian) are skipped.
 */
import type { Id } from './ids'
import type { Descriptor, Language, Task, TaskPart } from './model'
import { sortByOrder } from './order'

export const PART_LETTERS: Record<Language, readonly string[]> = {
  kk: [...'аәбвгғдежзикқлмнңоөпрстуұүфхһцчшщыіэюя'],
  ru: [...'абвгдежзиклмнопрстуфхцчшщэюя'],
  en: [...'abcdefghijklmnopqrstuvwxyz'],
}

/** The letter of the part at `index` (0-based) in the document's language; past the alphabet, its number. */
export function partLetter(language: Language, index: number): string {
  return PART_LETTERS[language][index] ?? String(index + 1)
}

/** The printed number of a part: task number and letter, `1а`, `1ә`, `2b`. */
export function partLabel(language: Language, taskNumber: number, index: number): string {
  return `${taskNumber}${partLetter(language, index)}`
}

/** How a part opens on the pupil's sheet: `а)`. */
export const partMarker = (language: Language, index: number) => `${partLetter(language, index)})`

/** The task's parts in order (none for a task without parts). */
export function taskParts(task: Task): TaskPart[] {
  return task.parts && task.parts.length > 0 ? sortByOrder(task.parts) : []
}

export const hasParts = (task: Task) => (task.parts?.length ?? 0) > 0

/** The part a descriptor marks; a part that is gone (or none named) means the task as a whole. */
export function effectivePartId(task: Pick<Task, 'parts'>, descriptor: Descriptor): Id | null {
  const id = descriptor.partId
  return id !== undefined && (task.parts ?? []).some((p) => p.id === id) ? id : null
}

/** The descriptors marking one part (`null`: those of the task as a whole), in the task's order. */
export function partDescriptors(task: Task, partId: Id | null): Descriptor[] {
  return task.descriptors.filter((d) => effectivePartId(task, d) === partId)
}

export function partPoints(task: Task, partId: Id | null): number {
  let sum = 0
  for (const d of partDescriptors(task, partId)) sum += d.points
  return sum
}

/** Position of a part in its task (0-based), -1 when it is not there. */
export function partIndex(task: Task, partId: Id): number {
  return taskParts(task).findIndex((p) => p.id === partId)
}

/** The task's types: its own, or those of its parts in order without repeats (for the specification). */
export function taskTypes(task: Task): NonNullable<Task['type']>[] {
  const types = hasParts(task) ? taskParts(task).map((p) => p.type) : [task.type]
  return [...new Set(types.filter((t): t is NonNullable<Task['type']> => t !== null))]
}
