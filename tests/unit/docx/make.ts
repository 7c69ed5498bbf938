/**
 * Word files for the tests: `makeDocx` (tests/fixtures/docx/makeDocx.mjs, shared with the script that
 * re-saves them with LibreOffice) builds documents with the `docx` library; `zipDocument` builds
 * hand-made packages for the refusals.
 */
import { zipSync, strToU8, type Zippable } from 'fflate'

export { makeDocx, type BlockSpec, type CellSpec, type RowSpec } from '../../fixtures/docx/makeDocx.mjs'

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** A minimal package whose word/document.xml is `body` inside w:document/w:body. */
export function zipDocument(body: string, extra: Zippable = {}): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`), ...extra })
}
