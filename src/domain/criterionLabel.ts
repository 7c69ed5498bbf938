/**
 * The short name of a criterion, its number after a short prefix: К1 in Kazakh (from «критерий»), Кр1 in
 * Russian (the abbreviation Russian-language forms use), C1 in English. One function for every place a criterion is named (editor rows, descriptor pickers,
 * the mentor's view and thread titles), so a teacher and a mentor read the same name for the same row.
 */
import type { Language } from './model'

const PREFIX: Record<Language, string> = { kk: 'К', ru: 'Кр', en: 'C' }

/** `n` counts from 1, in the order the criteria are shown. */
export function criterionLabel(language: Language, n: number): string {
  return `${PREFIX[language]}${n}`
}
