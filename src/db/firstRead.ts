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

/** Active assessments drawn before Dexie has loaded: about two screens of cards (a tall window shows 15–20). */
export const FIRST_SCREENFUL = 24

/** What the first page needs of the assessments table: its first screen of cards, not every row. */
export interface FirstRead {
  /**
   * The most recently changed active assessments (ties: id backwards), as assessmentsRepo.listActive orders them:
   * all of them when there are at most FIRST_SCREENFUL, else the first FIRST_SCREENFUL.
   */
  active: Assessment[]
  /** How many active assessments there are in all. */
  activeCount: number
  /** The backup reminder's oldest change since the last backup, as db/dataCare.oldestChangeAfter reads it. */
  unbacked: Unbacked
}

/** The earliest time of change of any assessment, trashed ones too, after `since` (null: ever); null when there is none. */
export interface Unbacked {
  since: number | null
  oldest: number | null
}

/**
 * Reading every row (2,000 assessments, some 10 MB) kept the database busy for a second of CPU before the first card
 * could be drawn, and Dexie read them all again afterwards: the first screen reads only its own rows, and the counts
 * and the oldest change since the last backup from the indexes (one step of a cursor each: every step is a round trip
 * to the browser's database process, and the 2,000 times of change read one by one held the first cards back a second);
 * Dexie's list (stores/library.ts) reads the whole table once.
 */
async function readTable(database: IDBDatabase, since: number | null): Promise<FirstRead> {
  const store = database.transaction('assessments', 'readonly').objectStore('assessments')
  const [active, oldest, all, trashed] = await Promise.all([
    newestActive(store.index('updatedAt'), FIRST_SCREENFUL),
    firstKey(store.index('updatedAt'), since === null ? null : IDBKeyRange.lowerBound(since, true)),
    request(store.count()),
    // trashed rows only: an active row's deletedAt is null, which an index leaves out
    request(store.index('deletedAt').count()),
  ])
  return { active, activeCount: all - trashed, unbacked: { since, oldest } }
}

/** The index holds equal times in id order: read backwards, rows go newest and highest id first. */
function newestActive(index: IDBIndex, limit: number): Promise<Assessment[]> {
  return new Promise((resolve, reject) => {
    const found: Assessment[] = []
    const cursor = index.openCursor(null, 'prev')
    cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'))
    cursor.onsuccess = () => {
      const at = cursor.result
      if (!at) return resolve(found)
      const row = at.value as Assessment
      if (row.deletedAt === null) found.push(row)
      if (found.length >= limit) return resolve(found)
      at.continue()
    }
  })
}

/** The lowest key of `index` in `range`, or null when the range holds none. */
async function firstKey(index: IDBIndex, range: IDBKeyRange | null): Promise<number | null> {
  const at = await request(index.openKeyCursor(range))
  return at ? (at.key as number) : null
}

/**
 * How long the first read may wait for the database before the list waits for Dexie instead. Its open waits without
 * an error, and without a `blocked` event, while an upgrade asked for by another tab waits on a third one: the
 * library held its list, and the database code with it (db/lazy.ts), until then. Dexie's open says when it waits
 * (openWatch.ts); this read only steps aside.
 */
export const FIRST_READ_PATIENCE_MS = 4000

/**
 * The assessments as stored, or null when this reader cannot tell (no `databases()`, another schema version,
 * IndexedDB refused or not answering within `patience` ms): then the page waits for Dexie. A database that does not
 * exist holds no assessments. `lastBackupAt`: when the last backup was made (null: never), for the reminder's oldest
 * change since.
 */
export function readFirst(
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
  lastBackupAt: number | null = null,
  patience = FIRST_READ_PATIENCE_MS,
): Promise<FirstRead | null> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const givenUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), patience)))
  return Promise.race([readStored(factory, lastBackupAt), givenUp]).finally(() => clearTimeout(timer))
}

async function readStored(factory: IDBFactory | null, lastBackupAt: number | null): Promise<FirstRead | null> {
  if (!factory) return null
  try {
    const state = await databaseState(factory)
    if (state !== 'current') return state === 'missing' ? { active: [], activeCount: 0, unbacked: { since: lastBackupAt, oldest: null } } : null
    const database = await openCurrent(factory)
    if (!database) return null
    try {
      return await readTable(database, lastBackupAt)
    } finally {
      database.close()
    }
  } catch {
    return null
  }
}

let once: Promise<FirstRead | null> | undefined

/**
 * `readFirst`, once per page load: the library's list and the backup reminder are drawn from the same read (the
 * first call's `lastBackupAt` stands).
 */
export function firstRead(lastBackupAt: number | null): Promise<FirstRead | null> {
  once ??= readFirst(undefined, lastBackupAt)
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
