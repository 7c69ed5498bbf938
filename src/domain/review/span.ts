/**
 * A comment on part of a field: the words a mentor selected inside it, kept with their offsets and their
 * text. When the field changes the words are found again by their text (nearest to where they were), so a
 * comment on "атаңыз" still points at it after a word was added before it; when they are gone the span is
 * lost and the thread stands on the field as a whole (its quote still shows what was said).
 */
export interface Span {
  start: number
  end: number
  /** The words selected, exactly as they were. */
  text: string
}

/**
 * The span of a selection `start`–`end` inside `value`, spaces at either edge left out; null when nothing
 * but spaces is selected, the selection is out of the value, or it covers the whole field (that is a
 * comment on the field).
 */
export function spanOf(value: string, start: number, end: number): Span | null {
  let s = Math.max(0, Math.min(start, end))
  let e = Math.min(value.length, Math.max(start, end))
  while (s < e && /\s/.test(value[s])) s++
  while (e > s && /\s/.test(value[e - 1])) e--
  if (s >= e) return null
  if (s === 0 && e === value.length) return null
  return { start: s, end: e, text: value.slice(s, e) }
}

/** Where the span's words stand in `value` now: the same place, else the occurrence nearest to it; null when gone. */
export function locateSpan(value: string, span: Span): Span | null {
  if (value.slice(span.start, span.end) === span.text) return span
  let best = -1
  for (let at = value.indexOf(span.text); at !== -1; at = value.indexOf(span.text, at + 1)) {
    if (best === -1 || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at
  }
  return best === -1 ? null : { start: best, end: best + span.text.length, text: span.text }
}

/** The field's value with the span's words replaced; null when the words are no longer in it. */
export function replaceSpan(value: string, span: Span, replacement: string): string | null {
  const at = locateSpan(value, span)
  return at ? value.slice(0, at.start) + replacement + value.slice(at.end) : null
}

/**
 * Whether a suggestion for the span is in the field: the field is the quoted value with the words
 * replaced, or the words are gone and the suggestion stands near where they were.
 */
export function spanSuggestionApplied(value: string, quote: string, span: Span, suggestion: string): boolean {
  const expected = quote.slice(0, span.start) + suggestion + quote.slice(span.end)
  if (value === expected) return true
  if (suggestion === '' || locateSpan(value, span) !== null) return false
  return locateSpan(value, { start: span.start, end: span.start + suggestion.length, text: suggestion }) !== null
}

/** The value in three pieces around the span (for drawing the words marked); null when the words are gone. */
export function splitAtSpan(value: string, span: Span): [string, string, string] | null {
  const at = locateSpan(value, span)
  return at ? [value.slice(0, at.start), value.slice(at.start, at.end), value.slice(at.end)] : null
}

/** A piece of a field's text as the mentor's document draws it: commented words are `marked`. */
export interface Segment {
  text: string
  marked: boolean
}

/**
 * The value cut into pieces around the words of every span still found in it (found again by their text
 * when the field changed), overlapping or touching spans drawn as one mark; spans whose words are gone
 * mark nothing. Drawn as text, each marked piece inside a `<mark>`.
 */
export function markedSegments(value: string, spans: readonly Span[]): Segment[] {
  const found = spans.map((s) => locateSpan(value, s)).filter((s): s is Span => s !== null).sort((a, b) => a.start - b.start)
  const merged: { start: number; end: number }[] = []
  for (const s of found) {
    const last = merged[merged.length - 1]
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ start: s.start, end: s.end })
  }
  const out: Segment[] = []
  let at = 0
  for (const m of merged) {
    if (m.start > at) out.push({ text: value.slice(at, m.start), marked: false })
    out.push({ text: value.slice(m.start, m.end), marked: true })
    at = m.end
  }
  if (at < value.length || out.length === 0) out.push({ text: value.slice(at), marked: false })
  return out
}
