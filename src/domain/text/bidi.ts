/**
 * Text a teacher or a file typed may hold bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE turns
 * «abc‮gpj.exe» into "abcexe.jpg" on screen) that would also reverse whatever follows it. In templates
 * user text goes inside `<bdi>`; inside a message string (a toast, a confirm, an aria-label) it goes
 * between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, which end any override it opens. The text
 * itself is kept as typed (stored, backed up and printed unchanged).
 */
const FSI = '\u2068'
const PDI = '\u2069'

/** The text as one isolated run inside a longer message. */
export function isolate(text: string | number): string {
  return FSI + String(text) + PDI
}

const OPENS_EMBEDDING = /[\u202a\u202b\u202d\u202e]/
const OPENS_ISOLATE = /[\u2066\u2067\u2068]/
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/

/**
 * For documents (Word, LibreOffice), where no `<bdi>` exists: text holding bidi controls, kept as typed,
 * closed (PDF/PDI for whatever it leaves open) and isolated (FSI…PDI), so an override does not reverse
 * the rest of the paragraph — a task's points «[1]» printed as «]1[». LibreOffice 7.4 honours the
 * isolate but not a closing PDF alone. Text without bidi controls, or already isolated, is returned unchanged.
 */
export function closeBidiControls(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text
  const open: ('embedding' | 'isolate')[] = []
  let bare = false // an embedding or override outside any isolate
  for (const char of text) {
    if (OPENS_EMBEDDING.test(char)) {
      bare ||= !open.includes('isolate')
      open.push('embedding')
    } else if (OPENS_ISOLATE.test(char)) open.push('isolate')
    else if (char === '\u202c' && open.at(-1) === 'embedding') open.pop()
    else if (char === '\u2069' && open.includes('isolate')) open.length = open.lastIndexOf('isolate') // a PDI also closes what its isolate opened
  }
  if (!bare && open.length === 0) return text // already isolated, as after a first pass
  return FSI + text + open.reverse().map((o) => (o === 'embedding' ? '\u202c' : PDI)).join('') + PDI
}
