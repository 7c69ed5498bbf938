// @vitest-environment node
/**
 * The backup door validates every table with the stored shapes (domain/shapes): one bad row of any
 * table refuses the file and leaves the database as it was; duplicate ids inside an assessment and
 * lists over their limits are refused naming the assessment; a backup of every older database version
 * is read into the current shape.
 */
import './nodeBlobs'
import { beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { exportDatabase, installedTables, NOT_BACKED_UP, restoreDatabase } from '@/db/backup'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/db/schema'
import { AssessmentSchema } from '@/domain/shapes/assessment'
import { LIMITS } from '@/domain/shapes/limits'
import { ReviewRowSchema, ThreadSchema, VersionSchema } from '@/domain/shapes/review'
import { assembleBackupFile, makeBackupHeader, readBackupFile } from '@/exchange/backup/backupFile'
import { BackupFileError } from '@/exchange/backup/errors'
import { dumpDatabase, seedLibrary } from './sampleLibrary'
import { seedOtherTables } from './sampleTables'

type Row = Record<string, unknown>
interface BackupJson {
  bagalau: { counts: Record<string, number> }
  data: { tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: Row[] }[] }
}

const options = () => ({ tables: installedTables(), databaseVersion: CURRENT_SCHEMA_VERSION })

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})

async function backupJson(): Promise<BackupJson> {
  const [first] = await seedLibrary(db(), 2)
  await seedOtherTables(db(), first)
  const { blob, counts, databaseVersion } = await exportDatabase()
  return JSON.parse(await assembleBackupFile(makeBackupHeader(counts, databaseVersion, 1_765_000_000_000, 'Айгүл'), blob).text()) as BackupJson
}

const rowsOf = (file: BackupJson, table: string) => file.data.data.find((t) => t.tableName === table)!.rows

/** Adds rows to a table and keeps the counts of the file consistent. */
function addRows(file: BackupJson, table: string, rows: Row[]): void {
  rowsOf(file, table).push(...rows)
  const n = rowsOf(file, table).length
  file.data.tables.find((t) => t.name === table)!.rowCount = n
  file.bagalau.counts[table] = n
}

async function refusal(file: BackupJson): Promise<BackupFileError> {
  const error = await readBackupFile(new Blob([JSON.stringify(file)]), options()).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(BackupFileError)
  return error as BackupFileError
}

describe('every table of a backup is validated', () => {
  it('reads a backup holding rows of every table, and restores it field by field', async () => {
    const file = await backupJson()
    for (const table of Object.keys(installedTables())) expect(rowsOf(file, table).length, table).toBeGreaterThan(0)
    const before = await dumpDatabase(db())
    const parsed = await readBackupFile(new Blob([JSON.stringify(file)]), options())
    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
    await restoreDatabase(parsed.export, 'replace')
    // the version summaries are derived, not backed up: the restore builds one per version
    const { versionSummaries: rebuilt, ...after } = await dumpDatabase(db())
    const kept = Object.fromEntries(Object.entries(before).filter(([table]) => table !== 'versionSummaries'))
    expect(after).toEqual(kept)
    expect((rebuilt as { id: string }[]).map((r) => r.id).sort()).toEqual((kept.versions as { id: string }[]).map((r) => r.id).sort())
  })

  const badRows: [string, (row: Row) => void][] = [
    ['assessments', (r) => (r.status = 'published')],
    ['pictures', (r) => (r.mimeType = 'text/html')],
    ['catalogue', (r) => (r.grade = 'seven')],
    ['catalogueSections', (r) => (r.origin = 'theirs')],
    ['catalogueMeta', (r) => (r.value = { html: '<b>' })],
    ['versions', (r) => delete r.content],
    ['threads', (r) => (r.comments = 'none')],
    ['threads', (r) => (r.path = '../../etc')],
    ['reviews', (r) => (r.verdict = 'maybe')],
    ['reviews', (r) => ((r.version as Row).hash = 'not a hash')],
  ]
  for (const [table, spoil] of badRows) {
    it(`refuses a bad ${table} row (${spoil.toString().slice(6, 60)}) and leaves the database untouched`, async () => {
      const file = await backupJson()
      spoil(rowsOf(file, table)[0])
      const before = await dumpDatabase(db())
      const error = await refusal(file)
      expect(error.kind).toBe(table === 'assessments' ? 'invalidAssessment' : 'invalid')
      expect(error.detail).toMatch(new RegExp(`^${table} row 1`))
      expect(await dumpDatabase(db())).toEqual(before)
    })
  }

  it('refuses a text longer than the limit in any table (the same limit as the editor)', async () => {
    const file = await backupJson()
    ;(rowsOf(file, 'threads')[0].comments as Row[])[0].text = 'ә'.repeat(LIMITS.text + 1)
    expect((await refusal(file)).detail).toMatch(/^threads row 1.*comments\.0\.text: Longer than 50000 characters/)
  })
})

describe('duplicate ids inside one assessment', () => {
  const twins: [string, (a: Row & { objectives: Row[]; criteria: Row[]; tasks: (Row & { options: Row[]; pictures: Row[]; descriptors: Row[] })[] }) => void, RegExp][] = [
    ['tasks', (a) => a.tasks.push({ ...a.tasks[0], order: 99_999 }), /tasks: /],
    ['descriptors', (a) => a.tasks[0].descriptors.push({ ...a.tasks[0].descriptors[0], order: 99_999 }), /tasks\/\w+\/descriptors: /],
    ['options', (a) => a.tasks[0].options.push({ ...a.tasks[0].options[0], order: 99_999 }), /tasks\/\w+\/options: /],
    ['pictures', (a) => a.tasks[1].pictures.push({ ...a.tasks[1].pictures[0], order: 99_999 }), /tasks\/\w+\/pictures: /],
    ['criteria', (a) => a.criteria.push({ ...a.criteria[0], order: 99_999 }), /criteria: /],
    ['objectives', (a) => a.objectives.push({ ...a.objectives[0], order: 99_999 }), /objectives: /],
  ]
  for (const [list, twin, where] of twins) {
    it(`refuses two ${list} with one id, naming the assessment`, async () => {
      const file = await backupJson()
      const row = rowsOf(file, 'assessments')[1] as Parameters<typeof twin>[0]
      twin(row)
      const before = await dumpDatabase(db())
      const error = await refusal(file)
      expect(error.kind).toBe('invalidAssessment')
      expect(error.params.title).toBe(row.title)
      expect(error.detail).toContain(`«${row.title as string}»`)
      expect(error.detail).toMatch(where)
      expect(await dumpDatabase(db())).toEqual(before)
    })
  }
})

describe('list limits at the door', () => {
  it(`refuses an assessment with more than ${LIMITS.tasks} tasks, or a task with more than ${LIMITS.descriptorsPerTask} descriptors`, async () => {
    const file = await backupJson()
    const a = rowsOf(file, 'assessments')[0] as { tasks: Row[]; title: string }
    a.tasks = Array.from({ length: LIMITS.tasks + 1 }, (_, i) => ({ ...a.tasks[0], id: `task${i}`, options: [], pictures: [], descriptors: [] }))
    const error = await refusal(file)
    expect(error.detail).toMatch(new RegExp(`^assessments row 1 \\(«.+»\\): tasks: More than ${LIMITS.tasks} items`))
    expect(error.params.title).toBe(a.title)

    const other = await backupJson()
    const task = (rowsOf(other, 'assessments')[0] as { tasks: { descriptors: Row[] }[] }).tasks[0]
    task.descriptors = Array.from({ length: LIMITS.descriptorsPerTask + 1 }, (_, i) => ({ ...task.descriptors[0], id: `d${i}` }))
    expect((await refusal(other)).detail).toMatch(new RegExp(`tasks\\.0\\.descriptors: More than ${LIMITS.descriptorsPerTask} items`))
  })

  it(`refuses more than ${LIMITS.threadsPerAssessment} threads of one assessment and more than ${LIMITS.commentsPerThread} comments in a thread`, async () => {
    const file = await backupJson()
    const thread = rowsOf(file, 'threads')[0]
    addRows(file, 'threads', Array.from({ length: LIMITS.threadsPerAssessment }, (_, i) => ({ ...thread, id: `thread${i}` })))
    const error = await refusal(file)
    expect(error.detail).toBe(`threads: more than ${LIMITS.threadsPerAssessment} rows for assessment ${thread.assessmentId as string}`)

    const other = await backupJson()
    const comments = rowsOf(other, 'threads')[0].comments as Row[]
    comments.push(...Array.from({ length: LIMITS.commentsPerThread }, (_, i) => ({ ...comments[0], id: `comment${i}` })))
    expect((await refusal(other)).detail).toMatch(new RegExp(`^threads row 1.*comments: More than ${LIMITS.commentsPerThread} items`))
  })
})

describe('backups of older database versions', () => {
  const tablesAt = (version: number) => {
    const stores: Record<string, string | null> = {}
    for (const s of SCHEMA_VERSIONS.filter((s) => s.version <= version)) Object.assign(stores, s.stores)
    // the workspace's Yjs documents (v11) live on the server and are never in a backup
    return Object.entries(stores).filter((e): e is [string, string] => e[1] !== null && !NOT_BACKED_UP.includes(e[0]))
  }

  for (const { version } of SCHEMA_VERSIONS) {
    it(`reads a backup of database version ${version} into rows of the current shape`, async () => {
      const rows = JSON.parse(readFileSync(`tests/unit/db/fixtures/v${version}.json`, 'utf8')) as Record<string, Row[]>
      const tables = tablesAt(version)
      const file = {
        formatName: 'dexie',
        formatVersion: 1,
        data: {
          databaseName: 'bagalau',
          databaseVersion: version,
          tables: tables.map(([name, schema]) => ({ name, schema, rowCount: (rows[name] ?? []).length })),
          data: tables.map(([name]) => ({ tableName: name, inbound: true, rows: rows[name] ?? [] })),
        },
      }
      const parsed = await readBackupFile(new Blob([JSON.stringify(file)]), options())
      await restoreDatabase(parsed.export, 'replace')
      for (const a of await db().assessments.toArray()) expect(v.safeParse(AssessmentSchema, a).success).toBe(true)
      for (const t of await db().table('threads').toArray()) expect(v.safeParse(ThreadSchema, t).success).toBe(true)
      for (const ver of await db().table('versions').toArray()) expect(v.safeParse(VersionSchema, ver).success).toBe(true)
      for (const r of await db().table('reviews').toArray()) expect(v.safeParse(ReviewRowSchema, r).success).toBe(true)
      expect(await db().assessments.count()).toBe(rows.assessments.length)
    })
  }
})
