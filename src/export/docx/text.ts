/**
 * Teacher text on its way into Word. The library XML-escapes `<`, `&` and quotes; what it cannot do is
 * write characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) — Word refuses
 * such a file as corrupt — so they are removed here.
 */
import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx'
import { closeBidiControls } from '@/domain/text/bidi'
import { keepNumbersTogether } from '@/domain/text/numbers'

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Text safe for XML 1.0: forbidden characters removed, line ends unified to `\n`, tabs kept. Bidi
 * controls stay as typed, with any override left open closed at the end, so it does not reverse the
 * rest of the paragraph (a task's «[1]»). Numbers in groups of three («405 312») are joined by a narrow
 * no-break space, so no line ever splits them.
 */
export function xmlSafe(text: string): string {
  return keepNumbersTogether(closeBidiControls(text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '')))
}

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>

/** Runs for a text that may hold line breaks: each line after the first starts with a break. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }))
}

/** One paragraph per line of the text (a teacher's blank line stays a blank paragraph). */
export function paragraphs(text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}, style: RunStyle = {}): Paragraph[] {
  return xmlSafe(text)
    .split('\n')
    .map((line) => new Paragraph({ ...options, children: [new TextRun({ ...style, text: line })] }))
}
