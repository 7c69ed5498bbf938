/**
 * The last resort when IndexedDB refuses to save (full disk): the unsaved document is kept in
 * localStorage, so leaving the editor, opening another assessment or closing the tab loses nothing.
 * The copy is taken back the next time the assessment opens and saved as soon as saving works again.
 */
import type { Assessment } from '@/domain/model'

const PREFIX = 'bagalau.unsaved.'

export function keepUnsaved(a: Assessment): void {
  try {
    localStorage.setItem(PREFIX + a.id, JSON.stringify(a))
  } catch {
    // localStorage is full or blocked too: the text is still on screen and the save keeps retrying
  }
}

export function forgetUnsaved(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id)
  } catch {
    // nothing kept
  }
}

/** The kept copy of this assessment, if any (an unreadable one is dropped). */
export function unsavedCopy(id: string): Assessment | null {
  try {
    const raw = localStorage.getItem(PREFIX + id)
    if (!raw) return null
    const doc = JSON.parse(raw) as Assessment
    return doc && doc.id === id && Array.isArray(doc.tasks) ? doc : null
  } catch {
    return null
  }
}
