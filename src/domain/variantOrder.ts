import type { Id } from './ids'
import type { Assessment } from './model'

/**
 * The library's list with each group's variants side by side, by number, where the first of them stands;
 * the rest keeps its order.
 */
export function groupVariantsTogether<T extends Pick<Assessment, 'id' | 'variant'>>(list: readonly T[]): T[] {
  const byGroup = new Map<Id, T[]>()
  for (const a of list) if (a.variant) byGroup.set(a.variant.group, [...(byGroup.get(a.variant.group) ?? []), a])
  const out: T[] = []
  const placed = new Set<Id>()
  for (const a of list) {
    if (!a.variant) out.push(a)
    else if (!placed.has(a.variant.group)) {
      placed.add(a.variant.group)
      out.push(...byGroup.get(a.variant.group)!.sort((x, y) => x.variant!.number - y.variant!.number))
    }
  }
  return out
}
