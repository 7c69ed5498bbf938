/**
 * A section title from a shipped curriculum file, as a teacher should see it. The files are transcriptions,
 * and some titles carry the transcriber's remark in brackets — «(4-тоқсан, section name not in excerpt)»,
 * «Living things (teacher calendar plan, short codes)». A remark is data about the source, never a name:
 * a title that is only a remark becomes '' (shown as «section not given» in the reader's language), and a
 * trailing remark is dropped. A bracketed part that is a real subtitle («Home and away (Homes; Weather)»,
 * «(В)») is kept.
 */
const WHOLE_REMARK = /^\(.*\)$/s
const REMARK_WORDS = /\b(excerpt|plan|codes|dated|transcri\w*)\b/i
const TRAILING_BRACKETS = /\s*\(([^()]*)\)\s*$/
const UNNAMED = /\bnot named in (the )?excerpt\b/i

export function sectionTitleOf(raw: string): string {
  let title = raw.trim()
  if (WHOLE_REMARK.test(title)) return ''
  const trailing = TRAILING_BRACKETS.exec(title)
  if (trailing && REMARK_WORDS.test(trailing[1])) title = title.slice(0, trailing.index).trim()
  return UNNAMED.test(title) ? '' : title
}
