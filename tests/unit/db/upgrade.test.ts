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
import { createAssessment } from '@/domain/factories'

const fixturePath = (v: number) => resolve(process.cwd(), `tests/unit/db/fixtures/v${v}.json`)
const currentKeys = Object.keys(createAssessment({ kind: 'unit' })).sort()

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
      current.close()
      await Dexie.delete(name)
    })
  }
})
