/**
 * Typed access to what Bagalau keeps in localStorage (keys and their shapes in ./keys.ts). localStorage may be
 * missing, blocked (with site data blocked, even reading `localStorage` throws a SecurityError) or full: a read
 * then gives the default, a write says why it failed, and nothing throws. Values that come back malformed (edited
 * by hand, written by an older app) read as the default.
 */
import { normalizeRemindDays } from '@/domain/dataCare'
import { LANGUAGES, type Assessment, type Language } from '@/domain/model'
import { ROLES, type Person, type Role } from '@/domain/review/model'
import { STORAGE_KEYS } from './keys'

export { STORAGE_KEYS }

/** `full`: the browser's quota for this site is used up; `blocked`: the browser allows no storage here. */
export type WriteResult = 'ok' | 'full' | 'blocked'

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

const isQuota = (e: unknown) => typeof e === 'object' && e !== null && /quota/i.test(String((e as { name?: unknown }).name))

export function readRaw(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null
  } catch {
    return null
  }
}

export function writeRaw(key: string, value: string): WriteResult {
  const s = storage()
  if (!s) return 'blocked'
  try {
    s.setItem(key, value)
    return 'ok'
  } catch (e) {
    return isQuota(e) ? 'full' : 'blocked'
  }
}

export function removeRaw(key: string): void {
  try {
    storage()?.removeItem(key)
  } catch {
    // nothing can be kept, so nothing needs removing
  }
}

/** Every key that starts with `prefix`. */
export function keysWith(prefix: string): string[] {
  const s = storage()
  if (!s) return []
  try {
    return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null && k.startsWith(prefix))
  } catch {
    return []
  }
}

export interface StoredValue<T> {
  readonly key: string
  /** The kept value, or the default when there is none, it is malformed or storage is blocked. */
  read(): T
  write(value: T): WriteResult
  remove(): void
}

function storedValue<T>(key: string, decode: (raw: string | null) => T, encode: (value: T) => string): StoredValue<T> {
  return {
    key,
    read: () => decode(readRaw(key)),
    write: (value) => writeRaw(key, encode(value)),
    remove: () => removeRaw(key),
  }
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return null
  try {
    return JSON.parse(raw)
  } catch {
    return null
  }
}

/** Interface language; null when none was chosen here. */
export const storedLocale = storedValue<Language | null>(
  STORAGE_KEYS.locale,
  (raw) => ((LANGUAGES as readonly (string | null)[]).includes(raw) ? (raw as Language) : null),
  String,
)

/** Longest name or school kept in a profile. */
export const PROFILE_TEXT_LIMIT = 300
const profileText = (v: unknown) => (typeof v === 'string' ? v.slice(0, PROFILE_TEXT_LIMIT) : '')

export function emptyProfiles(): Record<Role, Person> {
  return { teacher: { name: '', school: '' }, mentor: { name: '', school: '' } }
}

/** Who signs at this machine, per role. */
export const storedProfiles = storedValue<Record<Role, Person>>(
  STORAGE_KEYS.profiles,
  (raw) => {
    const parsed = parseJson(raw) as Partial<Record<Role, Partial<Record<keyof Person, unknown>>>> | null
    if (!parsed || typeof parsed !== 'object') return emptyProfiles()
    const person = (r: Role): Person => {
      const p = Object.hasOwn(parsed, r) ? parsed[r] : undefined
      return { name: profileText(p?.name), school: profileText(p?.school) }
    }
    return Object.fromEntries(ROLES.map((r) => [r, person(r)])) as Record<Role, Person>
  },
  (profiles) => JSON.stringify(profiles),
)

/** When the last backup file was made (ms), or null. */
export const storedLastBackupAt = storedValue<number | null>(
  STORAGE_KEYS.lastBackupAt,
  (raw) => {
    const n = Number(raw)
    return raw !== null && Number.isFinite(n) && n > 0 ? n : null
  },
  String,
)

/** Days without a backup before the reminder (1–365, else the default). */
export const storedBackupRemindDays = storedValue<number>(STORAGE_KEYS.backupRemindDays, normalizeRemindDays, String)

/** Id of the chosen term-mark weights preset, or null for the default. */
export const storedTermWeights = storedValue<string | null>(STORAGE_KEYS.termWeights, (raw) => raw || null, (id) => id ?? '')

const unsavedKey = (id: string) => STORAGE_KEYS.unsavedPrefix + id

/** Assessments typed but not yet in IndexedDB, by id (see stores/unsavedCopies.ts). */
export const storedUnsaved = {
  read(id: string): Assessment | null {
    const doc = parseJson(readRaw(unsavedKey(id))) as Assessment | null
    return doc && typeof doc === 'object' && doc.id === id && Array.isArray(doc.tasks) ? doc : null
  },
  write(a: Assessment): WriteResult {
    return writeRaw(unsavedKey(a.id), JSON.stringify(a))
  },
  remove(id: string): void {
    removeRaw(unsavedKey(id))
  },
  ids(): string[] {
    return keysWith(STORAGE_KEYS.unsavedPrefix).map((k) => k.slice(STORAGE_KEYS.unsavedPrefix.length))
  },
}

/**
 * The save a page started last and did not see finish, by assessment id: when that page is gone (reload, closed
 * tab) and its write landed after all, the next page recognises the row as its own text, not another tab's.
 */
export const storedWriting = {
  read: (id: string): string | null => readRaw(STORAGE_KEYS.writingPrefix + id),
  write: (id: string, mark: string): WriteResult => writeRaw(STORAGE_KEYS.writingPrefix + id, mark),
  remove: (id: string): void => removeRaw(STORAGE_KEYS.writingPrefix + id),
}
