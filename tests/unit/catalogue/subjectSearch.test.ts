import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { CatalogueSearch } from '@/domain/catalogue/search'
import type { CatalogueObjective } from '@/domain/catalogue/model'
import { convertCurriculum } from '@/exchange/shippedCatalogue'

const dir = 'src/data/curriculum'
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))]),
)
const shipped = convertCurriculum(files, 0)
const history = shipped.objectives.find((o) => o.subjectNames.kk === 'Қазақстан тарихы')!.subject
const kazakhT2 = shipped.objectives.find((o) => o.subjectNames.kk?.startsWith('Қазақ тілі'))!.subject
const subjectsOf = (hits: { objective: CatalogueObjective }[]) => new Set(hits.map((h) => h.objective.subject))

describe('a search that names a subject, before a subject is chosen', () => {
  const search = new CatalogueSearch(shipped.objectives)

  it('history texts do say «қазақ»: a plain word still finds them', () => {
    expect(subjectsOf(search.search('қазақ'))).toContain(history)
  })

  it('«Қазақ тілі» in kk, ru or en returns the Kazakh-language objectives and no history ones', () => {
    for (const query of ['Қазақ тілі', 'казак тили', 'Казахский язык', 'Kazakh language']) {
      const hits = search.search(query)
      expect(hits.length, query).toBeGreaterThan(0)
      expect([...subjectsOf(hits)], query).toEqual([kazakhT2])
    }
  })

  it('matches a name the rows carry in full, and the remaining words in that subject only', () => {
    const whole = search.search('Қазақ тілі мен әдебиеті (Т2)')
    expect([...subjectsOf(whole)]).toEqual([kazakhT2])
    const physics = search.search('физика')
    expect(physics.length).toBe(shipped.objectives.filter((o) => o.subjectNames.kk === 'Физика').length)
    const word = search.search('Physics тығыздық', {}, 'kk')
    expect(word.length).toBeGreaterThan(0)
    expect(word.every((h) => h.objective.subjectNames.en === 'Physics' && h.terms.length > 0)).toBe(true)
  })

  it('prefers a Kazakh language subject of its own name when the catalogue holds one, and forgets removed entries', () => {
    const own: CatalogueObjective = { ...shipped.objectives.find((o) => o.subject === kazakhT2)!, id: 'own-1', subject: 'kazakh language', subjectNames: { kk: 'Қазақ тілі' }, origin: 'own' }
    const withOwn = new CatalogueSearch([...shipped.objectives, own])
    expect(subjectsOf(withOwn.search('Қазақ тілі'))).toEqual(new Set([kazakhT2, 'kazakh language']))
    expect(subjectsOf(withOwn.search('Қазақ тілі')).has(history)).toBe(false)
    withOwn.remove('own-1')
    expect([...subjectsOf(withOwn.search('Қазақ тілі'))]).toEqual([kazakhT2])
  })

  it('keeps to the chosen subject: the words are then looked for in its texts', () => {
    const hits = search.search('қазақ', { subject: history })
    expect(hits.length).toBeGreaterThan(0)
    expect([...subjectsOf(hits)]).toEqual([history])
    expect(search.search('Қазақ тілі', { subject: history }).every((h) => h.objective.subject === history)).toBe(true)
  })
})
