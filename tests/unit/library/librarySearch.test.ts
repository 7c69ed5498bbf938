import { describe, expect, it } from 'vitest'
import { EMPTY_QUERY, type LibraryQuery } from '@/domain/libraryQuery'
import { filterLibrary, libraryFacets, matchHint, matchHintMemo, matchesQuery, prepareSearch, searchLibrary, sortLibrary, subjectKey } from '@/domain/librarySearch'
import { LIBRARY_SORTS } from '@/domain/libraryQuery'
import { updateTask } from '@/domain/operations'
import { make } from './make'

const q = (patch: Partial<LibraryQuery>): LibraryQuery => ({ ...EMPTY_QUERY, ...patch })

const history = make({
  title: 'Кеңес үкіметі кезіндегі ауыл шаруашылығы',
  subject: 'Қазақстан тарихы',
  grade: 9,
  term: 2,
  updatedAt: 3000,
  objective: ['9.2.1.1', 'ұжымдастыру саясатының салдарын бағалау'],
  criterion: 'Әскери-өнеркәсіп кешендерінің зардаптарына талдау жасайды',
  task: 'Картаны пайдаланып, жағымсыз тұстарын жазыңыз.',
  descriptor: 'Мал шаруашылығының дамуындағы жағымды тұстарды жазады',
})
const physics = make({
  title: 'Механическое движение',
  kind: 'term',
  subject: 'Физика',
  grade: 7,
  term: 1,
  updatedAt: 2000,
  objective: ['7.2.1.1', 'объяснять смысл понятий – материальная точка'],
  answer: 'Ёмкость 5 л',
})
const english = make({ title: 'Home and away', subject: 'English', grade: 5, term: 1, updatedAt: 1000, descriptor: 'heart' })
const untitled = make({ subject: 'қазақстан  ТАРИХЫ', grade: null, updatedAt: 4000 })
const all = [english, physics, history, untitled]

const titles = (list: { title: string }[]) => list.map((a) => a.title)

describe('searchLibrary: text', () => {
  it('finds a Kazakh word typed with Russian letters, in any case', () => {
    expect(searchLibrary(all, q({ text: 'УКИМЕТ' }))).toEqual([history])
    expect(searchLibrary(all, q({ text: 'үкімет' }))).toEqual([history])
  })

  it('searches the title, subject, objective codes and texts, criteria, tasks, answers and descriptors', () => {
    expect(searchLibrary(all, q({ text: 'home' }))).toEqual([english])
    expect(searchLibrary(all, q({ text: 'физика' }))).toEqual([physics])
    expect(searchLibrary(all, q({ text: '7.2.1' }))).toEqual([physics])
    expect(searchLibrary(all, q({ text: 'ужымдастыру' }))).toEqual([history])
    expect(searchLibrary(all, q({ text: 'онеркасип' }))).toEqual([history])
    expect(searchLibrary(all, q({ text: 'картаны' }))).toEqual([history])
    expect(searchLibrary(all, q({ text: 'емкость' }))).toEqual([physics])
    expect(searchLibrary(all, q({ text: 'heart' }))).toEqual([english])
    expect(searchLibrary(all, q({ text: 'мал шаруашылыгынын' }))).toEqual([history])
  })

  it('requires every word, wherever each one is', () => {
    expect(searchLibrary(all, q({ text: 'тарихы жагымды' }))).toEqual([history])
    expect(searchLibrary(all, q({ text: 'тарихы физика' }))).toEqual([])
  })

  it('sees a saved edit at once, also in a list re-read from the database', () => {
    expect(searchLibrary([english], q({ text: 'recording' }))).toEqual([])
    const saved = { ...updateTask(english, english.tasks[0].id, { text: 'Listen to the recording' }), updatedAt: 1001 }
    expect(searchLibrary([saved], q({ text: 'recording' }))).toEqual([saved])
    const reread = structuredClone(saved)
    expect(searchLibrary([reread], q({ text: 'recording' }))).toEqual([reread])
    expect(searchLibrary([structuredClone(english)], q({ text: 'heart' }))).toHaveLength(1)
  })

  it('returns everything for an empty or blank search', () => {
    expect(searchLibrary(all, q({ text: '   ' }))).toHaveLength(4)
  })
})

describe('searchLibrary: filters', () => {
  it('filters by kind, grade and term', () => {
    expect(searchLibrary(all, q({ kind: 'term' }))).toEqual([physics])
    expect(searchLibrary(all, q({ grade: 5 }))).toEqual([english])
    expect(titles(searchLibrary(all, q({ term: 1 })))).toEqual(['Механическое движение', 'Home and away'])
    expect(searchLibrary(all, q({ kind: 'unit', term: 1, grade: 7 }))).toEqual([])
  })

  it('filters by subject whatever its case, spacing or keyboard', () => {
    const found = searchLibrary(all, q({ subject: 'Казакстан тарихы' }))
    expect(found).toEqual([untitled, history])
    expect(subjectKey('  Қазақстан   Тарихы ')).toBe('казакстан тарихы')
  })

  it('combines filters with the search text', () => {
    expect(matchesQuery(history, q({ text: 'укимет', grade: 7 }))).toBe(false)
    expect(matchesQuery(history, q({ text: 'укимет', grade: 9, kind: 'unit' }))).toBe(true)
  })
})

describe('searchLibrary: sort', () => {
  it('puts the last changed first by default', () => {
    expect(searchLibrary(all, EMPTY_QUERY)).toEqual([untitled, history, physics, english])
  })

  it('sorts by title in the order of the interface language, untitled last', () => {
    // Russian and Kazakh collation put Cyrillic before Latin; English the other way round
    expect(titles(searchLibrary(all, q({ sort: 'title' }), 'ru'))).toEqual([
      'Кеңес үкіметі кезіндегі ауыл шаруашылығы',
      'Механическое движение',
      'Home and away',
      '',
    ])
    expect(titles(searchLibrary(all, q({ sort: 'title' }), 'en'))[0]).toBe('Home and away')
  })

  it('sorts by grade, lowest first, no grade last', () => {
    expect(searchLibrary(all, q({ sort: 'grade' }))).toEqual([english, physics, history, untitled])
  })

  it('does not reorder the list it was given', () => {
    const given = [...all]
    searchLibrary(given, q({ sort: 'title' }))
    expect(given).toEqual(all)
  })
})

describe('sortLibrary + filterLibrary (sort once per list, filter per keystroke)', () => {
  it('give the same list as searchLibrary, for every sort, language and query', () => {
    // same titles and updatedAt: only the id tells them apart, and the order must still be one
    const twin = { ...physics, id: `${physics.id}~` }
    const list = [english, twin, physics, history, untitled]
    const queries = [EMPTY_QUERY, q({ text: 'тарих' }), q({ grade: 7 }), q({ kind: 'term', text: 'движение' }), q({ subject: 'ҚАЗАҚСТАН тарихы' }), q({ text: 'жок' })]
    for (const sort of LIBRARY_SORTS) {
      for (const locale of ['kk', 'ru', 'en']) {
        const sorted = sortLibrary(list, sort, locale)
        for (const query of queries) expect(filterLibrary(sorted, { ...query, sort })).toEqual(searchLibrary(list, { ...query, sort }, locale))
      }
    }
  })

  it('leave the lists they were given as they were', () => {
    const given = [...all]
    const sorted = sortLibrary(given, 'title', 'ru')
    expect(given).toEqual(all)
    expect(sorted).not.toBe(given)
    const kept = [...sorted]
    filterLibrary(sorted, q({ text: 'тарих' }))
    expect(sorted).toEqual(kept)
  })
})

describe('matchHintMemo', () => {
  it('answers as matchHint does', () => {
    const hint = matchHintMemo()
    for (const text of ['картаны', 'оқиға жағымды', 'укимет', '', 'жок']) expect(hint(history, text)).toEqual(matchHint(history, text))
  })

  it('returns the same object while the hint reads the same, a new one when it changes', () => {
    // wide enough that the whole task text is the piece shown for either word
    const hint = matchHintMemo(100)
    const first = hint(history, 'карт')!
    expect(hint(history, 'карт')).toBe(first)
    // another word found in the same place, with the same piece of text around it
    expect(hint(history, 'карта')).toBe(first)
    const other = hint(history, 'жағымды')!
    expect(other).not.toBe(first)
    expect(other.field).toBe('descriptor')
    expect(hint(history, 'укимет')).toBeNull()
  })

  it('keeps each assessment apart, by object: a re-read row is asked afresh', () => {
    const hint = matchHintMemo()
    expect(hint(history, 'картаны')?.field).toBe('task')
    expect(hint(physics, 'картаны')).toBeNull()
    const reread = { ...updateTask(history, history.tasks[0].id, { text: 'Кестені толтырыңыз.' }), updatedAt: 5000 }
    expect(hint(reread, 'картаны')).toBeNull()
  })
})

describe('matchHint', () => {
  it('shows where a word was found when the card does not show it', () => {
    expect(matchHint(history, 'картаны')).toEqual({ field: 'task', snippet: 'Картаны пайдаланып, жағымсыз тұстарын жазыңыз.' })
    expect(matchHint(history, 'оқиға жағымды')?.field).toBe('descriptor')
  })

  it('cuts a long text around the word', () => {
    const long = make({ task: `${'а'.repeat(100)} Үкімет ${'б'.repeat(100)}` })
    const hint = matchHint(long, 'укимет', 10)!
    expect(hint.snippet).toBe(`…${'а'.repeat(9)} Үкімет ${'б'.repeat(9)}…`)
  })

  it('says nothing when the title or subject already shows the match', () => {
    expect(matchHint(history, 'укимет')).toBeNull()
    expect(matchHint(physics, 'физика')).toBeNull()
    expect(matchHint(physics, '')).toBeNull()
  })
})

describe('libraryFacets', () => {
  it('offers each subject once, and only the grades and terms in use', () => {
    const facets = libraryFacets(all, 'ru')
    expect(facets.subjects).toEqual(['қазақстан ТАРИХЫ', 'Физика', 'English'])
    expect(libraryFacets(all, 'en').subjects[0]).toBe('English')
    expect(facets.grades).toEqual([5, 7, 9])
    expect(facets.terms).toEqual([1, 2])
  })
})

describe('prepareSearch', () => {
  it('works through the list in slices and says where to continue', () => {
    expect(prepareSearch(all, 0, 3)).toBe(3)
    expect(prepareSearch(all, 3, 3)).toBe(4)
    expect(prepareSearch([], 0, 3)).toBe(0)
    expect(searchLibrary(all, q({ text: 'heart' }))).toEqual([english])
  })
})
