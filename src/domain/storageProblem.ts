/**
 * Why the database cannot be used, in the teacher's terms. `blocked`: the browser gives this site no storage
 * (IndexedDB missing, site data blocked, some private modes) — only the teacher can change that, in the browser's
 * settings. `failed`: anything else (a damaged database, a full disk) — reloading may help.
 */
export type StorageProblem = 'blocked' | 'failed'

// MissingAPIError: Dexie finds no IndexedDB; SecurityError / NotAllowedError: site data blocked (Chromium, Safari);
// InvalidStateError on open: Firefox's private mode before version 115
const BLOCKED = /^(MissingAPIError|SecurityError|NotAllowedError|InvalidStateError)$/

/** Looks through Dexie's wrappers (`inner`) for the browser's own error. */
export function storageProblemOf(e: unknown): StorageProblem {
  let x: unknown = e
  for (let depth = 0; depth < 4 && typeof x === 'object' && x !== null; depth++) {
    if (BLOCKED.test(String((x as { name?: unknown }).name))) return 'blocked'
    x = (x as { inner?: unknown }).inner
  }
  return 'failed'
}
