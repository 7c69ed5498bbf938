/**
 * Typed refusals of the .docx door: each kind has a plain-words message saying what to do, in i18n
 * `docxError.<kind>` (src/i18n/locales/docxError.ts). A refused file never reaches the database.
 */
export const DOCX_ERROR_KINDS = [
  'empty',
  'tooLarge',
  'notZip',
  'oldDoc',
  'encrypted',
  'pdf',
  'rtf',
  'html',
  'otherOffice',
  'openDocument',
  'damaged',
  'tooManyEntries',
  'zipBomb',
  'noDocument',
  'unsafeXml',
  'badXml',
  'emptyDocument',
] as const
export type DocxErrorKind = (typeof DOCX_ERROR_KINDS)[number]

/** Values a message names: sizes in bytes (tooLarge, zipBomb), `count` and `limit` (tooManyEntries). */
export interface DocxErrorParams {
  size?: number
  limit?: number
  count?: number
}

export class DocxError extends Error {
  constructor(
    readonly kind: DocxErrorKind,
    /** Technical detail for the console and a tooltip; never needed to understand the message. */
    readonly detail = '',
    readonly params: DocxErrorParams = {},
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`)
    this.name = 'DocxError'
  }
}

export const isDocxError = (e: unknown): e is DocxError => e instanceof DocxError
