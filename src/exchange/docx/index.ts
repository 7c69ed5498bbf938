/**
 * The one door in for Word files (.docx). Loaded only by `import()` when a teacher opens a Word file,
 * like printing. It uses what the app already ships: fflate (the zip library docx prints with) to
 * inflate, and the browser's DOMParser for XML — no new library. Every refusal is a DocxError whose
 * kind has a message in i18n `docxError`.
 *
 *   readDocx(bytes)      → { body, parts }   checks, unzips the needed parts, reads the body
 *   readDocxFile(file)   → the same from a File/Blob, its size checked before it is read
 *   openDocx(bytes)      → parts' XML text only (document, styles, comments, commentsExtended)
 *   parseXmlPart(text)   → a safely parsed part (no DOCTYPE/entities), for comments.xml and the like
 *   readBody(doc, styles)→ the body model of a parsed document.xml
 *   readComments(parts.comments, parts.commentsExtended) → comments with author, date, reply parent, done
 *   unitsOfDocx(body)    → the lines and table rows the objective reader (domain/catalogue/recognise) takes
 */
import { readBody } from './body'
import { DocxError } from './errors'
import { DOCX_LIMITS, type DocxLimits } from './limits'
import type { DocxDocument } from './model'
import { openDocx } from './package'
import { parseXmlPart } from './xml'

export { readBody } from './body'
export { DOCX_ERROR_KINDS, DocxError, isDocxError, type DocxErrorKind, type DocxErrorParams } from './errors'
export { DOCX_LIMITS, type DocxLimits } from './limits'
export type * from './model'
export { readComments, type DocxComment } from './comments'
export { openDocx } from './package'
export { unitsOfDocx } from './sourceUnits'
export { elementChildren, isW, parseXmlPart, wAttr, wChild, W_NAMESPACES } from './xml'

/** Reads a .docx: refuses what is not one (typed DocxError), else its body model and its parts' XML. */
export function readDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): DocxDocument {
  const parts = openDocx(bytes, limits)
  const document = parseXmlPart(parts.document, 'document')
  const styles = parts.styles ? parseXmlPart(parts.styles, 'styles') : null
  const body = readBody(document, styles)
  if (body.paragraphs.every((p) => p.text.trim() === '')) throw new DocxError('emptyDocument')
  return { body, parts }
}

/** The same from a chosen file: too large a file is refused before it is read into memory. */
export async function readDocxFile(file: Blob, limits: DocxLimits = DOCX_LIMITS): Promise<DocxDocument> {
  if (file.size === 0) throw new DocxError('empty')
  if (file.size > limits.fileBytes) throw new DocxError('tooLarge', String(file.size), { size: file.size, limit: limits.fileBytes })
  return readDocx(new Uint8Array(await file.arrayBuffer()), limits)
}
