/**
 * Cells a spreadsheet would run as a formula (CSV injection, OWASP): Excel, LibreOffice and Google
 * Sheets evaluate a cell that starts — after any spaces, tabs or line breaks — with `=`, `+`, `-` or `@`.
 *
 * `=`, `+` and `@` never start a real objective code or text, so such a cell is always a formula. A dash
 * does: «- оқиды» is a list marker. A dash-led cell counts as a formula only when what follows reads as
 * one to a spreadsheet: a function call or DDE link (`-HYPERLINK(…)`, `-cmd|' /C calc'!A0`), or
 * arithmetic of numbers and cell references (`-2+3*4`, `-A1*10`, `-$B$2`). A plain negative number
 * (`-5`) and dash-led words are text.
 *
 * On export every cell starting with any of the four (or with an apostrophe before one) gets one more
 * apostrophe in front, which spreadsheets read as "this is text" and hide; `unquoteCell` takes exactly
 * that apostrophe off again, so an export imports back with its text unchanged.
 */

/** Leading characters a spreadsheet skips before it looks for a formula sign. */
const LEAD = /^[\s\u00a0\ufeff]*/
/** The four signs, with their full-width forms, which some spreadsheets also accept. */
const SIGN = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/
const ALWAYS = /^[=+@\uff1d\uff0b\uff20]/

const REF = String.raw`\$?[A-Za-z]{1,3}\$?\d+`
const NUMBER = String.raw`\d[\d.,]*%?`
const OPERAND = String.raw`[-+(\s]*(?:${REF}|${NUMBER})\)*`
/** Arithmetic of numbers and cell references with at least one operator, or a lone cell reference. */
const ARITHMETIC = new RegExp(String.raw`^(?:${OPERAND}(?:\s*[-+*/^&<>=:]\s*${OPERAND})+|\s*${REF})\s*$`)
/** A function call or DDE link at the start: NAME( , NAME| , NAME! (sheet reference). */
const CALL = /^\s*[A-Za-z_][\w.]*[(|!]/

/** True when a spreadsheet would evaluate the cell instead of showing its text. */
export function isSpreadsheetFormula(cell: string): boolean {
  const start = cell.replace(LEAD, '')
  if (ALWAYS.test(start)) return true
  if (!SIGN.test(start)) return false
  const rest = start.slice(1)
  return CALL.test(rest) || ARITHMETIC.test(rest)
}

/** True when the cell must be written with a protecting apostrophe (see the module comment). */
export function needsQuote(cell: string): boolean {
  return SIGN.test(cell.replace(/^'+/, '').replace(LEAD, ''))
}

/** The cell as a spreadsheet shows it: a formula sign gets a leading apostrophe. */
export function quoteCell(cell: string): string {
  return needsQuote(cell) ? `'${cell}` : cell
}

/** Undoes quoteCell: an apostrophe in front of a formula sign is taken off once. */
export function unquoteCell(cell: string): string {
  return cell.startsWith("'") && needsQuote(cell.slice(1)) ? cell.slice(1) : cell
}
