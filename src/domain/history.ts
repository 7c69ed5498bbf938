/**
 * Undo/redo history of immutable document states. Consecutive edits of the same field within a short
 * time coalesce into one step, so undo removes a typed word or sentence, not a single letter.
 */
export interface History<T> {
  past: T[]
  present: T
  future: T[]
  lastKey: string | null
  lastAt: number
}

export interface HistoryOptions {
  /** @default 200 */
  limit?: number
  /** Edits of the same key closer than this (ms) merge into one step. @default 1000 */
  coalesceMs?: number
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 }
}

export function record<T>(
  h: History<T>,
  next: T,
  key: string | null,
  now: number,
  { limit = 200, coalesceMs = 1000 }: HistoryOptions = {},
): History<T> {
  if (next === h.present) return h
  const coalesce = key !== null && key === h.lastKey && now - h.lastAt < coalesceMs && h.future.length === 0
  const past = coalesce ? h.past : [...h.past, h.present].slice(-limit)
  return { past, present: next, future: [], lastKey: key, lastAt: now }
}

export function canUndo<T>(h: History<T>): boolean {
  return h.past.length > 0
}

export function canRedo<T>(h: History<T>): boolean {
  return h.future.length > 0
}

export function undo<T>(h: History<T>): History<T> {
  if (!canUndo(h)) return h
  const previous = h.past[h.past.length - 1]
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future], lastKey: null, lastAt: 0 }
}

export function redo<T>(h: History<T>): History<T> {
  if (!canRedo(h)) return h
  const [next, ...rest] = h.future
  return { past: [...h.past, h.present], present: next, future: rest, lastKey: null, lastAt: 0 }
}
