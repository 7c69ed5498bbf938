/**
 * When the open document is written to the database, as a pure state machine: the editor store reports what
 * happened (an edit, a save started, ended, failed or met another tab's save) with the time in ms, and carries
 * out what the policy decides — when the next save is due, whether a save may start now, what the teacher sees.
 *
 * - Typing is debounced (AUTOSAVE_DELAY_MS) but saved at least every AUTOSAVE_MAX_WAIT_MS while it goes on.
 * - A failed save is retried after 1 s, 2 s, 4 s … at most 30 s; edits meanwhile wait for that retry.
 * - Another tab's save (a newer `updatedAt` than this tab's base) is taken at once when nothing is unsaved here;
 *   otherwise the next save is refused by the database and the policy waits in `conflict` for the teacher.
 */
import type { Assessment } from './model'
import { canonicalJson, hashText } from './review/hash'

/** `conflict`: another tab saved this assessment since this tab last read it; the teacher chooses. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict'

/** @default 400 ms of quiet after the last keystroke */
export const AUTOSAVE_DELAY_MS = 400
/** Continuous typing still saves at least this often, so a crashed tab loses at most about a second. */
export const AUTOSAVE_MAX_WAIT_MS = 1000

export interface SavePolicy {
  readonly status: SaveStatus
  /** Edits not yet handed to a save. */
  readonly dirty: boolean
  /** A save is being written. */
  readonly inFlight: boolean
  /** When the first edit not yet handed to a save was made (the max-wait clock), else null. */
  readonly pendingSince: number | null
  /** When the store should run the next save (debounced, or a retry), else null. */
  readonly dueAt: number | null
  /** Failed saves in a row. */
  readonly failures: number
  /** The row's `updatedAt` as this tab last read or wrote it; null for a document not in the database. */
  readonly base: number | null
}

export type SaveEvent =
  /** a document is shown; `unsaved`: it comes with text the database does not hold yet */
  | { type: 'opened'; base: number | null; unsaved?: boolean; at: number }
  | { type: 'edited'; at: number }
  | { type: 'saveStarted' }
  | { type: 'saved'; updatedAt: number }
  | { type: 'failed'; at: number }
  /** the database refused the save: another tab wrote since `base` */
  | { type: 'conflicted' }
  /** the teacher keeps this tab's text over theirs (written at `theirs`) */
  | { type: 'keptMine'; theirs: number }
  /** the teacher takes theirs; this tab's text went to a copy */
  | { type: 'tookTheirs'; theirs: number }
  /** another tab's save was taken into this one */
  | { type: 'otherTabTaken'; updatedAt: number }

/** Wait before the n-th automatic retry of a failed save (n from 1): 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1))
}

/** True for a full disk, also when Dexie wraps the browser's QuotaExceededError in an abort. */
export function isQuotaError(e: unknown): boolean {
  const named = (x: unknown) => typeof x === 'object' && x !== null && /quota/i.test(String((x as { name?: unknown }).name))
  return named(e) || named((e as { inner?: unknown } | null)?.inner)
}

export function initialSavePolicy(base: number | null = null): SavePolicy {
  return { status: 'idle', dirty: false, inFlight: false, pendingSince: null, dueAt: null, failures: 0, base }
}

function edited(p: SavePolicy, at: number): SavePolicy {
  // a conflict waits for the teacher's choice; a failed save waits for its retry (the text stays on screen)
  if (p.status === 'conflict' || (p.status === 'failed' && p.dueAt !== null)) return { ...p, dirty: true }
  const since = p.pendingSince ?? at
  const delay = Math.min(AUTOSAVE_DELAY_MS, Math.max(0, AUTOSAVE_MAX_WAIT_MS - (at - since)))
  return { ...p, dirty: true, status: 'saving', pendingSince: since, dueAt: at + delay }
}

export function onSaveEvent(p: SavePolicy, e: SaveEvent): SavePolicy {
  switch (e.type) {
    case 'opened': {
      const fresh = initialSavePolicy(e.base)
      return e.unsaved ? edited(fresh, e.at) : fresh
    }
    case 'edited':
      return edited(p, e.at)
    case 'saveStarted':
      return { ...p, dirty: false, inFlight: true, pendingSince: null, dueAt: null }
    case 'saved':
      // edits made while it was written keep their own due time
      return { ...p, inFlight: false, failures: 0, base: e.updatedAt, status: p.dirty ? p.status : 'saved' }
    case 'failed': {
      const failures = p.failures + 1
      return { ...p, inFlight: false, dirty: true, failures, status: 'failed', pendingSince: null, dueAt: e.at + retryDelayMs(failures) }
    }
    case 'conflicted':
      return { ...p, inFlight: false, dirty: true, failures: 0, status: 'conflict', pendingSince: null, dueAt: null }
    case 'keptMine':
      return { ...p, base: e.theirs, dirty: true, status: 'saving' }
    case 'tookTheirs':
      return { ...initialSavePolicy(e.theirs), status: 'saved' }
    case 'otherTabTaken':
      return { ...p, base: e.updatedAt }
  }
}

/** A save may start: something is unsaved, no save is being written, and no conflict waits for the teacher. */
export function mayStartSave(p: SavePolicy): boolean {
  return p.dirty && !p.inFlight && p.status !== 'conflict'
}

/** Another tab's save (its `updatedAt`) replaces what is shown only when this tab has nothing of its own unsaved. */
export function takesOtherTab(p: SavePolicy, updatedAt: number): boolean {
  return p.base !== null && updatedAt > p.base && !p.dirty && !p.inFlight && p.status !== 'conflict'
}

/** Something typed here is not in the database yet (leaving the page now would need the kept copy). */
export function hasUnsaved(p: SavePolicy): boolean {
  return p.dirty || p.inFlight
}

/**
 * The row another writer left holds exactly this text (a page closed mid-save finished it, then its kept copy
 * was opened): no conflict to put to the teacher.
 */
export function sameDocument(a: Assessment, b: Assessment): boolean {
  return plainJson(a) === plainJson(b)
}

const plainJson = (x: Assessment) => canonicalJson({ ...x, updatedAt: 0, deletedAt: null })

/** A short mark of a document's text (not of when it was written), to recognise a row this browser wrote itself. */
export function documentMark(a: Assessment): string {
  return hashText(plainJson(a))
}
