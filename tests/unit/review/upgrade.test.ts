/** v2 → v3: an assessment sent for review before versions were kept gets its content frozen as version 1. */
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { BagalauDatabase } from '@/db/database'
import { SCHEMA_VERSIONS } from '@/db/schema'
import type { Assessment } from '@/domain/model'
import { contentHash } from '@/domain/review/hash'
import type { Version } from '@/domain/review/model'

describe('review upgrade (v3)', () => {
  it('freezes every assessment that already left the draft state, and only those', async () => {
    const rows = JSON.parse(readFileSync('tests/unit/db/fixtures/v2.json', 'utf8')) as Record<string, Assessment[]>
    rows.assessments[0] = { ...rows.assessments[0], status: 'submitted' }
    const old = new Dexie('review-upgrade')
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 2)) old.version(v.version).stores(v.stores)
    await old.open()
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list)
    old.close()

    const current = new BagalauDatabase('review-upgrade')
    await current.open()
    const versions = await current.table<Version>('versions').toArray()
    expect(versions.map((v) => [v.assessmentId, v.number])).toEqual([[rows.assessments[0].id, 1]])
    expect(versions[0].hash).toBe(contentHash(rows.assessments[0]))
    expect(await current.table('threads').count()).toBe(0)
    current.close()
    await Dexie.delete('review-upgrade')
  })
})
