import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { compareCodes, codeStartsWith, isValidCode, normalizeCode } from '@/domain/catalogue/codes'
import { fold, foldedTerms, tokens } from '@/domain/catalogue/fold'
import { highlightCode, highlightWords } from '@/domain/catalogue/highlight'
import { CatalogueSearch } from '@/domain/catalogue/search'
import { convertCurriculum } from '@/exchange/shippedCatalogue'

const dir = 'src/data/curriculum'
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))]),
)
const shipped = convertCurriculum(files, 0)

describe('folding', () => {
  it('maps every Kazakh letter to the Russian one typed in its place, one char for one', () => {
    expect(fold('ӘҒҚҢӨҰҮҺІ әғқңөұүһі Ёж')).toBe('агкноуухи агкноуухи еж')
    expect(fold('Қолдану').length).toBe('Қолдану'.length)
  })
  it('keeps codes whole and splits sentence dots', () => {
    expect(foldedTerms('Қолдану 7.2.1.1, 5.L3. Соңы.')).toEqual(['колдану', '7.2.1.1', '5.l3', 'соны'])
    expect(tokens('7. физика').map((t) => t.text)).toEqual(['7.', 'физика'])
  })
})

describe('codes', () => {
  it('accepts the code shapes of the sources and rejects others', () => {
    for (const c of ['7.2.2.13', '5.L3', '5.UE6', '3.1.3.3**', '5.Т1', '7. 2. 1. 1']) expect(isValidCode(c), c).toBe(true)
    for (const c of ['', 'abc', '13.1.1', '7', '7..1', '=1+1', '7.2.1.1.1.1.1']) expect(isValidCode(c), c).toBe(false)
    expect(normalizeCode(' 7. 2. 1. 1. ')).toBe('7.2.1.1')
  })
  it('orders codes numerically per segment and matches prefixes', () => {
    expect(['7.2.2.13', '7.2.2.9', '7.10.1.1', '7.2.2.12'].sort(compareCodes)).toEqual(['7.2.2.9', '7.2.2.12', '7.2.2.13', '7.10.1.1'])
    expect(codeStartsWith('5.L3', '5.l')).toBe(true)
    expect(codeStartsWith('7.3.1.1', '7.2')).toBe(false)
  })
})

describe('search over the shipped catalogue', () => {
  const search = new CatalogueSearch(shipped.objectives)

  it('finds the same Kazakh objective typed with Kazakh or Russian letters', () => {
    const kazakh = search.search('қолдану').map((h) => h.objective.id)
    const russian = search.search('колдану').map((h) => h.objective.id)
    expect(kazakh.length).toBeGreaterThan(0)
    expect(russian).toEqual(kazakh)
    expect(search.search('ҚОЛДАН').map((h) => h.objective.id)).toEqual(search.search('колдан').map((h) => h.objective.id))
  })

  it('tolerates a typo and ranks the exact word above a fuzzy one', () => {
    const hits = search.search('тығыздықтың', { language: 'kk' })
    const typo = search.search('тыгыздыктын', { language: 'kk' })
    const typo2 = search.search('тыгыздфктын', { language: 'kk' })
    expect(hits[0].objective.code).toBe('7.2.2.13')
    expect(typo[0].objective.code).toBe('7.2.2.13')
    expect(typo2.map((h) => h.objective.code)).toContain('7.2.2.13')
  })

  it('finds Russian words with case and a typo', () => {
    const hits = search.search('ПЛОТНОСТ', { language: 'ru' })
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => h.objective.language === 'ru')).toBe(true)
    expect(search.search('платность', { language: 'ru' }).length).toBeGreaterThan(0)
  })

  it('searches by code prefix without fuzziness', () => {
    const hits = search.search('7.2', { subject: 'physics' })
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => h.objective.code.startsWith('7.2'))).toBe(true)
    const short = search.search('5.L')
    expect(short.length).toBeGreaterThan(0)
    expect(short.every((h) => h.objective.code.toUpperCase().startsWith('5.L'))).toBe(true)
    expect(search.search('7.2.2.13')[0].objective.code).toBe('7.2.2.13')
  })

  it('ranks the preferred language first and filters by grade, term and hidden', () => {
    const hits = search.search('7.1.2', {}, 'ru')
    expect(hits[0].objective.language).toBe('ru')
    expect(search.search('7.1', { term: 2 }).length).toBe(0)
    const one = search.search('7.2.2.13', { language: 'kk' })[0].objective
    search.upsert({ ...one, hidden: true })
    expect(search.search('7.2.2.13', { language: 'kk' }).map((h) => h.objective.id)).not.toContain(one.id)
    expect(search.search('7.2.2.13', { language: 'kk', includeHidden: true }).map((h) => h.objective.id)).toContain(one.id)
  })

  it('falls back to any word when no entry has all of them', () => {
    expect(search.search('тығыздық zzzzqqq').length).toBeGreaterThan(0)
  })
})

describe('highlighting', () => {
  it('marks the matched words of Kazakh text, found by their folded form', () => {
    const segments = highlightWords('Тығыздықтың физикалық мағынасын түсіндіру', ['тыгыздыктын'])
    expect(segments).toEqual([
      { text: 'Тығыздықтың', match: true },
      { text: ' физикалық мағынасын түсіндіру', match: false },
    ])
    expect(highlightCode('7.2.2.13', ['7.2'])).toEqual([
      { text: '7.2', match: true },
      { text: '.2.13', match: false },
    ])
  })
})
