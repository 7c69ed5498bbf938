/**
 * The library's first list, read with the browser's own IndexedDB API before the database code (Dexie, 36 kB gzip)
 * has arrived, so the first page needs only its own JavaScript to show a teacher her assessments. It only reads, and
 * only a database already at the schema version it knows: a database that does not exist yet, one that needs an
 * upgrade, or a browser without `indexedDB.databases()` gets null, and the list waits for Dexie as before. Dexie's
 * live list takes over as soon as it has loaded (stores/library.ts).
 */
import type { Assessment } from '@/domain/model'

/** The schema version (db/schema.ts) whose assessment rows this reader knows; a test keeps it equal to the current one. */
export const FIRST_READ_SCHEMA_VERSION = 12
/** The same database as db/database.ts DATABASE_NAME (a test checks), named here so that this file does not load Dexie. */
export const FIRST_READ_DATABASE = 'bagalau'
/** Dexie opens schema version v as IndexedDB version 10·v. */
const NATIVE_VERSION = FIRST_READ_SCHEMA_VERSION * 10

type Found = 'missing' | 'current' | 'other'

async function databaseState(factory: IDBFactory): Promise<Found | null> {
  if (typeof factory.databases !== 'function') return null
  const all = await factory.databases()
  const mine = all.find((d) => d.name === FIRST_READ_DATABASE)
  if (!mine) return 'missing'
  return mine.version === NATIVE_VERSION ? 'current' : 'other'
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'))
  })
}

function openCurrent(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = factory.open(FIRST_READ_DATABASE, NATIVE_VERSION)
    // deleted or changed since it was listed: never create or upgrade a database here, Dexie does that
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => (open.error?.name === 'AbortError' || open.error?.name === 'VersionError' ? resolve(null) : reject(open.error))
    open.onblocked = () => resolve(null)
  })
}

/** What the first page needs of the assessments table, read in one go. */
export interface FirstRead {
  /** Active assessments, most recently changed first (ties: id backwards), as assessmentsRepo.listActive orders them. */
  active: Assessment[]
  /** Every assessment's time of change, trashed ones too, oldest first: what dataCare.changeTimes reads for the backup reminder. */
  changeTimes: number[]
}

async function readTable(database: IDBDatabase): Promise<FirstRead> {
  const rows = await request(database.transaction('assessments', 'readonly').objectStore('assessments').index('updatedAt').getAll() as IDBRequest<Assessment[]>)
  const changeTimes = rows.map((a) => a.updatedAt)
  // the index holds equal times in id order: read backwards, both go newest and highest first
  return { active: rows.reverse().filter((a) => a.deletedAt === null), changeTimes }
}

/**
 * The assessments as stored, or null when this reader cannot tell (no `databases()`, another schema version,
 * IndexedDB refused): then the page waits for Dexie. A database that does not exist holds no assessments.
 */
export async function readFirst(factory: IDBFactory | null = globalThis.indexedDB ?? null): Promise<FirstRead | null> {
  if (!factory) return null
  try {
    const state = await databaseState(factory)
    if (state !== 'current') return state === 'missing' ? { active: [], changeTimes: [] } : null
    const database = await openCurrent(factory)
    if (!database) return null
    try {
      return await readTable(database)
    } finally {
      database.close()
    }
  } catch {
    return null
  }
}

let once: Promise<FirstRead | null> | undefined

/** `readFirst`, once per page load: the library's list and the backup reminder are drawn from the same read. */
export function firstRead(): Promise<FirstRead | null> {
  once ??= readFirst()
  return once
}

/** The first read if the library has started it, else null: another page never reads the whole table for it. */
export function firstReadIfStarted(): Promise<FirstRead | null> {
  return once ?? Promise.resolve(null)
}

/** For tests: the next `firstRead()` reads again. */
export function forgetFirstRead(): void {
  once = undefined
}

/**
 * Dexie's list, keeping the first read's object for each row that has not changed since (same time of change, status
 * and trash mark: a status or a trash move is written without a new time of change), so that what the page derived
 * from a row (its card's figures, its search text) is reused rather than computed again.
 */
export function keepUnchanged(first: readonly Assessment[], list: Assessment[]): Assessment[] {
  if (first.length === 0) return list
  const byId = new Map(first.map((a) => [a.id, a]))
  return list.map((a) => {
    const old = byId.get(a.id)
    return old && old.updatedAt === a.updatedAt && old.status === a.status && old.deletedAt === a.deletedAt ? old : a
  })
}
