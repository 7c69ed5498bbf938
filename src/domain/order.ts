/**
 * Explicit order keys: each item of a reorderable list carries a numeric `order`. Moving one item
 * changes only that item's key (the midpoint of its new neighbours), so a reorder is a small change
 * that a later diff or review can describe as "moved", not "everything changed".
 */
export interface Ordered {
  order: number
}

export const ORDER_STEP = 1024

export function byOrder<T extends Ordered>(a: T, b: T): number {
  return a.order - b.order
}

export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(byOrder)
}

/** The key for a new item placed after every existing one. */
export function nextOrder(items: readonly Ordered[]): number {
  let max = 0
  for (const item of items) if (item.order > max) max = item.order
  return max + ORDER_STEP
}

/** The key between two neighbours (either may be missing at the ends of the list). */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return ORDER_STEP
  if (before === undefined) return (after as number) - ORDER_STEP
  if (after === undefined) return before + ORDER_STEP
  return (before + after) / 2
}

/** Keys are floats; after many moves into the same gap they may collide. Renumber if so. */
export function needsRebalance(items: readonly Ordered[]): boolean {
  const sorted = sortByOrder(items)
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].order - sorted[i - 1].order < 1e-6) return true
  }
  return false
}

export function rebalance<T extends Ordered>(items: readonly T[]): T[] {
  return sortByOrder(items).map((item, index) => ({ ...item, order: (index + 1) * ORDER_STEP }))
}

/**
 * Moves the item with `id` to position `toIndex` of the sorted list; only its key changes
 * (unless keys must be renumbered). Returns the list in order.
 */
export function moveTo<T extends Ordered & { id: string }>(items: readonly T[], id: string, toIndex: number): T[] {
  const sorted = sortByOrder(items)
  const from = sorted.findIndex((item) => item.id === id)
  if (from < 0) return sorted
  const target = Math.max(0, Math.min(toIndex, sorted.length - 1))
  if (target === from) return sorted
  const rest = sorted.filter((item) => item.id !== id)
  const before = rest[target - 1]?.order
  const after = rest[target]?.order
  const moved = { ...sorted[from], order: orderBetween(before, after) }
  const result = [...rest.slice(0, target), moved, ...rest.slice(target)]
  return needsRebalance(result) ? rebalance(result) : result
}
