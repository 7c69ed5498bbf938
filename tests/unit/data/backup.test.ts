// @vitest-environment node
import './nodeBlobs'
import { beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { exportDatabase, installedTables, restoreDatabase } from '@/db/backup'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { APP_VERSION, assembleBackupFile, makeBackupHeader, readBackupFile } from '@/exchange/backup/backupFile'
import { dumpDatabase, KAZAKH, seedLibrary } from './sampleLibrary'

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})

async function makeBackup(): Promise<Blob> {
  const { blob, counts, databaseVersion } = await exportDatabase()
  return assembleBackupFile(makeBackupHeader(counts, databaseVersion, 1_765_000_000_000, 'Айгүл Серікқызы'), blob)
}

const options = () => ({ tables: installedTables(), databaseVersion: CURRENT_SCHEMA_VERSION })

describe('backup → wipe → restore', () => {
  it('reproduces every table field by field, with Kazakh letters and picture blobs', async () => {
    await seedLibrary(db(), 25)
    const before = await dumpDatabase(db())
    const progress: number[] = []
    const { blob, counts, databaseVersion } = await exportDatabase((p) => progress.push(p.done))
    const file = assembleBackupFile(makeBackupHeader(counts, databaseVersion, 1_765_000_000_000, 'Айгүл'), blob)
    expect(progress.at(-1)).toBe(51)
    expect(counts).toMatchObject({ assessments: 25, pictures: 25, catalogueMeta: 1 })

    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
    expect((await dumpDatabase(db())).assessments).toEqual([])

    const parsed = await readBackupFile(file, options())
    expect(parsed.header).toMatchObject({ app: 'bagalau', madeBy: 'Айгүл', madeAt: 1_765_000_000_000, appVersion: APP_VERSION })
    await restoreDatabase(parsed.export, 'replace')
    const after = await dumpDatabase(db())
    expect(after).toEqual(before)
    expect(JSON.stringify(after.assessments)).toContain(KAZAKH)
    const picture = after.pictures[0] as { blob: { bytes: number[]; type: string } }
    expect(picture.blob.type).toBe('image/png')
    expect(picture.blob.bytes).toHaveLength(256)
  })

  it('replace removes what the backup does not have; merge keeps it and keeps the newer copy', async () => {
    const [first] = await seedLibrary(db(), 3)
    const file = await makeBackup()
    const parsed = await readBackupFile(file, options())
    const extra = { ...first, id: 'only-here', title: 'Тек осында' }
    await db().assessments.put(extra)
    await db().assessments.put({ ...first, title: 'Жаңарақ', updatedAt: first.updatedAt + 5000 })

    await restoreDatabase(parsed.export, 'merge')
    expect((await db().assessments.get('only-here'))?.title).toBe('Тек осында')
    expect((await db().assessments.get(first.id))?.title).toBe('Жаңарақ')

    await restoreDatabase(parsed.export, 'replace')
    expect(await db().assessments.get('only-here')).toBeUndefined()
    expect((await db().assessments.get(first.id))?.title).toBe(first.title)
  })

  it('is all-or-nothing: a failing write leaves the database as it was', async () => {
    await seedLibrary(db(), 3)
    const parsed = await readBackupFile(await makeBackup(), options())
    await db().assessments.put({ ...(await db().assessments.toCollection().first())!, id: 'local-only' })
    const before = await dumpDatabase(db())
    const broken = structuredClone(parsed.export)
    // a row the database refuses (no primary key) in the last table makes the whole restore fail
    broken.data.data.at(-1)!.rows.push({ value: 'x' })
    await expect(restoreDatabase(broken, 'replace')).rejects.toThrow()
    expect(await dumpDatabase(db())).toEqual(before)
  })

  it('upgrades a backup written by schema version 1 through the database upgrades', async () => {
    const rows = JSON.parse(readFileSync('tests/unit/db/fixtures/v1.json', 'utf8')) as Record<string, Record<string, unknown>[]>
    const v1 = {
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'bagalau',
        databaseVersion: 1,
        tables: [
          { name: 'assessments', schema: 'id,updatedAt,deletedAt,kind', rowCount: rows.assessments.length },
          { name: 'catalogue', schema: 'id,code,subject,grade,term,origin', rowCount: (rows.catalogue ?? []).length },
        ],
        data: [
          { tableName: 'assessments', inbound: true, rows: rows.assessments },
          { tableName: 'catalogue', inbound: true, rows: rows.catalogue ?? [] },
        ],
      },
    }
    const parsed = await readBackupFile(new Blob([JSON.stringify(v1)]), options())
    expect(parsed.header).toMatchObject({ madeAt: null, madeBy: '', databaseVersion: 1 })
    await restoreDatabase(parsed.export, 'replace')
    const restored = await db().assessments.toArray()
    expect(restored.map((a) => a.id).sort()).toEqual(rows.assessments.map((a) => a.id as string).sort())
    expect(JSON.stringify(restored)).toContain(KAZAKH)
    expect(db().verno).toBe(CURRENT_SCHEMA_VERSION)
  })

  it('keeps APP_VERSION equal to package.json', () => {
    expect(APP_VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version)
  })
})
