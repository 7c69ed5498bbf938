/**
 * A change to the open assessment that arrived from the teacher's other device (the school workspace's
 * sync wrote the row), as opposed to another tab's save. The editor takes it at once: with nothing unsaved
 * it simply shows the row; with unsaved typing it merges three ways — what the editor and the database
 * last agreed on (`agreed`), the editor's text (`mine`), the row that arrived (`theirs`) — field by field
 * and, in the lists (objectives, criteria, tasks), item by item and field by field: what only one side
 * changed is taken from that side, and where both changed the same field the editor's text stays (it is
 * what the teacher is typing). The save that follows writes the merged text over the arrived row.
 */
import type { Assessment } from './model'
import { sameRecord } from './sameRecord'

type Item = { id: string; order: number } & Record<string, unknown>
type Fields = Record<string, unknown>

const LISTS = ['objectives', 'criteria', 'tasks'] as const

function pick(agreed: unknown, mine: unknown, theirs: unknown): unknown {
  return sameRecord(mine, agreed) ? theirs : mine
}

function mergeFields(agreed: Fields | undefined, mine: Fields, theirs: Fields, skip: readonly string[] = []): Fields {
  const out: Fields = {}
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    if (skip.includes(key)) continue
    const value = agreed ? pick(agreed[key], mine[key], theirs[key]) : mine[key]
    if (value !== undefined) out[key] = value
  }
  return out
}

function mergeList(agreed: readonly Item[], mine: readonly Item[], theirs: readonly Item[]): Item[] {
  const before = new Map(agreed.map((item) => [item.id, item]))
  const other = new Map(theirs.map((item) => [item.id, item]))
  const out: Item[] = []
  for (const item of mine) {
    const was = before.get(item.id)
    const their = other.get(item.id)
    if (!their) {
      // removed there: gone, unless it is new here or changed here since
      if (!was || !sameRecord(was, item)) out.push(item)
      continue
    }
    out.push(mergeFields(was, item, their) as Item)
  }
  const kept = new Set(mine.map((item) => item.id))
  // added there, or removed here while changed there (the change there keeps it)
  for (const item of theirs) {
    if (kept.has(item.id)) continue
    const was = before.get(item.id)
    if (!was || !sameRecord(was, item)) out.push(item)
  }
  return out.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The editor's text with the arrived row's changes taken in (see the module comment). */
export function mergeRemote(agreed: Assessment, mine: Assessment, theirs: Assessment): Assessment {
  const a = agreed as unknown as Fields
  const m = mine as unknown as Fields
  const t = theirs as unknown as Fields
  const out = mergeFields(a, m, t, LISTS)
  for (const list of LISTS) out[list] = mergeList(a[list] as Item[], m[list] as Item[], t[list] as Item[])
  out.updatedAt = theirs.updatedAt
  out.deletedAt = theirs.deletedAt
  return out as unknown as Assessment
}

export type RemoteDecision =
  /** nothing to do: the row holds what the editor shows already */
  | { kind: 'same' }
  /** nothing unsaved here: show the row */
  | { kind: 'take'; document: Assessment }
  /** unsaved typing here: show the merge; it is saved next */
  | { kind: 'merge'; document: Assessment }
  /** a save is being written: the merge waits for its answer */
  | { kind: 'wait' }

/** What the editor does with a row its teacher's other device changed. */
export function onRemoteRow(
  state: { agreed: Assessment; present: Assessment; dirty: boolean; inFlight: boolean },
  row: Assessment,
): RemoteDecision {
  const plain = (a: Assessment) => ({ ...a, updatedAt: 0 })
  if (sameRecord(plain(row), plain(state.present))) return { kind: 'same' }
  if (state.inFlight) return { kind: 'wait' }
  if (!state.dirty) return { kind: 'take', document: row }
  return { kind: 'merge', document: mergeRemote(state.agreed, state.present, row) }
}
