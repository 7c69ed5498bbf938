/**
 * Folding text for search: a teacher without a Kazakh keyboard types «укимет» for «үкімет», a Russian
 * typist writes «е» for «ё», and Word pastes non-breaking spaces and curly quotes. `foldText` maps all of
 * these to one plain lower-case form. Each character maps to exactly one character, so an index found in
 * the folded text is the same index in the original (used to cut a snippet around a match).
 */

/** Kazakh letters to the Russian letters typed in their place, plus ё→е and look-alike punctuation. */
const FOLD: Readonly<Record<string, string>> = {
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
  '\u00a0': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‘': "'",
  '’': "'",
}

/** A code-unit lookup table: folding is one array read per character (the library folds megabytes of text). */
const TABLE = (() => {
  const table = new Uint16Array(0x10000)
  for (let i = 0; i < table.length; i++) table[i] = i
  for (const [from, to] of Object.entries(FOLD)) table[from.charCodeAt(0)] = to.charCodeAt(0)
  return table
})()

const CHUNK = 8192

function mapCodeUnits(text: string): string {
  let out = ''
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(text.length, start + CHUNK)
    const units = new Array<number>(end - start)
    for (let i = start; i < end; i++) units[i - start] = TABLE[text.charCodeAt(i)]
    out += String.fromCharCode(...units)
  }
  return out
}

/** Lower-cases and folds `text` (same length as the input). */
export function foldText(text: string): string {
  let lower = text.toLowerCase()
  if (lower.length !== text.length) {
    // a few letters (e.g. Turkish İ) lower-case to two characters: keep those as they are
    lower = ''
    for (const ch of text) {
      const low = ch.toLowerCase()
      lower += low.length === ch.length ? low : ch
    }
  }
  return mapCodeUnits(lower)
}

/** The folded words of a query, without empty ones: «  Үкімет  7.2 » → ['укимет', '7.2']. */
export function foldTerms(query: string): string[] {
  return foldText(query)
    .split(' ')
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
}
