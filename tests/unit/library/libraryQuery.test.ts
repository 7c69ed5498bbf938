import { describe, expect, it } from 'vitest'
import { EMPTY_QUERY, isFiltered, queryFromUrl, queryToUrl, sameQuery } from '@/domain/libraryQuery'

describe('library query in the address', () => {
  it('reads every value and writes it back unchanged', () => {
    const url = { q: 'үкімет 7.2', kind: 'term', subject: 'Қазақстан тарихы', grade: '9', term: '2', sort: 'title' }
    const q = queryFromUrl(url)
    expect(q).toEqual({ text: 'үкімет 7.2', kind: 'term', subject: 'Қазақстан тарихы', grade: 9, term: 2, sort: 'title' })
    expect(queryToUrl(q)).toEqual(url)
  })

  it('keeps a plain address for the default list', () => {
    expect(queryFromUrl({})).toEqual(EMPTY_QUERY)
    expect(queryToUrl(EMPTY_QUERY)).toEqual({})
    expect(queryToUrl({ ...EMPTY_QUERY, text: '   ', subject: ' ' })).toEqual({})
  })

  it('ignores malformed values instead of failing', () => {
    const q = queryFromUrl({ kind: 'exam', grade: '7b', term: '5', sort: 'random', subject: '  ', q: null })
    expect(q).toEqual(EMPTY_QUERY)
    expect(queryFromUrl({ grade: '-1' }).grade).toBeNull()
    expect(queryFromUrl({ grade: '13' }).grade).toBeNull()
    expect(queryFromUrl({ grade: '0' }).grade).toBe(0)
  })

  it('takes the first of repeated values', () => {
    expect(queryFromUrl({ grade: ['5', '7'], kind: [null, 'unit'] })).toMatchObject({ grade: 5, kind: null })
  })

  it('tells a filtered list from a merely sorted one', () => {
    expect(isFiltered({ ...EMPTY_QUERY, sort: 'grade' })).toBe(false)
    expect(isFiltered({ ...EMPTY_QUERY, text: 'x' })).toBe(true)
    expect(isFiltered({ ...EMPTY_QUERY, term: 1 })).toBe(true)
  })
})

describe('sameQuery', () => {
  it('compares every part', () => {
    const q = queryFromUrl({ q: 'x', kind: 'unit', subject: 'Физика', grade: '7', term: '1', sort: 'title' })
    expect(sameQuery(q, { ...q })).toBe(true)
    for (const patch of [{ text: 'y' }, { kind: null }, { subject: 'физика' }, { grade: 8 }, { term: null }, { sort: 'changed' as const }]) {
      expect(sameQuery(q, { ...q, ...patch }), JSON.stringify(patch)).toBe(false)
    }
  })
})
