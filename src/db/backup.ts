/**
 * Backup and restore of the whole database with dexie-export-import: every table (assessments,
 * pictures with their blobs, catalogue, review data, and whatever tables later schema versions add). A
 * restore runs in one read-write transaction over all tables: it lands completely or not at all. An
 * older backup is upgraded in a scratch database `bagalau-restore-<ms>`, deleted when done (and at the
 * next start if the tab died meanwhile: dataCare.ts removeRestoreLeftovers).
 */
import Dexie, { type IndexableType, type Table } from 'dexie'
import { exportDB, importInto, peakImportFile } from 'dexie-export-import'
import { assessmentCollision, decideMerge, emptyCounts, type AssessmentCollision, type MergeCounts } from '@/domain/restoreMerge'
import { BagalauDatabase, db, RESTORE_SCRATCH_PREFIX } from './database'
import { comparableFileRow, comparableHere, restoreSlices, reviveRow, type FileRow } from './restoreRows'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, SYNC_DOCS_TABLE, SYNC_UPDATES_TABLE } from './schema'
import { refreshSummaries, SUMMARIES_TABLE } from './versionSummaries'

/** The workspace's Yjs documents live on the server and are no part of a backup (nor cleared by a restore). */
/** The workspace's Yjs documents (synced, not ours to back up) and the version summaries (derived: rebuilt after a restore). */
export const NOT_BACKED_UP = [SYNC_DOCS_TABLE, SYNC_UPDATES_TABLE, SUMMARIES_TABLE]

export interface BackupProgress {
  done: number
  total: number
}

/** The structure dexie-export-import reads and writes (rows already validated by the caller). */
export interface ExportStructure {
  formatName: 'dexie'
  formatVersion: 1
  data: {
    databaseName: string
    databaseVersion: number
    tables: { name: string; schema: string; rowCount: number }[]
    data: { tableName: string; inbound: boolean; rows: Record<string, unknown>[] }[]
  }
}

export type RestoreMode = 'merge' | 'replace'

export interface DatabaseExport {
  blob: Blob
  counts: Record<string, number>
  databaseVersion: number
}

/** Exports every table, reporting rows done; reads only, so it works even when the disk is full. */
export async function exportDatabase(onProgress?: (p: BackupProgress) => void, database = db()): Promise<DatabaseExport> {
  await database.open()
  const blob = await exportDB(database, {
    numRowsPerChunk: 200,
    skipTables: NOT_BACKED_UP,
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress?.({ done: completedRows, total: totalRows ?? completedRows })
      return true
    },
  })
  const meta = await peakImportFile(blob)
  const counts = Object.fromEntries(meta.data.tables.map((t) => [t.name, t.rowCount]))
  return { blob, counts, databaseVersion: meta.data.databaseVersion }
}

/** Name → primary key of every table of the installed database that a backup holds. */
export function installedTables(database = db()): Record<string, string> {
  return Object.fromEntries(database.tables.filter((t) => !NOT_BACKED_UP.includes(t.name)).map((t) => [t.name, t.schema.primKey.keyPath as string]))
}

/** A JsonStream over data that is already parsed and validated (dexie-export-import reads nothing more). */
function streamOf(backup: ExportStructure) {
  // dexie-export-import empties the arrays it has imported: give it copies so `backup` stays whole
  const data = { ...backup, data: { ...backup.data, data: backup.data.data.map((t) => ({ ...t, rows: [...t.rows] })) } }
  return { result: data, done: () => true, eof: () => true, pullAsync: () => Promise.resolve(data), pullSync: () => data }
}

/**
 * Restores validated backup data in one read-write transaction over all tables (all or nothing),
 * slice by slice: between slices the page paints and reports progress. `replace` empties every table
 * first; `merge` keeps what is here and decides record by record (domain/restoreMerge.ts) so that no
 * newer record of any table is lost. Returns the number of records written.
 */
export async function restoreDatabase(
  backup: ExportStructure,
  mode: RestoreMode,
  onProgress?: (p: BackupProgress) => void,
  database = db(),
): Promise<number> {
  await database.open()
  const data = backup.data.databaseVersion < CURRENT_SCHEMA_VERSION ? await upgradeExport(backup) : backup
  const total = data.data.data.reduce((sum, t) => sum + t.rows.length, 0)
  let done = 0
  let written = 0
  onProgress?.({ done, total })
  await database.transaction('rw', database.tables, async () => {
    if (mode === 'replace') for (const table of database.tables) if (!NOT_BACKED_UP.includes(table.name)) await table.clear()
    for (const { tableName, rows } of data.data.data) {
      const table = database.table(tableName)
      for (const slice of restoreSlices(rows)) {
        const toWrite = mode === 'replace' ? slice.map(reviveRow) : await mergeSlice(table, tableName, slice)
        if (toWrite.length > 0) await table.bulkPut(toWrite)
        written += toWrite.length
        done += slice.length
        onProgress?.({ done, total })
      }
    }
  })
  await refreshSummaries(null, database)
  return written
}

/** The rows of one slice a merge writes: those only in the file, the newer ones from the file, merged threads. */
async function mergeSlice(table: Table, tableName: string, slice: FileRow[]): Promise<Record<string, unknown>[]> {
  const here = await table.bulkGet(slice.map((row) => row[table.schema.primKey.keyPath as string] as IndexableType))
  const out: Record<string, unknown>[] = []
  slice.forEach((row, i) => {
    const decision = decideMerge(tableName, comparableHere(here[i]), comparableFileRow(row))
    if (decision.outcome === 'added' || decision.outcome === 'takenFromFile') out.push(reviveRow(row))
    else if (decision.outcome === 'combined') out.push(decision.row)
  })
  return out
}

/** What a merge restore would do, table by table, and the assessments both here and in the file that differ. */
export interface MergePlan {
  tables: Record<string, MergeCounts>
  collisions: AssessmentCollision[]
}

/** True for a full disk, also when Dexie wraps the browser's QuotaExceededError in an aborted transaction. */
export function isDiskFull(e: unknown): boolean {
  const named = (x: unknown) => typeof x === 'object' && x !== null && /quota/i.test(String((x as { name?: unknown }).name))
  return named(e) || named((e as { inner?: unknown } | null)?.inner)
}

/** Plans a merge without writing anything (the preview shows it before the teacher decides). */
export async function planMerge(backup: ExportStructure, database = db()): Promise<MergePlan> {
  await database.open()
  const plan: MergePlan = { tables: {}, collisions: [] }
  for (const { tableName, rows } of backup.data.data) {
    const table = database.table(tableName)
    const counts = (plan.tables[tableName] = emptyCounts())
    for (const slice of restoreSlices(rows)) {
      const here = await table.bulkGet(slice.map((row) => row[table.schema.primKey.keyPath as string] as IndexableType))
      slice.forEach((row, i) => {
        const [mine, theirs] = [comparableHere(here[i]), comparableFileRow(row)]
        const decision = decideMerge(tableName, mine, theirs)
        counts[decision.outcome]++
        const collision = tableName === 'assessments' ? assessmentCollision(mine, theirs, decision) : null
        if (collision) plan.collisions.push(collision)
      })
    }
  }
  return plan
}

/**
 * A backup made by an older schema version is upgraded by the same upgrade functions as a database:
 * it is imported into a scratch database at its own version, opened at the current one, exported again.
 */
export async function upgradeExport(backup: ExportStructure): Promise<ExportStructure> {
  const name = `${RESTORE_SCRATCH_PREFIX}${Date.now()}`
  const old = new Dexie(name)
  for (const s of SCHEMA_VERSIONS.filter((s) => s.version <= backup.data.databaseVersion)) {
    const declared = old.version(s.version).stores(s.stores)
    if (s.upgrade) declared.upgrade(s.upgrade)
  }
  const current = new BagalauDatabase(name)
  try {
    await old.open()
    await importInto(old, streamOf(backup) as never, { acceptNameDiff: true, overwriteValues: true })
    old.close()
    await current.open()
    const blob = await exportDB(current)
    current.close()
    const upgraded = JSON.parse(await blob.text()) as ExportStructure
    upgraded.data.databaseName = backup.data.databaseName
    return upgraded
  } finally {
    // the scratch copy holds the whole backup: never leave it behind, also when a step failed
    old.close()
    current.close()
    await Dexie.delete(name)
  }
}
