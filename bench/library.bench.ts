/**
 * The library with 2,000 assessments (each 6 tasks × 4 descriptors, 3 objectives, 2 criteria):
 * search + filter + sort, as on every keystroke in the search box. Figures only, never pass/fail.
 * Run: npx vitest bench --run -c vitest.bench.config.ts bench/library.bench.ts
 */
import { bench, describe } from 'vitest'
import { createAssessment, createCriterion, createDescriptor, createObjective, createTask } from '@/domain/factories'
import { EMPTY_QUERY } from '@/domain/libraryQuery'
import { libraryFacets, searchLibrary } from '@/domain/librarySearch'
import type { Assessment } from '@/domain/model'

const SUBJECTS = ['Қазақстан тарихы', 'Математика', 'Физика', 'Биология', 'English', 'Қазақ тілі', 'Русский язык', 'География']
const WORDS = ['тарихи', 'оқиғаны', 'анықтайды', 'себептерін', 'жазады', 'салдарын', 'мысалдар', 'келтіреді', 'определяет', 'влияние', 'решает', 'задачу', 'learner', 'identifies', 'writes', 'answer']

function text(seed: number, words: number): string {
  let s = ''
  for (let i = 0; i < words; i++) s += `${WORDS[(seed * 7 + i * 13) % WORDS.length]} `
  return s + seed
}

function generate(n: number): Assessment[] {
  const list: Assessment[] = []
  for (let i = 0; i < n; i++) {
    const a = createAssessment({ kind: i % 3 === 0 ? 'term' : 'unit', now: 1_700_000_000_000 + i * 1000 })
    const objectives = [0, 1, 2].map((k) => createObjective(k + 1, `${(i % 11) + 1}.${k + 1}.${i % 4}.${k}`, text(i + k, 10)))
    const criteria = [0, 1].map((k) => createCriterion(k + 1, text(i * 3 + k, 8), [objectives[k].id]))
    const tasks = [0, 1, 2, 3, 4, 5].map((k) => {
      const t = { ...createTask(k + 1), text: text(i * 5 + k, 40), answer: text(k, 4) }
      t.criterionIds = [criteria[k % 2].id]
      t.descriptors = [0, 1, 2, 3].map((d) => createDescriptor(d + 1, criteria[k % 2].id, text(i + k + d, 7)))
      return t
    })
    list.push({
      ...a,
      title: `«${text(i, 3)}» бөлімі бойынша жиынтық бағалау ${i}`,
      subject: SUBJECTS[i % SUBJECTS.length],
      grade: (i % 11) + 1,
      term: (i % 4) + 1,
      objectives,
      criteria,
      tasks,
    })
  }
  return list
}

const library = generate(2000)
// the first search folds every assessment once; later keystrokes reuse that work
searchLibrary(library, { ...EMPTY_QUERY, text: 'x' })
const reread = () => library.map((a) => ({ ...a }))
let saves = 0
const changedAll = () => library.map((a) => ({ ...a, updatedAt: a.updatedAt + ++saves }))

describe('library of 2,000 assessments', () => {
  bench('default list: sort by last change', () => {
    searchLibrary(library, EMPTY_QUERY)
  })
  bench('search a Kazakh word typed in Russian letters ("окиганы"), sort by title', () => {
    searchLibrary(library, { ...EMPTY_QUERY, text: 'окиганы', sort: 'title' }, 'kk')
  })
  bench('search two words + subject, grade and kind filters', () => {
    searchLibrary(library, { ...EMPTY_QUERY, text: 'тарихи 5.2', subject: 'казакстан тарихы', grade: 5, kind: 'unit' })
  })
  bench('search that finds nothing (every text scanned)', () => {
    searchLibrary(library, { ...EMPTY_QUERY, text: 'жоқсөз' })
  })
  bench('facets for the filter menus', () => {
    libraryFacets(library)
  })
  bench('search in a list re-read from the database (same versions: nothing folded again)', () => {
    searchLibrary(reread(), { ...EMPTY_QUERY, text: 'окиганы' })
  })
  bench('first search of all 2,000 changed assessments (every one folded again)', () => {
    searchLibrary(changedAll(), { ...EMPTY_QUERY, text: 'окиганы' })
  })
})
