/**
 * Blocks of the body written as XML text, and the packer that puts them in the file.
 *
 * Why: the pack's big repeated tables (a 200-task pack has about 2,000 rows of 350-character descriptors) cost
 * several times their plain-docx floor through docx's object model — a class instance per element, a second object
 * tree per element when the file is written, then that tree's serialisation, most of the time spent in allocation
 * and garbage collection. docx has no public way to put ready XML text into the body (`ImportedXmlComponent`
 * parses the text back into that same object tree), so a `RawBlock` writes a placeholder element that teacher
 * text can never produce (text is escaped, so no `<` survives from it), docx packs the rest of the document as
 * usual, and `packDocx` swaps each placeholder for its block's XML in word/document.xml and zips the files again
 * with fflate (docx's own zip library). Everything outside the blocks — styles, sections, headers, footers,
 * comments, pictures, numbering — stays docx's.
 */
import { FileChild, Packer, type Document, type IXmlableObject } from 'docx'
import { unzipSync, zipSync, type Zippable } from 'fflate'

type Context = Parameters<FileChild['prepForXml']>[0]

const PLACEHOLDER = 'bagalau:raw'
const PLACEHOLDER_XML = new RegExp(`<${PLACEHOLDER} n="(\\d+)"/>`, 'g')
const MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The blocks of each document being packed, in the order docx wrote their placeholders. */
const written = new WeakMap<object, string[]>()

/** A block-level element (a table, a paragraph) whose XML the subclass writes as text. */
export abstract class RawBlock extends FileChild {
  constructor() {
    super(PLACEHOLDER)
  }

  /** The element's XML, text escaped (see `escapeText`). */
  abstract xml(): string

  override prepForXml(context: Context): IXmlableObject {
    const blocks = written.get(context.file)
    if (!blocks) throw new Error('a document with raw XML blocks must be packed with packDocx')
    blocks.push(this.xml())
    return { [PLACEHOLDER]: { _attr: { n: blocks.length - 1 } } }
  }
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Text for element content: `&`, `<` and `>` escaped (run it through `xmlSafe` first). */
export const escapeText = (text: string): string => text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c])

/** Already-compressed media are stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|bmp)$/i

/** The .docx file of a document, raw blocks in place. */
export async function packDocx(doc: Document): Promise<Uint8Array<ArrayBuffer>> {
  const blocks: string[] = []
  written.set(doc, blocks)
  let zipped: Uint8Array<ArrayBuffer>
  try {
    zipped = new Uint8Array(await Packer.toArrayBuffer(doc))
  } finally {
    written.delete(doc)
  }
  if (blocks.length === 0) return zipped
  const files = unzipSync(zipped)
  const document = new TextDecoder().decode(files['word/document.xml'])
  const body = document.replace(PLACEHOLDER_XML, (_, n: string) => blocks[Number(n)])
  const out: Zippable = {}
  for (const [path, data] of Object.entries(files)) {
    out[path] = path === 'word/document.xml' ? new TextEncoder().encode(body) : STORED.test(path) ? [data, { level: 0 }] : data
  }
  return zipSync(out)
}

/** The .docx file of a document as a Blob of Word's type. */
export async function packDocxBlob(doc: Document): Promise<Blob> {
  return new Blob([await packDocx(doc)], { type: MIME })
}
