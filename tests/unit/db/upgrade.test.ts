import { resolve } from 'node:path'
/**
 * Every schema version must upgrade real data of every earlier version. For each version there is a
 * fixture `fixtures/v<N>.json` with rows as that version stored them; the test writes them with that
 * version's schema, opens the current database and checks that every row reads back in the current shape.
 */
import { readFileSync, existsSync } from 'node:fs'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { BagalauDatabase } from '@/db/database'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/db/schema'
import { createAssessment, createCriterion } from '@/domain/factories'
import { contentHash } from '@/domain/review/hash'
import { findingsOf, reviewHistory } from '@/domain/review/history'
import type { ReviewRow, Thread, Version } from '@/domain/review/model'
import type { VersionSummary } from '@/domain/review/summary'
import { LIMITS } from '@/domain/shapes/limits'
import { valueAt } from '@/domain/anchors'
import { TABLE_SHAPES } from '@/domain/shapes/tables'
import * as v from 'valibot'

const fixturePath = (v: number) => resolve(process.cwd(), `tests/unit/db/fixtures/v${v}.json`)
const currentKeys = Object.keys(createAssessment({ kind: 'unit' })).sort()

/** The current shape of every table: after an upgrade every row must be in it (domain/shapes). */
const SHAPES = TABLE_SHAPES

async function expectCurrentShapes(database: Dexie): Promise<void> {
  for (const table of database.tables) {
    expect(Object.keys(SHAPES), `a shape for table ${table.name}`).toContain(table.name)
    for (const row of await table.toArray()) {
      const result = v.safeParse(SHAPES[table.name], row)
      expect(result.success ? '' : `${table.name}: ${JSON.stringify(result.issues[0].path?.map((p) => p.key))} ${result.issues[0].message}`).toBe('')
    }
  }
}

async function writeAtVersion(name: string, version: number, rows: Record<string, unknown[]>): Promise<void> {
  const old = new Dexie(name)
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = old.version(v.version).stores(v.stores)
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
  await old.open()
  for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list)
  old.close()
}

describe('database upgrades', () => {
  it('has a fixture for every schema version', () => {
    for (const { version } of SCHEMA_VERSIONS) expect(existsSync(fixturePath(version)), `fixtures/v${version}.json`).toBe(true)
  })

  it('declares versions in ascending order', () => {
    const versions = SCHEMA_VERSIONS.map((s) => s.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1])
  })

  for (const { version } of SCHEMA_VERSIONS) {
    it(`opens data written by version ${version} in the current version`, async () => {
      const rows = JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Record<string, { id: string }[]>
      const name = `upgrade-from-v${version}`
      await writeAtVersion(name, version, rows)
      const current = new BagalauDatabase(name)
      await current.open()
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION)
      const assessments = await current.assessments.toArray()
      expect(assessments.map((a) => a.id).sort()).toEqual(rows.assessments.map((a) => a.id).sort())
      for (const a of assessments) expect(Object.keys(a).sort()).toEqual(currentKeys)
      const kk = assessments.find((a) => a.language === 'kk')
      if (kk) expect(JSON.stringify(kk)).toContain('Ә ғ қ ң ө ұ ү һ і')
      await expectCurrentShapes(current)
      for (const table of ['versions', 'threads', 'reviews'] as const)
        if (rows[table]) expect((await current.table(table).toArray()).length, table).toBe(rows[table].length)
      current.close()
      await Dexie.delete(name)
    })
  }

  it('v4 → v5: a working copy is cut to the limits, frozen versions keep their content and hash and gain rubricEdits', async () => {
    const rows = JSON.parse(readFileSync(fixturePath(4), 'utf8')) as Record<string, Record<string, unknown>[]>
    const long = createCriterion(5, 'ә'.repeat(LIMITS.text + 500))
    const working = rows.assessments[0] as { criteria: unknown[]; title: string }
    working.criteria.push(long)
    working.title = 'Т'.repeat(LIMITS.short + 1)
    const name = 'upgrade-v4-limits'
    await writeAtVersion(name, 4, rows)
    const current = new BagalauDatabase(name)
    await current.open()
    const a = (await current.assessments.get('v1AssessmentKk01'))!
    expect(a.criteria.find((c) => c.id === long.id)?.text).toHaveLength(LIMITS.text)
    expect(a.title).toHaveLength(LIMITS.short)
    const version = (await current.table('versions').get('v1AssessmentKk01@1')) as { hash: string; content: Parameters<typeof contentHash>[0] }
    expect(version.content.rubricEdits).toEqual({})
    expect(contentHash(version.content)).toBe(version.hash)
    const round = (await current.table('reviews').get('v1AssessmentKk01@1')) as { version: { content: { rubricEdits: unknown } } }
    expect(round.version.content.rubricEdits).toEqual({})
    await expectCurrentShapes(current)
    current.close()
    await Dexie.delete(name)
  })

  it('v5 → v6: tasks gain empty teacher-only material and assessments no variant; frozen versions keep their hash', async () => {
    const rows = JSON.parse(readFileSync(fixturePath(5), 'utf8')) as Record<string, Record<string, unknown>[]>
    const name = 'upgrade-v5-teacher-material'
    await writeAtVersion(name, 5, rows)
    const current = new BagalauDatabase(name)
    await current.open()
    const a = (await current.assessments.get('v1AssessmentKk01'))!
    expect(a.variant).toBeNull()
    expect(a.tasks.map((t) => [t.script, t.teacherNotes])).toEqual([['', '']])
    const version = (await current.table('versions').get('v1AssessmentKk01@1')) as { hash: string; content: Parameters<typeof contentHash>[0] }
    expect(version.content.tasks[0].script).toBe('')
    expect(contentHash(version.content)).toBe(version.hash)
    current.close()
    await Dexie.delete(name)
  })

  it('v6 stores a listening script and two variants of one group as written', async () => {
    const rows = JSON.parse(readFileSync(fixturePath(6), 'utf8')) as Record<string, Record<string, unknown>[]>
    const name = 'upgrade-v6-variants'
    await writeAtVersion(name, 6, rows)
    const current = new BagalauDatabase(name)
    await current.open()
    const [one, two] = await current.assessments.bulkGet(['v1AssessmentKk01', 'v6AssessmentKk02'])
    expect(one?.tasks[0].script).toContain('Ә ғ қ ң ө ұ ү һ і')
    expect([one?.variant, two?.variant]).toEqual([{ group: 'v6GroupKk01', number: 1 }, { group: 'v6GroupKk01', number: 2 }])
    current.close()
    await Dexie.delete(name)
  })

  it('v5 → v8: assessments, frozen versions and review rounds gain an empty specEdits, hashes unchanged; v8 keeps the teacher’s wording', async () => {
    const rows = JSON.parse(readFileSync(fixturePath(5), 'utf8')) as Record<string, Record<string, unknown>[]>
    const name = 'upgrade-v5-spec'
    await writeAtVersion(name, 5, rows)
    const current = new BagalauDatabase(name)
    await current.open()
    for (const a of await current.assessments.toArray()) expect(a.specEdits).toEqual({})
    const version = (await current.table('versions').get('v1AssessmentKk01@1')) as { hash: string; content: Parameters<typeof contentHash>[0] }
    expect(version.content.specEdits).toEqual({})
    expect(contentHash(version.content)).toBe(version.hash)
    current.close()
    await Dexie.delete(name)

    const v8 = JSON.parse(readFileSync(fixturePath(8), 'utf8')) as { assessments: { id: string; specEdits: object }[] }
    const kept = 'upgrade-v8-spec'
    await writeAtVersion(kept, 8, v8)
    const db8 = new BagalauDatabase(kept)
    await db8.open()
    const kk = (await db8.assessments.get(v8.assessments[0].id))!
    expect(kk.specEdits).toEqual(v8.assessments[0].specEdits)
    expect(kk.specEdits.purpose).toContain('Ә ғ қ ң ө ұ ү һ і')
    db8.close()
    await Dexie.delete(kept)
  })

  it('v7: a task with parts reads back whole, and a review thread anchored to a part still finds its field', async () => {
    const rows = JSON.parse(readFileSync(fixturePath(7), 'utf8')) as Record<string, Record<string, unknown>[]>
    const name = 'upgrade-v7-parts'
    await writeAtVersion(name, 7, rows)
    const current = new BagalauDatabase(name)
    await current.open()
    const a = (await current.assessments.get('v1AssessmentKk01'))!
    const task = a.tasks.find((t) => t.id === 'task2')!
    expect(task.parts?.map((p) => [p.id, p.type, p.options.length])).toEqual([
      ['part2a', 'multipleChoice', 3],
      ['part2b', 'shortAnswer', 0],
    ])
    expect(task.descriptors.map((d) => d.partId)).toEqual(['part2a', 'part2b'])
    expect(a.tasks.find((t) => t.id === 'task1')).not.toHaveProperty('parts')
    const thread = (await current.table('threads').get('thread2')) as { path: string; quote: string }
    expect(valueAt(a, thread.path)).toBe(thread.quote)
    current.close()
    await Dexie.delete(name)
  })

  it('v8 → v9: frozen versions gain findings null (not recorded at sending), the history counts them later; v9 keeps recorded findings', async () => {
    const rows = JSON.parse(readFileSync(fixturePath(8), 'utf8')) as Record<string, Record<string, unknown>[]>
    const name = 'upgrade-v8-history'
    await writeAtVersion(name, 8, rows)
    const current = new BagalauDatabase(name)
    await current.open()
    const versions = (await current.table('versions').toArray()) as Version[]
    expect(versions.length).toBeGreaterThan(0)
    for (const ver of versions) {
      expect(ver.findings).toBeNull()
      const counted = findingsOf(ver)
      expect(counted.later).toBe(true)
      expect(counted.at).toBe(ver.createdAt)
      expect(contentHash(ver.content)).toBe(ver.hash)
    }
    const mentorRound = ((await current.table('reviews').toArray()) as ReviewRow[]).find((r) => r.version)
    expect(mentorRound?.version?.findings).toBeNull()
    current.close()
    await Dexie.delete(name)

    const v9 = JSON.parse(readFileSync(fixturePath(9), 'utf8')) as { versions: Version[] }
    const kept = 'upgrade-v9-history'
    await writeAtVersion(kept, 9, v9 as unknown as Record<string, unknown[]>)
    const db9 = new BagalauDatabase(kept)
    await db9.open()
    const ver = (await db9.table('versions').get(v9.versions[0].id)) as Version
    expect(ver.findings).toEqual(v9.versions[0].findings)
    expect(findingsOf(ver).later).toBe(false)
    db9.close()
    await Dexie.delete(kept)
  })

  it('v11 → v12: every frozen version gains its summary (findings, the suggestions it holds), and the history read from the summaries equals the one read from the versions', async () => {
    const rows = JSON.parse(readFileSync(fixturePath(11), 'utf8')) as { versions: Version[]; threads: Thread[] } & Record<string, unknown[]>
    // a second version that took the mentor's suggestion on the descriptor (thread1, started on version 1)
    const [v1] = rows.versions
    const thread = rows.threads[0]
    const content = { ...v1.content, tasks: v1.content.tasks.map((t) => ({ ...t, descriptors: t.descriptors.map((d) => (thread.path.endsWith(`/${d.id}/text`) ? { ...d, text: thread.suggestion! } : d)) })) }
    const v2: Version = { ...v1, id: `${v1.assessmentId}@2`, number: 2, content, hash: contentHash(content), createdAt: v1.createdAt + 1000, findings: null }
    const name = 'upgrade-v11-summaries'
    await writeAtVersion(name, 11, { ...rows, versions: [v1, v2] })
    const current = new BagalauDatabase(name)
    await current.open()
    const summaries = (await current.table('versionSummaries').toArray()) as VersionSummary[]
    expect(summaries.map((s) => [s.id, s.applied])).toEqual([[v1.id, []], [v2.id, [thread.id]]])
    expect(JSON.stringify(summaries)).not.toContain(v1.content.title)
    const threads = rows.threads as Thread[]
    const fromVersions = reviewHistory({ versions: [v1, v2], verdicts: [], threads })
    const fromSummaries = reviewHistory({ versions: summaries, verdicts: [], threads })
    expect(fromSummaries).toEqual(fromVersions)
    expect(fromSummaries[0].suggestionsApplied).toBe(1)
    current.close()
    await Dexie.delete(name)
  })
})
