/** The browse tree: subject → grade → term → section → objectives, derived from the stored entries. */
import type { Language } from '@/domain/model'
import { compareCodes } from './codes'
import { fold } from './fold'
import type { CatalogueObjective, CatalogueOrigin, CatalogueSection } from './model'

export interface SectionGroup {
  key: string
  title: string
  language: Language
  term: number | null
  /** The declared section (own or shipped), when there is one. */
  section: CatalogueSection | null
  origin: CatalogueOrigin
  hidden: boolean
  objectives: CatalogueObjective[]
}

export interface TermGroup {
  term: number | null
  sections: SectionGroup[]
}

export interface BrowseFilter {
  subject: string
  grade: number | null
  language?: Language | null
  /** @default false */
  showHidden?: boolean
}

export const sectionKey = (term: number | null, language: Language, title: string) => `${term ?? '-'}|${language}|${fold(title).trim()}`

/** Subject keys with their grades, for the first two levels of browsing. */
export function subjectGrades(objectives: readonly CatalogueObjective[], sections: readonly CatalogueSection[]): Map<string, number[]> {
  const map = new Map<string, Set<number>>()
  for (const list of [objectives, sections]) {
    for (const e of list) {
      let grades = map.get(e.subject)
      if (!grades) map.set(e.subject, (grades = new Set()))
      grades.add(e.grade)
    }
  }
  return new Map([...map].map(([k, grades]) => [k, [...grades].sort((a, b) => a - b)]))
}

export function browseTree(objectives: readonly CatalogueObjective[], sections: readonly CatalogueSection[], f: BrowseFilter): TermGroup[] {
  const wanted = (e: CatalogueObjective | CatalogueSection) =>
    e.subject === f.subject && (f.grade === null || e.grade === f.grade) && (!f.language || e.language === f.language) && (f.showHidden || !e.hidden)
  const groups = new Map<string, SectionGroup & { order: number }>()
  const group = (term: number | null, language: Language, title: string, order: number) => {
    const key = sectionKey(term, language, title)
    let g = groups.get(key)
    if (!g) {
      g = { key, title, language, term, section: null, origin: 'shipped', hidden: false, objectives: [], order }
      groups.set(key, g)
    }
    g.order = Math.min(g.order, order)
    return g
  }
  for (const s of sections.filter(wanted)) {
    const g = group(s.term, s.language, s.title, s.order)
    g.section = s
    g.origin = s.origin
    g.hidden = s.hidden
  }
  for (const o of objectives.filter(wanted)) {
    const g = group(o.term, o.language, o.section, o.order)
    g.objectives.push(o)
    if (!g.section && o.origin === 'own') g.origin = 'own'
  }
  const terms = new Map<number | null, SectionGroup[]>()
  const sorted = [...groups.values()].sort((a, b) => a.language.localeCompare(b.language) || a.order - b.order)
  for (const withOrder of sorted) {
    const { order, ...g } = withOrder
    void order
    g.objectives.sort((a, b) => compareCodes(a.code, b.code) || a.order - b.order)
    terms.set(g.term, [...(terms.get(g.term) ?? []), g])
  }
  return [...terms]
    .sort(([a], [b]) => (a ?? 99) - (b ?? 99))
    .map(([term, list]) => ({ term, sections: list }))
}
