/** The objective-picking rule, without the dialog: what is offered, what cannot be picked again, what "add" takes. */
import { describe, expect, it } from 'vitest'
import type { CatalogueObjective } from '@/domain/catalogue/model'
import { browseObjectives, isAlreadyPicked, objectivesToAdd, pickedCodeSet, pickerFilter, toggleTicked } from '@/domain/catalogue/picking'

function objective(id: string, code: string, over: Partial<CatalogueObjective> = {}): CatalogueObjective {
  return {
    id, code, text: `мақсат ${code}`, section: 'Жасуша', language: 'kk', subject: 'biology', subjectNames: { kk: 'Биология' }, grade: Number(code.split('.')[0]),
    term: Number(code.split('.')[1]), origin: 'shipped', hidden: false, source: '', order: 0, updatedAt: 0, ...over,
  }
}

const catalogue = [
  objective('a', '7.2.1.10'),
  objective('b', '7.2.1.2'),
  objective('c', '7.1.1.1'),
  objective('d', '8.2.1.1'),
  objective('e', '7.2.1.3', { language: 'ru' }),
  objective('f', '7.2.1.4', { subject: 'physics' }),
  objective('g', '7.2.1.5', { hidden: true }),
  objective('h', '7.0.1.1', { term: null }),
]
const context = { subject: 'biology', grade: 7, term: 2, language: 'kk' as const }
const codes = (list: CatalogueObjective[]) => list.map((o) => o.code)

describe('what the picker offers', () => {
  it("offers the assessment's subject, grade, term and language, in code order (7.2.1.2 before 7.2.1.10)", () => {
    expect(codes(browseObjectives(catalogue, pickerFilter('assessment', context)))).toEqual(['7.2.1.2', '7.2.1.10'])
  })

  it('widens to every grade and term of the subject, terms in order and an unknown term last', () => {
    expect(codes(browseObjectives(catalogue, pickerFilter('subject', context)))).toEqual(['7.1.1.1', '7.2.1.2', '7.2.1.10', '7.0.1.1', '8.2.1.1'])
  })

  it('offers every subject and language on request, and only the language for a subject the catalogue does not know', () => {
    expect(codes(browseObjectives(catalogue, pickerFilter('all', context)))).toHaveLength(7)
    expect(pickerFilter('assessment', { ...context, subject: null })).toEqual({ language: 'kk' })
    expect(pickerFilter('subject', { ...context, subject: null })).toEqual({ language: 'kk' })
  })

  it('never offers hidden objectives and stops at the limit', () => {
    expect(codes(browseObjectives(catalogue, pickerFilter('all', context)))).not.toContain('7.2.1.5')
    expect(browseObjectives(catalogue, pickerFilter('all', context), 2)).toHaveLength(2)
  })
})

describe('picking', () => {
  const picked = pickedCodeSet([' 7.2.1.2 '])

  it('treats a code already in the assessment as picked, spaces around it aside', () => {
    expect(isAlreadyPicked(picked, catalogue[1])).toBe(true)
    expect(isAlreadyPicked(picked, catalogue[0])).toBe(false)
  })

  it('ticks and unticks, but never ticks an objective already in the assessment', () => {
    expect(toggleTicked([], catalogue[0], picked)).toEqual(['a'])
    expect(toggleTicked(['a'], catalogue[0], picked)).toEqual([])
    expect(toggleTicked(['a'], catalogue[1], picked)).toEqual(['a'])
  })

  it('adds the ticked ones in ticking order, with code, text, catalogue id and section copied', () => {
    expect(objectivesToAdd(['d', 'a'], catalogue[2], picked, catalogue)).toEqual([
      { code: '8.2.1.1', text: 'мақсат 8.2.1.1', catalogueId: 'd', section: 'Жасуша' },
      { code: '7.2.1.10', text: 'мақсат 7.2.1.10', catalogueId: 'a', section: 'Жасуша' },
    ])
  })

  it('adds the highlighted one when none is ticked, unless it is already in the assessment', () => {
    expect(objectivesToAdd([], catalogue[2], picked, catalogue).map((o) => o.catalogueId)).toEqual(['c'])
    expect(objectivesToAdd([], catalogue[1], picked, catalogue)).toEqual([])
    expect(objectivesToAdd([], null, picked, catalogue)).toEqual([])
  })
})
