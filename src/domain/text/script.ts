/**
 * Which language a text is written in, as far as its letters tell: Latin letters → English; Cyrillic with
 * the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і) → Kazakh; Cyrillic without them → Russian. Kazakh prose
 * has several such letters in every sentence, Russian none, so a small share decides. Too few letters
 * (a code, a number, a word or two) give no verdict.
 */
import type { Language } from '../model'

const KAZAKH_ONLY = /[әғқңөұүһі]/giu
const CYRILLIC = /\p{Script=Cyrillic}/gu
const LATIN = /\p{Script=Latin}/gu

/** Fewer letters than this give no verdict. */
export const MIN_LETTERS = 40
/** Share of Kazakh-only letters among the Cyrillic ones from which a text counts as Kazakh (about one in fifty). */
const KAZAKH_SHARE = 0.02

export interface LetterCounts {
  cyrillic: number
  kazakhOnly: number
  latin: number
}

export function countLetters(text: string): LetterCounts {
  return {
    cyrillic: text.match(CYRILLIC)?.length ?? 0,
    kazakhOnly: text.match(KAZAKH_ONLY)?.length ?? 0,
    latin: text.match(LATIN)?.length ?? 0,
  }
}

/** The language the letters point to, or null when there are too few to tell. */
export function languageOfLetters(c: LetterCounts): Language | null {
  if (c.cyrillic + c.latin < MIN_LETTERS) return null
  if (c.latin > c.cyrillic) return 'en'
  return c.kazakhOnly / c.cyrillic >= KAZAKH_SHARE ? 'kk' : 'ru'
}

export function detectLanguage(text: string): Language | null {
  return languageOfLetters(countLetters(text))
}
