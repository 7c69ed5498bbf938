/**
 * The shared reference files live in the repository (tests/fixtures/shared, copied from the project's shared
 * folder), and every copy that ships or feeds a test is the same file, byte for byte. Nothing here needs
 * anything outside the repository, so nothing is skipped in a plain clone.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const at = (dir: string) => resolve(process.cwd(), dir)
const jsonFiles = (dir: string) => readdirSync(at(dir)).filter((n) => n.endsWith('.json')).sort()

/** Worked examples that are not published documents: built on real objectives of the shared curriculum. */
const BUILT_FROM_CURRICULUM = ['soch-en-english-6-t1.json', 'soch-kk-kazakh-lang-5-t4.json']

const COPIES: { source: string; copy: string; what: string; also?: string[] }[] = [
  { source: 'tests/fixtures/shared/fixtures', copy: 'src/data/examples', what: 'worked examples shipped with the app', also: BUILT_FROM_CURRICULUM },
  { source: 'tests/fixtures/shared/fixtures', copy: 'tests/unit/derived/fixtures', what: 'documents of the derived-table and checks tests' },
  { source: 'tests/fixtures/shared/curriculum', copy: 'src/data/curriculum', what: 'starter catalogue shipped with the app' },
]

describe('copies of the shared reference files', () => {
  it('are in the repository', () => {
    expect(jsonFiles('tests/fixtures/shared/fixtures').length).toBeGreaterThanOrEqual(8)
    expect(jsonFiles('tests/fixtures/shared/curriculum').length).toBeGreaterThanOrEqual(11)
  })

  for (const { source, copy, what, also = [] } of COPIES) {
    it(`${copy} (${what}) holds exactly the files of ${source}, unchanged`, () => {
      expect(jsonFiles(copy)).toEqual([...jsonFiles(source), ...also].sort())
      for (const name of jsonFiles(source)) {
        expect(readFileSync(at(`${copy}/${name}`), 'utf8'), name).toBe(readFileSync(at(`${source}/${name}`), 'utf8'))
      }
    })
  }

  it.each(BUILT_FROM_CURRICULUM)('%s takes its objectives, word for word, from the shared curriculum', (name) => {
    const example = JSON.parse(readFileSync(at(`src/data/examples/${name}`), 'utf8')) as { objectives: { code: string; text: string }[]; notes: string }
    const published = jsonFiles('tests/fixtures/shared/curriculum').flatMap((n) => {
      const file = JSON.parse(readFileSync(at(`tests/fixtures/shared/curriculum/${n}`), 'utf8')) as { sections: { objectives: { code: string; text: string }[] }[] }
      return file.sections.flatMap((s) => s.objectives.map((o) => `${o.code} ${o.text}`))
    })
    expect(example.objectives.length).toBeGreaterThan(0)
    for (const o of example.objectives) expect(published).toContain(`${o.code} ${o.text}`)
    expect(example.notes).toMatch(/built for Bagalau/i)
  })
})
