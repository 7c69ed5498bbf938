/** Splits text into plain and matched parts so the UI can wrap matches in <mark> (as text, never HTML). */
import { fold, tokens } from './fold'

export interface Segment {
  text: string
  match: boolean
}

function fromRanges(text: string, ranges: [number, number][]): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    if (start < at) continue
    if (start > at) out.push({ text: text.slice(at, start), match: false })
    out.push({ text: text.slice(start, end), match: true })
    at = end
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), match: false })
  return out
}

/**
 * Marks every word of `text` whose folded form is one of `terms` (folded document terms of a hit). The text
 * is split after folding, as it was for the index; folding keeps offsets, so they point into `text`.
 */
export function highlightWords(text: string, terms: readonly string[]): Segment[] {
  const wanted = new Set(terms)
  const ranges: [number, number][] = []
  for (const t of tokens(fold(text))) {
    if (wanted.has(t.text)) ranges.push([t.start, t.start + t.text.length])
  }
  return fromRanges(text, ranges)
}

/** Marks the longest start of `code` typed as a code prefix («7.2» in 7.2.2.13). */
export function highlightCode(code: string, prefixes: readonly string[]): Segment[] {
  const folded = fold(code)
  const longest = prefixes.filter((p) => folded.startsWith(p)).sort((a, b) => b.length - a.length)[0]
  return fromRanges(code, longest ? [[0, longest.length]] : [])
}
