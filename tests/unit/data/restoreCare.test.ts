// @vitest-environment node
import './nodeBlobs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { DATABASE_NAME, db, resetDbForTests, RESTORE_SCRATCH_PREFIX } from '@/db/database'
import { exportDatabase, installedTables, isDiskFull, restoreDatabase, upgradeExport, type ExportStructure } from '@/db/backup'
import { removeRestoreLeftovers } from '@/db/dataCare'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { assembleBackupFile, makeBackupHeader, MAX_BACKUP_BYTES, readBackupFile } from '@/exchange/backup/backupFile'
import { BackupFileError } from '@/exchange/backup/errors'
import { REVIEW_FILE_KINDS } from '@/exchange/reviewFile'
import { seedLibrary } from './sampleLibrary'

beforeEach(async () => {
  resetDbForTests()
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

const options = () => ({ tables: installedTables(), databaseVersion: CURRENT_SCHEMA_VERSION })
const scratchNames = async () => (await Dexie.getDatabaseNames()).filter((n) => n.startsWith(RESTORE_SCRATCH_PREFIX))

function v1Export(assessments: Record<string, unknown>[]): ExportStructure {
  return {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'bagalau',
      databaseVersion: 1,
      tables: [{ name: 'assessments', schema: 'id,updatedAt,deletedAt,kind', rowCount: assessments.length }],
      data: [{ tableName: 'assessments', inbound: true, rows: assessments }],
    },
  }
}

async function refusal(file: Blob, maxBytes?: number): Promise<BackupFileError> {
  const e: unknown = await readBackupFile(file, { ...options(), maxBytes }).then(() => null, (x: unknown) => x)
  expect(e).toBeInstanceOf(BackupFileError)
  return e as BackupFileError
}

describe('scratch copies of an old-format restore', () => {
  it('are removed at start when a tab died mid-restore, but not one a restore in another tab is using now', async () => {
    const now = 1_770_000_000_000
    const makeScratch = async (ms: number) => {
      const scratch = new Dexie(`${RESTORE_SCRATCH_PREFIX}${ms}`)
      scratch.version(1).stores({ assessments: 'id' })
      await scratch.table('assessments').put({ id: 'copy', title: 'бүкіл сақтық көшірменің көшірмесі' })
      scratch.close()
    }
    await makeScratch(now - 3 * 86_400_000)
    await makeScratch(now - 60_000)
    await db().open()
    expect(await scratchNames()).toHaveLength(2)

    expect(await removeRestoreLeftovers(now)).toEqual([`${RESTORE_SCRATCH_PREFIX}${now - 3 * 86_400_000}`])
    expect(await scratchNames()).toEqual([`${RESTORE_SCRATCH_PREFIX}${now - 60_000}`])
    expect(await Dexie.getDatabaseNames()).toContain(DATABASE_NAME)
    // ten minutes later nobody can still be using it
    await removeRestoreLeftovers(now + 11 * 60_000)
    expect(await scratchNames()).toEqual([])
  })

  it('is deleted by the restore itself, also when the upgrade fails', async () => {
    const rows = JSON.parse(readFileSync('tests/unit/db/fixtures/v1.json', 'utf8')) as Record<string, Record<string, unknown>[]>
    await restoreDatabase(v1Export(rows.assessments), 'replace')
    expect(await db().assessments.count()).toBe(rows.assessments.length)
    expect(await scratchNames()).toEqual([])

    // a row without its key makes the import into the scratch copy fail half-way
    await expect(upgradeExport(v1Export([...rows.assessments, { title: 'кілтсіз' }]))).rejects.toThrow()
    expect(await scratchNames()).toEqual([])
  })
})

describe('what the restore page is told', () => {
  it('a review package or reply is named as such, not as "not a backup"', async () => {
    for (const [kind, format] of [['reviewPackage', REVIEW_FILE_KINDS.package], ['reviewReply', REVIEW_FILE_KINDS.reply]] as const) {
      const e = await refusal(new Blob([JSON.stringify({ format, formatVersion: 1, assessment: {} })]))
      expect(e.kind).toBe(kind)
    }
  })

  it('a file over the limit names its size and the limit (100 MB)', async () => {
    expect(MAX_BACKUP_BYTES).toBe(100_000_000)
    const e = await refusal(new Blob(['x'.repeat(2000)]), 1000)
    expect(e).toMatchObject({ kind: 'tooLarge', params: { size: 2000, limit: 1000 } })
  })

  it('an invalid assessment is named by its title', async () => {
    await seedLibrary(db(), 3)
    const { blob, counts, databaseVersion } = await exportDatabase()
    const file = JSON.parse(await assembleBackupFile(makeBackupHeader(counts, databaseVersion, 1, ''), blob).text()) as { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } }
    const rows = file.data.data.find((t) => t.tableName === 'assessments')!.rows
    rows[1].grade = 'жетінші'
    const e = await refusal(new Blob([JSON.stringify(file)]))
    expect(e.kind).toBe('invalidAssessment')
    expect(e.params.title).toBe(rows[1].title)
    expect(e.detail).toContain('grade')
  })

  it('a full disk is told apart from other write failures, also when Dexie wraps it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    expect(isDiskFull(quota)).toBe(true)
    expect(isDiskFull(new Dexie.AbortError('Transaction aborted', quota))).toBe(true)
    expect(isDiskFull(new Dexie.ConstraintError('key exists'))).toBe(false)
  })

  it('a restore that hits a full disk writes nothing and says diskFull', async () => {
    const { createPinia, setActivePinia } = await import('pinia')
    const { useDataStore } = await import('@/stores/data')
    setActivePinia(createPinia())
    await seedLibrary(db(), 2)
    const { blob, counts, databaseVersion } = await exportDatabase()
    const file = assembleBackupFile(makeBackupHeader(counts, databaseVersion, 1, ''), blob)
    await db().assessments.clear()
    const data = useDataStore()
    await data.chooseFile(file)
    expect(data.preview).not.toBeNull()
    // the disk fills up while the assessments are written, after other tables went in
    const tableProto = Object.getPrototypeOf(db().assessments) as { bulkPut: (...args: unknown[]) => Promise<unknown> }
    const bulkPut = tableProto.bulkPut
    const spy = vi.spyOn(tableProto, 'bulkPut').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'assessments') return Promise.reject(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))
      return bulkPut.apply(this, args)
    })
    await expect(data.restore('merge')).rejects.toThrow()
    expect(spy).toHaveBeenCalled()
    spy.mockRestore()
    expect(data.fileError?.kind).toBe('diskFull')
    expect(await db().assessments.count()).toBe(0)
  })
})
