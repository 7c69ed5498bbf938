// @vitest-environment node
import './nodeBlobs'
import { beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { exportDatabase, installedTables, planMerge, restoreDatabase } from '@/db/backup'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { assembleBackupFile, makeBackupHeader, readBackupFile } from '@/exchange/backup/backupFile'
import type { Thread } from '@/domain/review/model'
import { contentHash } from '@/domain/review/hash'
import type { CatalogueObjective, CatalogueSection } from '@/domain/catalogue/model'
import { dumpDatabase, seedLibrary } from './sampleLibrary'

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})

const T0 = 1_760_000_000_000
const comment = (id: string, createdAt: number, text: string) => ({ id, author: 'Айгүл', role: 'teacher' as const, text, createdAt, versionNumber: 1, draft: false })
const base = { language: 'kk' as const, subject: 'biology', subjectNames: { kk: 'Биология' }, grade: 7, term: 1, origin: 'own' as const, hidden: false, source: '', order: 1 }
const objective: CatalogueObjective = { ...base, id: 'obj1', code: '7.1.1.1', text: 'жасуша құрылымын сипаттау', section: 'Жасушалар', updatedAt: T0 }
const section: CatalogueSection = { ...base, id: 'sec1', title: 'Жасушалар', updatedAt: T0 }

async function seedEverything() {
  const list = await seedLibrary(db(), 3)
  const thread: Thread = {
    id: 'th1', assessmentId: list[0].id, path: 'header/title', quote: 'x', versionNumber: 1, status: 'open', statusAt: T0,
    suggestion: null, comments: [comment('c1', T0, 'Тақырыпты нақтылаңыз')], createdAt: T0,
  }
  await db().table('threads').put(thread)
  await db().table('versions').put({ id: `${list[0].id}@1`, assessmentId: list[0].id, number: 1, hash: contentHash(list[0]), createdAt: T0, author: { name: 'А', school: '' }, content: list[0] })
  await db().table('reviews').put({ id: 'r1', assessmentId: list[0].id, role: 'teacher', versionNumber: 1, versionHash: contentHash(list[0]), title: 't', verdict: null, summary: '', reviewer: { name: '', school: '' }, author: { name: '', school: '' }, finishedAt: null, openedAt: T0, version: null, baseline: null })
  await db().catalogue.put(objective)
  await db().catalogueSections.put(section)
  return { list, thread }
}

async function backupNow() {
  const { blob, counts, databaseVersion } = await exportDatabase()
  const file = assembleBackupFile(makeBackupHeader(counts, databaseVersion, T0, 'Айгүл'), blob)
  return readBackupFile(file, { tables: installedTables(), databaseVersion: CURRENT_SCHEMA_VERSION })
}

describe('merge restore of an older backup', () => {
  it('loses no newer record of any table, takes what is newer in the file, and the preview says so before writing', async () => {
    const { list, thread } = await seedEverything()
    const parsed = await backupNow()
    const rowsOf = (name: string) => parsed.export.data.data.find((t) => t.tableName === name)!.rows

    // after the backup, the teacher works on: replies to the thread, edits her objective and section,
    // the review gets its verdict, the first assessment changes, the shipped-catalogue note changes
    await db().table('threads').put({ ...thread, comments: [...thread.comments, comment('reply', T0 + 500, 'Түзеттім')] })
    await db().catalogue.put({ ...objective, text: 'өңделген мақсат', updatedAt: T0 + 500 })
    await db().catalogueSections.put({ ...section, title: 'Жасуша (өңделген)', updatedAt: T0 + 500 })
    await db().table('reviews').update('r1', { verdict: 'approve', finishedAt: T0 + 500 })
    await db().assessments.update(list[0].id, { title: 'Осында жаңартылған', updatedAt: T0 + 500 })
    await db().catalogueMeta.put({ key: 'shippedVersion', value: 'осындағы' })
    // …while the file (from another machine) holds a newer second assessment and a new mentor comment
    const second = rowsOf('assessments').find((a) => a.id === list[1].id)!
    Object.assign(second, { title: 'Файлда жаңарақ', updatedAt: T0 + 900 })
    const fileThread = rowsOf('threads')[0] as unknown as Thread
    fileThread.comments = [...fileThread.comments, { ...comment('mentor2', T0 + 200, 'Тағы бір ескерту'), role: 'mentor' }]
    rowsOf('assessments').push({ ...rowsOf('assessments')[2], id: 'only-in-file', title: 'Тек файлда' })
    rowsOf('catalogueMeta')[0].value = 'файлдағы'
    parsed.export.data.tables.find((t) => t.name === 'assessments')!.rowCount++

    const before = await dumpDatabase(db())
    const plan = await planMerge(parsed.export)
    expect(await dumpDatabase(db())).toEqual(before) // planning writes nothing
    expect(plan.tables.assessments).toEqual({ added: 1, same: 1, keptHere: 1, takenFromFile: 1, combined: 0 })
    expect(plan.tables.threads).toEqual({ added: 0, same: 0, keptHere: 0, takenFromFile: 0, combined: 1 })
    expect(plan.tables.catalogue.keptHere).toBe(1)
    expect(plan.tables.catalogueSections.keptHere).toBe(1)
    expect(plan.tables.reviews.keptHere).toBe(1)
    expect(plan.tables.catalogueMeta.keptHere).toBe(1)
    expect(plan.tables.versions.same).toBe(1)
    expect(plan.tables.pictures.same).toBe(3)
    expect(plan.collisions.map((c) => [c.titleHere, c.titleInFile, c.kept]).sort((a, b) => a[2].localeCompare(b[2]))).toEqual([
      [list[1].title, 'Файлда жаңарақ', 'file'],
      ['Осында жаңартылған', list[0].title, 'here'],
    ])

    const progress: number[] = []
    const written = await restoreDatabase(parsed.export, 'merge', (p) => progress.push(p.done))
    expect(written).toBe(3) // the file's newer assessment, the one only in the file, the merged thread
    expect(progress.at(-1)).toBe(parsed.export.data.data.reduce((n, t) => n + t.rows.length, 0))

    expect((await db().assessments.get(list[0].id))?.title).toBe('Осында жаңартылған')
    expect((await db().assessments.get(list[1].id))?.title).toBe('Файлда жаңарақ')
    expect((await db().assessments.get('only-in-file'))?.title).toBe('Тек файлда')
    const merged = (await db().table('threads').get('th1')) as Thread
    expect(merged.comments.map((c) => c.id)).toEqual(['c1', 'mentor2', 'reply'])
    expect((await db().catalogue.get('obj1'))?.text).toBe('өңделген мақсат')
    expect((await db().catalogueSections.get('sec1'))?.title).toBe('Жасуша (өңделген)')
    expect(await db().table('reviews').get('r1')).toMatchObject({ verdict: 'approve', finishedAt: T0 + 500 })
    expect((await db().catalogueMeta.get('shippedVersion'))?.value).toBe('осындағы')
    const picture = await db().pictures.toCollection().first()
    expect(picture?.blob).toBeInstanceOf(Blob)

    // the same file merged again changes nothing
    const after = await dumpDatabase(db())
    await restoreDatabase(parsed.export, 'merge')
    expect(await dumpDatabase(db())).toEqual(after)
  })

  it('writes a large restore in several slices, reporting progress after each', async () => {
    await seedLibrary(db(), 120)
    const parsed = await backupNow()
    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
    const seen: number[] = []
    await restoreDatabase(parsed.export, 'replace', (p) => seen.push(p.done))
    // 120 assessments and 120 pictures at 50 rows a slice or less: several reports, rising to the total
    expect(seen.length).toBeGreaterThan(5)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(241)
    expect(await db().assessments.count()).toBe(120)
  }, 30_000)

  it('is all-or-nothing also when merging: a refused row in the last slice undoes the earlier slices', async () => {
    await seedLibrary(db(), 120)
    const parsed = await backupNow()
    await db().assessments.clear()
    const before = await dumpDatabase(db())
    const broken = structuredClone(parsed.export)
    broken.data.data.at(-1)!.rows.push({ value: 'no key' })
    await expect(restoreDatabase(broken, 'merge')).rejects.toThrow()
    expect(await dumpDatabase(db())).toEqual(before)
  }, 30_000)
})
