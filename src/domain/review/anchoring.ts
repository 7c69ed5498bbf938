/**
 * Where a thread stands against a given state of the document: `current` when its field still holds
 * the quoted value, `outdated` when the field changed since the comment, `orphaned` when the field is
 * gone (the thread is still shown, never lost). Also where a field sits, for labels ("task 2, descriptor 1").
 */
import { DOCUMENT_PATH, resolvePath, valueAt, type FieldPath } from '../anchors'
import type { Assessment } from '../model'
import { sortByOrder } from '../order'
import { partIndex, partLabel } from '../parts'
import type { Thread } from './model'
import { isRowPath, rowAt, type RowTable } from './rows'

export type AnchorState = 'current' | 'outdated' | 'orphaned'

export function anchorState(a: Assessment, thread: Pick<Thread, 'path' | 'quote'>): AnchorState {
  const value = quoteFor(a, thread.path)
  if (value === null) return 'orphaned'
  return value === thread.quote ? 'current' : 'outdated'
}

/** The quote a new thread on this path keeps: the field's value now ('' for the document as a whole). */
export function quoteFor(a: Assessment, path: FieldPath): string | null {
  if (isRowPath(path)) return rowAt(a, path)?.quote ?? null
  return valueAt(a, path)
}

export type FieldKind = 'document' | 'header' | 'objective' | 'criterion' | 'task' | 'option' | 'descriptor' | 'picture' | 'part' | 'partOption' | 'row'

/** A path described by position for people: kind, 1-based numbers and the field name. */
export interface FieldPlace {
  kind: FieldKind
  /** Number of the objective, criterion or task. */
  number: number | null
  /** Number of the option, descriptor or picture inside its task (of the option inside its part). */
  item: number | null
  field: string | null
  /** A task part's printed number in the document's language (`2ә`, `2б`, `2b`); absent elsewhere. */
  part?: string
  /** For a row of a derived table (kind `row`): the table; `number` is the task's or criterion's. */
  table?: RowTable
}

const position = <T extends { id: string; order: number }>(items: readonly T[], id: string) =>
  sortByOrder(items).findIndex((i) => i.id === id) + 1

export function placeOf(a: Assessment, path: FieldPath): FieldPlace | null {
  if (path === DOCUMENT_PATH) return { kind: 'document', number: null, item: null, field: null }
  if (isRowPath(path)) return rowAt(a, path)?.place ?? null
  const r = resolvePath(a, path)
  if (!r) return null
  switch (r.kind) {
    case 'document':
      return { kind: 'document', number: null, item: null, field: null }
    case 'header':
      return { kind: 'header', number: null, item: null, field: r.field }
    case 'objective':
      return { kind: 'objective', number: position(a.objectives, r.objective.id), item: null, field: r.field }
    case 'criterion':
      return { kind: 'criterion', number: position(a.criteria, r.criterion.id), item: null, field: r.field }
    case 'task':
      return { kind: 'task', number: position(a.tasks, r.task.id), item: null, field: r.field }
    case 'option':
      return { kind: 'option', number: position(a.tasks, r.task.id), item: position(r.task.options, r.option.id), field: r.field }
    case 'descriptor':
      return { kind: 'descriptor', number: position(a.tasks, r.task.id), item: position(r.task.descriptors, r.descriptor.id), field: r.field }
    case 'picture':
      return { kind: 'picture', number: position(a.tasks, r.task.id), item: position(r.task.pictures, r.picture.id), field: r.field }
    case 'part':
    case 'partOption': {
      const number = position(a.tasks, r.task.id)
      const part = partLabel(a.language, number, partIndex(r.task, r.part.id))
      const item = r.kind === 'partOption' ? position(r.part.options, r.option.id) : null
      return { kind: r.kind, number, item, field: r.field, part }
    }
  }
}
