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
