/**
 * Immutable edits of one ordered list (objectives, tasks, descriptors, parts …), shared by
 * ./operations.ts and ./partOperations.ts: unchanged items keep their identity, lists stay sorted.
 */
import type { Id } from './ids'
import { orderBetween, sortByOrder } from './order'

export type WithId = { id: Id; order: number }

export function patchItem<T extends WithId>(items: readonly T[], id: Id, patch: (item: T) => T): T[] {
  let changed = false
  const next = items.map((item) => {
    if (item.id !== id) return item
    changed = true
    return patch(item)
  })
  return changed ? next : (items as T[])
}

/** Inserts after `afterId` (or at the end) with a key between its neighbours. */
export function insertItem<T extends WithId>(items: readonly T[], item: T, afterId?: Id): T[] {
  const sorted = sortByOrder(items)
  const index = afterId === undefined ? sorted.length - 1 : sorted.findIndex((i) => i.id === afterId)
  const at = index < 0 ? sorted.length - 1 : index
  const placed = { ...item, order: orderBetween(sorted[at]?.order, sorted[at + 1]?.order) }
  return [...sorted.slice(0, at + 1), placed, ...sorted.slice(at + 1)]
}

export function removeItem<T extends WithId>(items: readonly T[], id: Id): T[] {
  return items.filter((item) => item.id !== id)
}
