import { describe, expect, it, vi } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { foldedTerms } from '@/domain/catalogue/fold'
import { highlightWords } from '@/domain/catalogue/highlight'
import type { CatalogueObjective } from '@/domain/catalogue/model'
import { scanCatalogue } from '@/domain/catalogue/scan'
import { CatalogueSearch, type CatalogueHit } from '@/domain/catalogue/search'
import { convertCurriculum } from '@/exchange/shippedCatalogue'

const dir = 'src/data/curriculum'
const shipped = convertCurriculum(
  Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))])),
  0,
).objectives
const index = new CatalogueSearch(shipped)
const ALL = 100_000

const ids = (hits: CatalogueHit[]) => hits.map((h) => h.objective.id).sort()
const codes = (hits: CatalogueHit[]) => hits.map((h) => h.objective.code)
/** Every word and code of the catalogue as folded for the index. */
const words = [...new Set(shipped.flatMap((o) => [o.code, o.text, o.section].flatMap(foldedTerms)))]

// a budget for a busy machine (thousands of queries against the shipped catalogue), not an expectation
vi.setConfig({ testTimeout: 60_000 })

describe('the scan that answers while the index is built', () => {
  it('finds exactly the entries and marks exactly the words the index does for the first letters typed', () => {
    const starts = [...new Set(words.flatMap((w) => [w.slice(0, 1), w.slice(0, 2), w.slice(0, 3)]))]
    expect(starts.length).toBeGreaterThan(500)
    for (const q of starts) {
      const byIndex = new Map(index.search(q, {}, undefined, ALL).map((h) => [h.objective.id, [...h.terms].sort()]))
      const scanned = scanCatalogue(shipped, q, {}, undefined, ALL)
      expect(ids(scanned), q).toEqual([...byIndex.keys()].sort())
      for (const h of scanned) expect([...h.terms].sort(), q).toEqual(byIndex.get(h.objective.id))
    }
  })

  it('needs every word when some entry has all of them, any word otherwise, as the index does', () => {
    for (let i = 0; i < words.length; i += 5) {
      const q = `${words[i].slice(0, 3)} ${words[(i * 7 + 3) % words.length].slice(0, 3)}`
      expect(ids(scanCatalogue(shipped, q, {}, undefined, ALL)), q).toEqual(ids(index.search(q, {}, undefined, ALL)))
    }
    expect(scanCatalogue(shipped, 'тығыздық zzzzqqq').length).toBeGreaterThan(0)
  })

  it('finds a subset of what the index finds for whole words (the index also forgives typos)', () => {
    for (const q of words) {
      const byIndex = new Set(ids(index.search(q, {}, undefined, ALL)))
      const scanned = ids(scanCatalogue(shipped, q, {}, undefined, ALL))
      expect(scanned.length, q).toBeGreaterThan(0)
      expect(scanned.filter((id) => !byIndex.has(id)), q).toEqual([])
    }
    expect(scanCatalogue(shipped, 'тыгыздфктын')).toEqual([])
  })

  it('ranks like the index for the picker’s query, with Kazakh words typed in Russian letters marked', () => {
    const filter = { subject: 'physics', grade: 7, term: null, language: 'kk' as const }
    const scanned = scanCatalogue(shipped, 'тыгыздык', filter, 'kk', 150)
    expect(codes(scanned)).toEqual(codes(index.search('тыгыздык', filter, 'kk', 150)))
    const first = scanned[0]
    expect(first.objective.code).toBe('7.2.2.13')
    expect(highlightWords(first.objective.text, first.terms)[0]).toEqual({ text: 'тығыздықтың', match: true })
  })

  it('matches codes from their start only, and keeps to the filter and hidden entries', () => {
    const prefix = scanCatalogue(shipped, '7.2', { subject: 'physics' })
    expect(prefix.length).toBeGreaterThan(3)
    expect(prefix.every((h) => h.objective.code.startsWith('7.2') && h.codePrefixes[0] === '7.2')).toBe(true)
    expect(scanCatalogue(shipped, '2.13')).toEqual([])
    expect(codes(scanCatalogue(shipped, '7.2.2.13'))).toContain('7.2.2.13')
    const ru = scanCatalogue(shipped, 'ПЛОТНОСТ', { language: 'ru' })
    expect(ru.length).toBeGreaterThan(0)
    expect(ru.every((h) => h.objective.language === 'ru')).toBe(true)
    const one = scanCatalogue(shipped, '7.2.2.13', { language: 'kk' })[0].objective
    const withHidden = shipped.map((o) => (o.id === one.id ? { ...o, hidden: true } : o))
    expect(ids(scanCatalogue(withHidden, '7.2.2.13', { language: 'kk' }))).not.toContain(one.id)
    expect(ids(scanCatalogue(withHidden, '7.2.2.13', { language: 'kk', includeHidden: true }))).toContain(one.id)
  })

  it('puts the preferred language first', () => {
    expect(scanCatalogue(shipped, '7.1.2', {}, 'ru')[0].objective.language).toBe('ru')
    expect(scanCatalogue(shipped, '7.1.2', {}, 'kk')[0].objective.language).toBe('kk')
  })
})

describe('the index built a slice at a time', () => {
  const queries = ['қолдану', 'колдан', 'тыгыздфктын', 'ПЛОТНОСТ', '7.2', '5.L', 'тығыздық zzzzqqq', 'measure the']

  it('answers exactly as the index built at once: entries, order, scores and marked words', async () => {
    const built = await CatalogueSearch.build(shipped)
    expect(built.size).toBe(shipped.length)
    for (const q of queries) {
      const expected = index.search(q, {}, 'kk')
      expect(expected.length, q).toBeGreaterThan(0)
      expect(built.search(q, {}, 'kk'), q).toEqual(expected)
    }
  })

  it('gives the page back between slices and is not done before the last one', async () => {
    const some: CatalogueObjective[] = shipped.slice(0, 40)
    let pauses = 0
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let done = false
    const building = CatalogueSearch.build(some, { sliceMs: 0, pause: () => (++pauses > 20 ? held : Promise.resolve()) }).then((built) => {
      done = true
      return built
    })
    // the 21st pause is held: once it is reached, the build cannot be done yet
    await vi.waitFor(() => expect(pauses).toBe(21))
    expect(done).toBe(false)
    release()
    const built = await building
    // a slice of 0 ms still indexes one entry, so each entry had its own slice
    expect(pauses).toBe(some.length)
    expect(built.size).toBe(some.length)
  })
})
