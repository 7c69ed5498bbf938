/**
 * Search tokens of the objective catalogue. Folding is the app's one `foldText` (text/fold.ts): a teacher
 * without a Kazakh keyboard types «колдану» for «қолдану». One character becomes one character, so offsets
 * found in the folded text are offsets in the original (used for highlighting).
 */
import { foldText } from '@/domain/text/fold'

/** Lower-cased, Kazakh-to-Russian folded text of the same length as `text` (the app's `foldText`). */
export const fold = foldText

/** A code-looking token: a grade number, a dot and more (7.2.1.1, 7.2, 5.L3, 5.UE, 3.1.3.3**). */
const CODE_TOKEN = /^\d{1,2}\.(?:[\p{L}\p{N}]+\.?)*\**$/u

export function isCodeToken(token: string): boolean {
  return CODE_TOKEN.test(token)
}

export interface Token {
  /** The token as written. */
  text: string
  /** Offset in the source string. */
  start: number
}

/**
 * Splits text into words and codes with their offsets. Codes keep their dots (7.2.1.1 is one token);
 * any other dotted run is split at the dots (a sentence end is not a code).
 */
export function tokens(text: string): Token[] {
  const found: Token[] = []
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.*]*/gu)) {
    // most words have neither dots nor stars: nothing to decide (this loop runs over every indexed text)
    if (!m[0].includes('.') && !m[0].includes('*')) {
      found.push({ text: m[0], start: m.index })
      continue
    }
    const raw = m[0].replace(/\.+$/, (dots) => (isCodeToken(m[0]) && /^\d{1,2}\.$/.test(m[0]) ? dots : ''))
    if (isCodeToken(raw)) {
      found.push({ text: raw, start: m.index })
      continue
    }
    let offset = m.index
    for (const part of raw.split('.')) {
      const clean = part.replace(/\*+$/, '')
      if (clean) found.push({ text: clean, start: offset })
      offset += part.length + 1
    }
  }
  return found
}

/**
 * The folded terms of a query or a field, as indexed: «Қолдану, 7.2» → ['колдану', '7.2']. Folding keeps
 * letters letters and lengths equal, so the text is folded once and then split.
 */
export function foldedTerms(text: string): string[] {
  return tokens(fold(text)).map((t) => t.text)
}
