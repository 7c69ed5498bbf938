/**
 * Backup and restore of 1,000 assessments (3 tasks, 6 descriptors, 2 options, 1 picture of 256 bytes each),
 * in Node with fake-indexeddb, so slower than Chromium's IndexedDB; the file size is the same as in the
 * browser. Prints the file size; vitest prints the times. Figures only, never pass/fail.
 * Run: npx vitest bench --run -c vitest.bench.config.ts bench/backup.bench.ts
 */
import 'fake-indexeddb/auto'
import '../tests/unit/data/nodeBlobs'
import { bench, describe } from 'vitest'
import { db } from '@/db/database'
import { exportDatabase, installedTables, restoreDatabase } from '@/db/backup'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { assembleBackupFile, makeBackupHeader, readBackupFile, type ParsedBackup } from '@/exchange/backup/backupFile'
import { seedLibrary } from '../tests/unit/data/sampleLibrary'

let file: Blob | null = null
let parsed: ParsedBackup | null = null

async function backup(): Promise<Blob> {
  const { blob, counts, databaseVersion } = await exportDatabase()
  return assembleBackupFile(makeBackupHeader(counts, databaseVersion, Date.now(), ''), blob)
}

describe('backup of 1,000 assessments (fake-indexeddb in node)', async () => {
  await seedLibrary(db(), 1000)
  file = await backup()
  parsed = await readBackupFile(file, { tables: installedTables(), databaseVersion: CURRENT_SCHEMA_VERSION })
  console.info(`backup file of 1,000 assessments: ${(file.size / 1024 / 1024).toFixed(2)} MB (${file.size} bytes)`)

  bench('backup (export + header)', async () => {
    await backup()
  }, { iterations: 3, time: 0 })

  bench('read + validate the file', async () => {
    await readBackupFile(file!, { tables: installedTables(), databaseVersion: CURRENT_SCHEMA_VERSION })
  }, { iterations: 3, time: 0 })

  bench('restore (replace, one transaction)', async () => {
    await restoreDatabase(parsed!.export, 'replace')
  }, { iterations: 3, time: 0 })
})
