/**
 * A title named inside a sentence, in quotation marks of the reader's language. A title that already opens
 * with quotation marks is not wrapped again («««Title…» in a toast); one that holds the outer marks inside
 * (СОр «Клетка») is wrapped in the other pair („СОр «Клетка» (копия)“), so no two equal marks touch.
 */
import type { Language } from '../model'

const OUTER: Record<Language, [string, string]> = { kk: ['«', '»'], ru: ['«', '»'], en: ['“', '”'] }
const OTHER: Record<Language, [string, string]> = { kk: ['„', '“'], ru: ['„', '“'], en: ['‘', '’'] }
const OPENING = /^["«“„‘'‹]/u

export function quoteTitle(title: string, language: Language): string {
  const text = title.trim()
  if (OPENING.test(text)) return text
  const [open, close] = text.includes(OUTER[language][0]) || text.includes(OUTER[language][1]) ? OTHER[language] : OUTER[language]
  return `${open}${text}${close}`
}
