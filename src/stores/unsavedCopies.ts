/**
 * What the teacher typed and IndexedDB does not hold yet. Every edit is copied here (localStorage,
 * src/storage/browserStorage.ts) before the debounced save, so a reload, a closed tab or a full disk at any moment
 * loses nothing; the copy is dropped once the same text is in the database and taken back the next time the
 * assessment opens.
 *
 * An edit's copy is written once the frame that shows the edit has been drawn, or at once when the page is hidden
 * or left (a reload, a closed tab, another address), whichever comes first; edits of one frame share one write.
 * Why: the copy is the whole document, and for a 100-task document with long descriptors serialising and storing it
 * took 30–60 ms, more than the rest of the keystroke (mark → total on screen, issue #20 §2). A page that is left
 * runs `pagehide` before it goes, where the write is synchronous; only a renderer crash within that one frame would
 * lose the frame's keystrokes, and the database save (at most a second behind) still holds the rest.
 */
import type { Assessment } from '@/domain/model'
import { storedUnsaved, type WriteResult } from '@/storage/browserStorage'

/** The newest copy not written yet. */
let pending: Assessment | null = null
let listening = false

/** Keeps the copy now; when localStorage is full or blocked too, the text is still on screen and the save keeps retrying. */
export function keepUnsaved(a: Assessment): WriteResult {
  if (pending?.id === a.id) pending = null
  return storedUnsaved.write(a)
}

/** Keeps the copy after this frame is drawn (or when the page goes away first). */
export function keepUnsavedSoon(a: Assessment): void {
  if (pending && pending.id !== a.id) writePendingCopy()
  const scheduled = pending !== null
  pending = a
  listenForLeaving()
  if (!scheduled) afterFrame(writePendingCopy)
}

/** Writes the copy still waiting for its frame, if any. */
export function writePendingCopy(): void {
  const a = pending
  pending = null
  if (a) storedUnsaved.write(a)
}

export function forgetUnsaved(id: string): void {
  if (pending?.id === id) pending = null
  storedUnsaved.remove(id)
}

/** The kept copy of this assessment, if any (an unreadable one is dropped). */
export function unsavedCopy(id: string): Assessment | null {
  writePendingCopy()
  return storedUnsaved.read(id)
}

/** After the next frame is drawn: a task queued from the frame's own callback runs once it is painted. */
function afterFrame(run: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') {
    requestAnimationFrame(() => setTimeout(run, 0))
  } else {
    setTimeout(run, 0)
  }
}

function listenForLeaving(): void {
  if (listening || typeof window === 'undefined') return
  listening = true
  window.addEventListener('pagehide', writePendingCopy)
  window.addEventListener('beforeunload', writePendingCopy)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writePendingCopy()
  })
}
