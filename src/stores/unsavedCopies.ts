/**
 * What the teacher typed and IndexedDB does not hold yet. Every edit is copied here synchronously
 * (localStorage, src/storage/browserStorage.ts) before the debounced save, so a reload, a closed tab or a
 * full disk at any moment loses nothing; the copy is dropped once the same text is in the database and
 * taken back the next time the assessment opens.
 */
import type { Assessment } from '@/domain/model'
import { storedUnsaved, type WriteResult } from '@/storage/browserStorage'

/** Keeps the copy; when localStorage is full or blocked too, the text is still on screen and the save keeps retrying. */
export function keepUnsaved(a: Assessment): WriteResult {
  return storedUnsaved.write(a)
}

export function forgetUnsaved(id: string): void {
  storedUnsaved.remove(id)
}

/** The kept copy of this assessment, if any (an unreadable one is dropped). */
export function unsavedCopy(id: string): Assessment | null {
  return storedUnsaved.read(id)
}
