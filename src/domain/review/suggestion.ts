/**
 * A mentor's suggested replacement, applied as one pure edit of the field it is anchored to, through
 * the ordinary operations (so the editor's undo takes it back like any edit).
 */
import { resolvePath, valueAt, type FieldPath } from '../anchors'
import { parseOptionalWhole, parsePoints } from '../input'
import type { Assessment, AssessmentHeader } from '../model'
import { LIMITS } from '../shapes/limits'
import { updatePart, updatePartOption } from '../partOperations'
import { replaceSpan, type Span } from './span'
import { updateCriterion, updateDescriptor, updateHeader, updateObjective, updateOption, updatePicture, updateTask } from '../operations'

const TEXT_FIELDS: Record<string, readonly string[]> = {
  header: ['title', 'subject'],
  objective: ['code', 'text'],
  criterion: ['text'],
  task: ['text', 'answer'],
  option: ['text'],
  descriptor: ['text'],
  picture: ['caption'],
  part: ['text', 'answer'],
  partOption: ['text'],
}
/** Text fields that hold one line (domain/shapes: LIMITS.short); every other text field holds LIMITS.text. */
const SHORT_FIELDS: Record<string, readonly string[]> = { header: ['title', 'subject'], objective: ['code'] }
const NUMBER_FIELDS: Record<string, readonly string[]> = {
  header: ['durationMinutes'],
  task: ['minutes'],
  descriptor: ['points'],
}

/** Whether a field of this kind takes a suggested replacement (text and whole-number fields). */
export function takesSuggestion(kind: string, field: string | null): boolean {
  if (kind === 'document' || field === null) return false
  return (TEXT_FIELDS[kind] ?? []).includes(field) || (NUMBER_FIELDS[kind] ?? []).includes(field)
}

/** What the field would hold after the suggestion: the text, the parsed number, or undefined when not valid there. */
export function suggestedValue(kind: string, field: string, value: string): string | number | null | undefined {
  if (!takesSuggestion(kind, field)) return undefined
  if (!(NUMBER_FIELDS[kind] ?? []).includes(field)) return value
  const parsed = field === 'points' ? parsePoints(value) : parseOptionalWhole(value, 0, 10_000)
  return parsed.ok ? parsed.value : undefined
}

/** Whether a suggested replacement can be written for this field (text and whole-number fields). */
export function canSuggest(a: Assessment, path: FieldPath): boolean {
  const r = resolvePath(a, path)
  return r !== null && r.kind !== 'document' && takesSuggestion(r.kind, r.field)
}

/** How many characters the field at `path` holds (a suggestion for it is held to the same). */
export function textLimitAt(a: Assessment, path: FieldPath): number {
  const r = resolvePath(a, path)
  return r && r.kind !== 'document' && r.field !== null && (SHORT_FIELDS[r.kind] ?? []).includes(r.field) ? LIMITS.short : LIMITS.text
}

/**
 * The assessment with the field at `path` replaced by `value`; the same object when the path is gone,
 * the field takes no suggestion, or the value is not valid there (e.g. "1,5" for points, or longer than the field holds).
 */
export function applySuggestion(a: Assessment, path: FieldPath, value: string): Assessment {
  const r = resolvePath(a, path)
  if (!r || r.kind === 'document' || r.field === null) return a
  const field = r.field
  const next = suggestedValue(r.kind, field, value)
  if (next === undefined) return a
  if (typeof next === 'string' && next.length > textLimitAt(a, path)) return a
  const patch = { [field]: next }
  switch (r.kind) {
    case 'header':
      return updateHeader(a, patch as Partial<AssessmentHeader>)
    case 'objective':
      return updateObjective(a, r.objective.id, patch)
    case 'criterion':
      return updateCriterion(a, r.criterion.id, patch)
    case 'task':
      return updateTask(a, r.task.id, patch)
    case 'option':
      return updateOption(a, r.task.id, r.option.id, patch)
    case 'descriptor':
      return updateDescriptor(a, r.task.id, r.descriptor.id, patch)
    case 'picture':
      return updatePicture(a, r.task.id, r.picture.id, patch)
    case 'part':
      return updatePart(a, r.task.id, r.part.id, patch)
    case 'partOption':
      return updatePartOption(a, r.task.id, r.part.id, r.option.id, patch)
  }
}

/**
 * A thread's suggestion applied: for a thread on words inside the field, only those words are replaced
 * (found again by their text if the field changed); the same object when that cannot be done.
 */
export function applyThreadSuggestion(a: Assessment, thread: { path: FieldPath; suggestion: string | null; span?: Span }): Assessment {
  if (thread.suggestion === null) return a
  if (!thread.span) return applySuggestion(a, thread.path, thread.suggestion)
  const value = valueAt(a, thread.path)
  const next = value === null ? null : replaceSpan(value, thread.span, thread.suggestion)
  return next === null ? a : applySuggestion(a, thread.path, next)
}

/** Whether the field already holds the suggestion (so "apply" has nothing left to do). */
export function isApplied(a: Assessment, path: FieldPath, value: string): boolean {
  const after = applySuggestion(a, path, value)
  return after !== a && valueAt(after, path) === valueAt(a, path)
}
