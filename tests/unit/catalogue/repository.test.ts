import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { catalogueRepo } from '@/db/catalogue'
import { BagalauDatabase, db, resetDbForTests, DATABASE_NAME } from '@/db/database'
import { SCHEMA_VERSIONS } from '@/db/schema'
import { importWrites, planImport } from '@/domain/catalogue/importPlan'
import { validateRow } from '@/domain/catalogue/rows'
import { SubjectRegistry } from '@/domain/catalogue/subjects'
import { convertCurriculum, loadShippedCatalogue } from '@/exchange/shippedCatalogue'
import { parseTable } from '@/exchange/catalogueCsv'

const dir = 'src/data/curriculum'
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))]),
)

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})
afterEach(() => resetDbForTests())

const defaults = { subject: 'Физика', grade: 7, term: 2, language: 'kk' as const, section: '' }

async function importTsv(tsv: string, choice: 'skip' | 'update' = 'skip') {
  const subjects = new SubjectRegistry()
  const existing = await catalogueRepo.listObjectives()
  for (const o of existing) subjects.register(o.subject, o.subjectNames)
  const plan = planImport(parseTable(tsv).rows.map((r) => validateRow(r, defaults)), existing, subjects)
  const writes = importWrites(plan, choice, subjects, 1)
  await catalogueRepo.applyImport(writes)
  return { plan, writes }
}

describe('shipped catalogue', () => {
  it('loads every bundled file lazily, validated, with the sources kept', async () => {
    const shipped = await loadShippedCatalogue(0)
    expect(shipped.objectives.length).toBe(convertCurriculum(files, 0).objectives.length)
    expect(shipped.objectives.length).toBeGreaterThan(150)
    const density = shipped.objectives.find((o) => o.code === '7.2.2.13' && o.language === 'kk')
    expect(density?.subject).toBe('physics')
    expect(density?.source).toContain('http')
    expect(new Set(shipped.objectives.map((o) => o.id)).size).toBe(shipped.objectives.length)
  })

  it('rejects a bundled file of the wrong shape', () => {
    expect(() => convertCurriculum({ bad: { ...files['math-5-ru'], grade: 'five' } })).toThrow()
  })

  it('upgrades to newer shipped data keeping own entries and hidden marks', async () => {
    const v1 = convertCurriculum(files, 0)
    expect(await catalogueRepo.replaceShipped(v1)).toBe(true)
    expect(await catalogueRepo.replaceShipped(v1)).toBe(false)
    await importTsv('code\ttext\n7.9.9.1\tменің мақсатым')
    const hiddenId = v1.objectives[0].id
    await catalogueRepo.setHidden('objective', hiddenId, true)
    const changed = structuredClone(files)
    changed['physics-7-kk'].sections[0].objectives.push({ code: '7.1.1.2', text: 'жаңа мақсат' })
    const v2 = convertCurriculum(changed, 0)
    expect(v2.version).not.toBe(v1.version)
    expect(await catalogueRepo.replaceShipped(v2)).toBe(true)
    const all = await catalogueRepo.listObjectives()
    expect(all.filter((o) => o.origin === 'shipped').length).toBe(v1.objectives.length + 1)
    expect(all.find((o) => o.code === '7.9.9.1')?.origin).toBe('own')
    expect(all.find((o) => o.id === hiddenId)?.hidden).toBe(true)
    expect(await catalogueRepo.shippedVersion()).toBe(v2.version)
  })
})

describe('import into the database', () => {
  it('adds new rows, skips or updates duplicates, never changes a shipped entry', async () => {
    await catalogueRepo.replaceShipped(convertCurriculum(files, 0))
    const before = await catalogueRepo.listObjectives()
    const shippedDensity = before.find((o) => o.code === '7.2.2.13' && o.language === 'kk')!
    const tsv = 'Коды\tОқу мақсаты\n7.2.2.13\tтығыздықты басқаша түсіндіру\n7.2.9.1\tжаңа мақсат'
    const skipped = await importTsv(tsv, 'skip')
    expect(skipped.writes.put.map((o) => o.code)).toEqual(['7.2.9.1'])
    await importTsv(tsv, 'update')
    const after = await catalogueRepo.listObjectives()
    const density = after.filter((o) => o.code === '7.2.2.13' && o.language === 'kk')
    expect(density.find((o) => o.origin === 'shipped')).toEqual({ ...shippedDensity, hidden: true })
    expect(density.find((o) => o.origin === 'own')?.text).toBe('тығыздықты басқаша түсіндіру')
    expect(after.filter((o) => o.code === '7.2.9.1')).toHaveLength(1)
  })

  it('writes nothing when any row of the import fails', async () => {
    const { writes } = await importTsv('code\ttext\n7.1.1.1\tбір')
    const good = { ...writes.put[0], id: 'fresh-id', code: '7.1.1.5' }
    const broken = { ...writes.put[0], id: undefined as unknown as string }
    await expect(catalogueRepo.applyImport({ put: [good, broken], hide: [] })).rejects.toThrow()
    expect((await catalogueRepo.listObjectives()).map((o) => o.id)).not.toContain('fresh-id')
  })

  it('refuses to write shipped rows as own edits', async () => {
    await catalogueRepo.replaceShipped(convertCurriculum(files, 0))
    const shipped = (await catalogueRepo.listObjectives())[0]
    await expect(catalogueRepo.putOwnObjective({ ...shipped, text: 'changed' })).rejects.toThrow()
    await expect(catalogueRepo.putOwnObjective({ ...shipped, origin: 'own', text: 'changed' })).rejects.toThrow()
    await catalogueRepo.deleteOwnObjective(shipped.id)
    expect(await db().catalogue.get(shipped.id)).toEqual(shipped)
  })
})

describe('schema v1 → v2', () => {
  it('completes own v1 catalogue rows and drops shipped ones', async () => {
    const name = 'catalogue-v1-upgrade'
    const old = new Dexie(name)
    old.version(1).stores(SCHEMA_VERSIONS[0].stores)
    await old.open()
    await old.table('catalogue').bulkAdd([
      { id: 'a', code: '7.1.1.1', subject: 'Физика', grade: 7, term: 1, origin: 'own', text: 'мақсат', language: 'kk' },
      { id: 'b', code: '7.1.1.2', subject: 'Физика', grade: 7, term: 1, origin: 'shipped' },
    ])
    old.close()
    const current = new BagalauDatabase(name)
    const rows = await current.catalogue.toArray()
    expect(rows).toEqual([
      { id: 'a', code: '7.1.1.1', text: 'мақсат', section: '', language: 'kk', subject: 'physics', subjectNames: { kk: 'Физика' }, grade: 7, term: 1, origin: 'own', hidden: false, source: '', order: 0, updatedAt: 0 },
    ])
    current.close()
    await Dexie.delete(name)
  })
})
