/** What the three language modules of the parent rubric share: the cells and small text helpers. */
export interface RubricCells {
  low: string
  middle: string
  high: string
}

export const upperFirst = (s: string) => (s ? s[0].toLocaleUpperCase() + s.slice(1) : s)

/** Lower-cases the first letter unless the word is written in capitals («ҚР», "UK"). */
export const lowerFirst = (s: string) => {
  if (s.length > 1 && s[1] === s[1].toLocaleUpperCase() && s[1] !== s[1].toLocaleLowerCase()) return s
  return s ? s[0].toLocaleLowerCase() + s.slice(1) : s
}

/** A word without the punctuation stuck to its end («читает,» → «читает»), and that punctuation. */
export function bare(word: string): { core: string; tail: string } {
  const m = /^(.*?)([,;:.!?»")]*)$/u.exec(word)!
  return { core: m[1], tail: m[2] }
}

/** Words joined into one sentence with a full stop, unless it already ends in «…», «?» or «!». */
export function sentence(parts: string[]): string {
  const s = parts.filter(Boolean).join(' ')
  return /[….?!]$/.test(s) ? s : `${s}.`
}
