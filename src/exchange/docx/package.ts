/**
 * The zip of a .docx, opened with care: what the file is (sniff), its directory within the limits, and
 * only the parts a reader needs (the main document, its styles and comments), found through the
 * package's relationships and inflated with every byte counted.
 */
import { DocxError } from './errors'
import { DOCX_LIMITS, type DocxLimits } from './limits'
import type { DocxParts } from './model'
import { sniff } from './sniff'
import { decodePart, parseXmlPart } from './xml'
import { extract, readDirectory, type ZipEntry } from './zip'

const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  styles: /\/styles$/,
  comments: /\/comments$/,
  commentsExtended: /\/commentsExtended$/,
}

/** Relationship targets of a .rels part by type, resolved against the folder of the part they belong to. */
function relationships(text: string | null, folder: string): { type: string; target: string }[] {
  if (!text) return []
  const doc = parseXmlPart(text, 'relationships')
  return Array.from(doc.documentElement.children)
    .filter((el) => el.localName === 'Relationship' && el.getAttribute('TargetMode') !== 'External')
    .map((el) => ({ type: el.getAttribute('Type') ?? '', target: resolve(folder, el.getAttribute('Target') ?? '') }))
}

function resolve(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${folder}${target}`).split('/')
  const out: string[] = []
  for (const p of parts) {
    if (p === '..') out.pop()
    else if (p !== '.' && p !== '') out.push(p)
  }
  return out.join('/')
}

class PartReader {
  private total = 0
  private readonly byName: Map<string, ZipEntry>

  constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly limits: DocxLimits,
  ) {
    this.byName = new Map()
    for (const e of entries) if (!this.byName.has(e.name.toLowerCase())) this.byName.set(e.name.toLowerCase(), e)
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase())
  }

  /** A part's text, or null when the zip has no such part. */
  text(name: string): string | null {
    const entry = this.byName.get(name.toLowerCase())
    if (!entry) return null
    const left = this.limits.totalBytes - this.total
    const bytes = extract(this.bytes, entry, Math.min(this.limits.partBytes, left), this.limits)
    this.total += bytes.length
    return decodePart(bytes)
  }
}

function notWord(reader: PartReader): DocxError {
  const mimetype = reader.has('mimetype') ? (reader.text('mimetype') ?? '') : ''
  if (mimetype.startsWith('application/vnd.oasis.opendocument')) return new DocxError('openDocument', mimetype)
  if (reader.has('xl/workbook.xml') || reader.has('ppt/presentation.xml')) return new DocxError('otherOffice', 'spreadsheet or presentation')
  return new DocxError('noDocument', 'no main document part')
}

/** Checks the file and returns the text of the parts a reader needs; throws a DocxError for anything else. */
export function openDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): DocxParts {
  sniff(bytes, limits)
  const reader = new PartReader(bytes, readDirectory(bytes, limits), limits)
  const main = relationships(reader.text('_rels/.rels'), '').find((r) => REL_TYPE.officeDocument.test(r.type))?.target ?? 'word/document.xml'
  const document = reader.has(main) ? reader.text(main) : null
  if (document === null) throw notWord(reader)
  const slash = main.lastIndexOf('/')
  const folder = main.slice(0, slash + 1)
  const rels = relationships(reader.text(`${folder}_rels/${main.slice(slash + 1)}.rels`), folder)
  const part = (type: RegExp, fallback: string): string | undefined => {
    const name = rels.find((r) => type.test(r.type))?.target ?? `${folder}${fallback}`
    return reader.text(name) ?? undefined
  }
  return {
    document,
    styles: part(REL_TYPE.styles, 'styles.xml'),
    comments: part(REL_TYPE.comments, 'comments.xml'),
    commentsExtended: part(REL_TYPE.commentsExtended, 'commentsExtended.xml'),
  }
}
