/**
 * Search folding for the objective catalogue: a teacher without a Kazakh keyboard types «колдану» for
 * «қолдану». `fold` lower-cases and maps each Kazakh letter to the Russian letter typed in its place
 * (қ→к ү→у ұ→у ө→о ә→а ғ→г ң→н і→и һ→х, and ё→е). One character becomes one character, so offsets
 * found in the folded text are offsets in the original (used for highlighting).
 */
const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  қ: 'к',
  ү: 'у',
  ұ: 'у',
  ө: 'о',
  ә: 'а',
  ғ: 'г',
  ң: 'н',
  і: 'и',
  һ: 'х',
  ё: 'е',
}

/** Lower-cased, Kazakh-to-Russian folded text of the same length as `text`. */
export function fold(text: string): string {
  let out = ''
  for (const ch of text) {
    const lower = ch.toLowerCase()
    const single = lower.length === ch.length ? lower : ch
    out += KAZAKH_TO_RUSSIAN[single] ?? single
  }
  return out
}

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

/** The folded terms of a query or a field, as indexed: «Қолдану, 7.2» → ['колдану', '7.2']. */
export function foldedTerms(text: string): string[] {
  return tokens(text).map((t) => fold(t.text))
}
