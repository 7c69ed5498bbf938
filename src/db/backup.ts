/**
 * Backup and restore of the whole database with dexie-export-import: every table (assessments,
 * pictures with their blobs, catalogue, and whatever tables later schema versions add). A restore
 * runs in one read-write transaction over all tables: it lands completely or not at all.
 */
import Dexie from 'dexie'
import { exportDB, importInto, peakImportFile } from 'dexie-export-import'
import { BagalauDatabase, db, DATABASE_NAME } from './database'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema'

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
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress?.({ done: completedRows, total: totalRows ?? completedRows })
      return true
    },
  })
  const meta = await peakImportFile(blob)
  const counts = Object.fromEntries(meta.data.tables.map((t) => [t.name, t.rowCount]))
  return { blob, counts, databaseVersion: meta.data.databaseVersion }
}

/** Name → primary key of every table of the installed database. */
export function installedTables(database = db()): Record<string, string> {
  return Object.fromEntries(database.tables.map((t) => [t.name, t.schema.primKey.keyPath as string]))
}

/** A JsonStream over data that is already parsed and validated (dexie-export-import reads nothing more). */
function streamOf(backup: ExportStructure) {
  // dexie-export-import empties the arrays it has imported: give it copies so `backup` stays whole
  const data = { ...backup, data: { ...backup.data, data: backup.data.data.map((t) => ({ ...t, rows: [...t.rows] })) } }
  return { result: data, done: () => true, eof: () => true, pullAsync: () => Promise.resolve(data), pullSync: () => data }
}

/**
 * Restores validated backup data. `replace` empties every table first; `merge` keeps what is here and
 * adds the backup's rows, and where both hold the same assessment the more recently changed one stays.
 */
export async function restoreDatabase(
  backup: ExportStructure,
  mode: RestoreMode,
  onProgress?: (p: BackupProgress) => void,
  database = db(),
): Promise<void> {
  await database.open()
  const data = backup.data.databaseVersion < CURRENT_SCHEMA_VERSION ? await upgradeExport(backup) : backup
  await database.transaction('rw', database.tables, async () => {
    const localUpdatedAt = new Map<string, number>()
    if (mode === 'replace') {
      for (const table of database.tables) await table.clear()
    } else {
      await database.assessments.each((a) => localUpdatedAt.set(a.id, a.updatedAt))
    }
    await importInto(database, streamOf(data) as never, {
      noTransaction: true, // joins this transaction: all tables or nothing
      overwriteValues: true,
      filter: (table, value: { id?: string; updatedAt?: number }) =>
        table !== 'assessments' || !(value.id !== undefined && (localUpdatedAt.get(value.id) ?? -1) > (value.updatedAt ?? 0)),
      progressCallback: ({ completedRows, totalRows }) => {
        onProgress?.({ done: completedRows, total: totalRows ?? completedRows })
        return true
      },
    })
  })
}

/**
 * A backup made by an older schema version is upgraded by the same upgrade functions as a database:
 * it is imported into a scratch database at its own version, opened at the current one, exported again.
 */
export async function upgradeExport(backup: ExportStructure): Promise<ExportStructure> {
  const name = `${DATABASE_NAME}-restore-${Date.now()}`
  const old = new Dexie(name)
  for (const s of SCHEMA_VERSIONS.filter((s) => s.version <= backup.data.databaseVersion)) {
    const declared = old.version(s.version).stores(s.stores)
    if (s.upgrade) declared.upgrade(s.upgrade)
  }
  try {
    await old.open()
    await importInto(old, streamOf(backup) as never, { acceptNameDiff: true, overwriteValues: true })
    old.close()
    const current = new BagalauDatabase(name)
    await current.open()
    const blob = await exportDB(current)
    current.close()
    const upgraded = JSON.parse(await blob.text()) as ExportStructure
    upgraded.data.databaseName = DATABASE_NAME
    return upgraded
  } finally {
    old.close()
    await Dexie.delete(name)
  }
}
