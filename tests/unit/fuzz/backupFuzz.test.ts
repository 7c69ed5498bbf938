// @vitest-environment node
import '../data/nodeBlobs'
import { beforeAll, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { exportDatabase, installedTables, restoreDatabase } from '@/db/backup'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { assembleBackupFile, makeBackupHeader, readBackupFile } from '@/exchange/backup/backupFile'
import { BACKUP_ERROR_KINDS, BackupFileError } from '@/exchange/backup/errors'
import { dumpDatabase, seedLibrary } from '../data/sampleLibrary'
import { seedOtherTables } from '../data/sampleTables'
import { generateBadFiles, type BadFile } from './badFiles'

let files: BadFile[] = []
let validText = ''

beforeAll(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
  const [first] = await seedLibrary(db(), 3)
  await seedOtherTables(db(), first)
  const { blob, counts, databaseVersion } = await exportDatabase()
  validText = await assembleBackupFile(makeBackupHeader(counts, databaseVersion, 1_765_000_000_000, 'Айгүл'), blob).text()
  const valid = JSON.parse(validText) as { data: { data: { tableName: string }[] } }
  // every table's rows are validated field by field (domain/shapes): no path is left out
  files = generateBadFiles(valid, {
    count: 1200,
    versionPaths: ['bagalau.formatVersion', 'bagalau.databaseVersion', 'formatVersion', 'data.databaseVersion', 'bagalau.app', 'formatName', 'data.databaseName'],
  })
}, 120_000)

const OPTIONAL = /^deleted data\.data\.\d+\.rows\.\d+\.(content\.|version\.content\.|baseline\.content\.)?(objectives\.\d+\.(catalogueId|section)|rubricEdits\.\w+\.cells\.(low|middle|high)|subjectNames\.(kk|ru|en)) #/

const options = () => ({ tables: installedTables(), databaseVersion: CURRENT_SCHEMA_VERSION })

describe('backup importer against hostile files', () => {
  it('accepts the valid file the bad ones are made from', async () => {
    await expect(readBackupFile(new Blob([validText]), options())).resolves.toBeTruthy()
  })

  it('refuses each of at least 1,000 bad files with a typed error and leaves the database as it was', async () => {
    expect(files.length).toBeGreaterThanOrEqual(1000)
    const before = await dumpDatabase(db())
    const accepted: string[] = []
    const kinds = new Map<string, number>()
    for (const file of files) {
      try {
        const parsed = await readBackupFile(new Blob([file.bytes as BlobPart]), options())
        accepted.push(file.label)
        await restoreDatabase(parsed.export, 'replace').catch(() => undefined)
        // a file without an optional field is a different valid backup: put the original back
        await restoreDatabase((await readBackupFile(new Blob([validText]), options())).export, 'replace')
      } catch (e) {
        if (!(e instanceof BackupFileError)) throw new Error(`${file.label}: untyped error ${String(e)}`)
        expect(BACKUP_ERROR_KINDS).toContain(e.kind)
        kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1)
      }
    }
    // only a truly optional field may go: an objective's catalogue link or section, a rubric cell, a subject's name in one language
    expect(accepted.filter((label) => !OPTIONAL.test(label))).toEqual([])
    expect(await dumpDatabase(db())).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('isAdmin')
    console.info(`backup fuzz: ${files.length} bad files refused`, Object.fromEntries(kinds))
  }, 300_000)
})
