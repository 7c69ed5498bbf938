/**
 * Whether opening the database is keeping the page waiting. Opening waits, without an error, while another
 * connection to it (another tab of an older Bagalau, a page the browser froze, a tool) holds a version this page
 * must upgrade from, or while an upgrade asked for elsewhere waits on such a connection: the page would show its
 * loading line forever and the teacher would think her work gone. After OPEN_PATIENCE_MS the page says so
 * (components/app/DatabaseWait.vue) and offers to try again. No Dexie here: the first page reads this.
 */

/** 'blocked': another connection holds an older version open; 'slow': not open yet for another reason; null: not waiting. */
export type OpenWait = 'blocked' | 'slow' | null

/** How long an open may take before the teacher is told (an upgrade of a large library takes a few seconds). */
export const OPEN_PATIENCE_MS = 6000

let patienceMs = OPEN_PATIENCE_MS
let state: OpenWait = null
let blocked = false
let watched: PromiseLike<unknown> | undefined
const listeners = new Set<(wait: OpenWait) => void>()

function set(next: OpenWait): void {
  if (next === state) return
  state = next
  for (const listener of listeners) listener(next)
}

/** The state now; `listener` hears every change until the returned function is called. */
export function openWait(): OpenWait {
  return state
}

export function onOpenWait(listener: (wait: OpenWait) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The open in progress was blocked by another connection (Dexie's `blocked` event). */
export function noteOpenBlocked(): void {
  blocked = true
  if (state === 'slow') set('blocked')
}

/** Follows one open of the app's database: returns it unchanged. Calls with the open already watched add nothing. */
export function watchOpening<P extends PromiseLike<unknown>>(opening: P, patience = patienceMs): P {
  if (watched === opening) return opening
  watched = opening
  blocked = false
  const timer = setTimeout(() => {
    if (watched === opening) set(blocked ? 'blocked' : 'slow')
  }, patience)
  const settled = () => {
    clearTimeout(timer)
    if (watched !== opening) return
    watched = undefined
    set(null)
  }
  opening.then(settled, settled)
  opening.then(markOpen, () => undefined)
  return opening
}

/** The page's root says the database is open at the app's version: what the browser tests and the bench wait on. */
function markOpen(): void {
  globalThis.document?.documentElement.setAttribute('data-database', 'open')
}

/** For tests: forget every open watched; `patience`: how long an open may take from now on. */
export function resetOpenWatchForTests(patience = OPEN_PATIENCE_MS): void {
  watched = undefined
  blocked = false
  state = null
  patienceMs = patience
}
