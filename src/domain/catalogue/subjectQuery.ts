/**
 * A search that names a subject («Қазақ тілі», «Казахский язык», "Kazakh language", «физика»): the words
 * are the subject, not words to look for in the objectives' texts (history objectives often say «қазақ»).
 * Names come from the entries themselves (the names each row carries) and the common subjects' kk/ru/en
 * names (subjects.ts); only subjects the index holds count. A query names a subject when some run of its
 * words is one of the subject's names, or the first two or more words of one («Қазақ тілі» for «Қазақ тілі
 * мен әдебиеті (Т2)»).
 */
import { foldedTerms } from './fold'
import type { CatalogueObjective, SubjectNames } from './model'
import { KNOWN_SUBJECTS, SubjectRegistry } from './subjects'

/** The common subjects' names by the key an entry of that subject gets. */
const KNOWN_NAMES: ReadonlyMap<string, SubjectNames> = (() => {
  const registry = new SubjectRegistry()
  return new Map(KNOWN_SUBJECTS.map((names) => [registry.add(names), names]))
})()

export interface NamedSubject {
  /** Keys of the subjects the query names (one name can begin several subjects' names). */
  keys: string[]
  /** The query's other words, to look for in the texts. */
  rest: string[]
}

const startsWith = (name: readonly string[], run: readonly string[]) => run.every((word, i) => name[i] === word)

/** Whether `run` (folded query words) names a subject called `name` (folded words). */
function names(run: readonly string[], name: readonly string[]): boolean {
  if (run.length > name.length || !startsWith(name, run)) return false
  return run.length === name.length || run.length >= 2
}

export class SubjectNameIndex {
  private readonly counts = new Map<string, number>()
  private readonly names = new Map<string, Map<string, string[]>>()

  add(o: Pick<CatalogueObjective, 'subject' | 'subjectNames'>): void {
    this.counts.set(o.subject, (this.counts.get(o.subject) ?? 0) + 1)
    let known = this.names.get(o.subject)
    if (!known) {
      known = new Map()
      this.names.set(o.subject, known)
      this.learn(known, [o.subject, ...Object.values(KNOWN_NAMES.get(o.subject) ?? {})])
    }
    this.learn(known, Object.values(o.subjectNames))
  }

  remove(o: Pick<CatalogueObjective, 'subject'>): void {
    const left = (this.counts.get(o.subject) ?? 0) - 1
    if (left > 0) this.counts.set(o.subject, left)
    else this.counts.delete(o.subject)
  }

  private learn(known: Map<string, string[]>, given: (string | undefined)[]): void {
    for (const name of given) {
      const words = foldedTerms(name ?? '')
      if (words.length) known.set(words.join(' '), words)
    }
  }

  /** The subjects named by the longest run of the query's words (the earliest of equal ones), or null. */
  find(terms: readonly string[]): NamedSubject | null {
    for (let length = terms.length; length >= 1; length--) {
      for (let start = 0; start + length <= terms.length; start++) {
        const run = terms.slice(start, start + length)
        const keys = [...this.counts.keys()].filter((key) => [...(this.names.get(key)?.values() ?? [])].some((name) => names(run, name)))
        if (keys.length) return { keys, rest: [...terms.slice(0, start), ...terms.slice(start + length)] }
      }
    }
    return null
  }
}
