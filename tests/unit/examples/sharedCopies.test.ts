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

const COPIES = [
  { source: 'tests/fixtures/shared/fixtures', copy: 'src/data/examples', what: 'worked examples shipped with the app' },
  { source: 'tests/fixtures/shared/fixtures', copy: 'tests/unit/derived/fixtures', what: 'documents of the derived-table and checks tests' },
  { source: 'tests/fixtures/shared/curriculum', copy: 'src/data/curriculum', what: 'starter catalogue shipped with the app' },
]

describe('copies of the shared reference files', () => {
  it('are in the repository', () => {
    expect(jsonFiles('tests/fixtures/shared/fixtures').length).toBeGreaterThanOrEqual(8)
    expect(jsonFiles('tests/fixtures/shared/curriculum').length).toBeGreaterThanOrEqual(11)
  })

  for (const { source, copy, what } of COPIES) {
    it(`${copy} (${what}) holds exactly the files of ${source}, unchanged`, () => {
      expect(jsonFiles(copy)).toEqual(jsonFiles(source))
      for (const name of jsonFiles(source)) {
        expect(readFileSync(at(`${copy}/${name}`), 'utf8'), name).toBe(readFileSync(at(`${source}/${name}`), 'utf8'))
      }
    })
  }
})
