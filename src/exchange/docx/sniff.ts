/**
 * What a file is, from its first bytes, before anything is unzipped: a teacher's «Word file» is often
 * an old .doc, a password-protected .docx (an OLE container holding an EncryptedPackage), a PDF, an RTF
 * or a web page saved with a .doc name. Each gets its own message saying what to do.
 */
import { DocxError } from './errors'
import { DOCX_LIMITS, type DocxLimits } from './limits'

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP = [0x50, 0x4b]

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean => magic.every((b, i) => bytes[at + i] === b)

/** An OLE directory entry name as it is stored: UTF-16LE. */
const utf16 = (name: string): number[] => [...name].flatMap((c) => [c.charCodeAt(0), 0])
const ENCRYPTED_PACKAGE = utf16('EncryptedPackage')
const WORD_DOCUMENT = utf16('WordDocument')

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0]
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, needle, i)) return true
  }
  return false
}

/** An OLE compound file: a password-protected .docx, an old .doc, or another old Office file. */
function oleKind(bytes: Uint8Array): DocxError {
  if (contains(bytes, ENCRYPTED_PACKAGE)) return new DocxError('encrypted', 'OLE with EncryptedPackage')
  if (contains(bytes, WORD_DOCUMENT)) return new DocxError('oldDoc', 'OLE with WordDocument')
  return new DocxError('otherOffice', 'OLE without a Word stream')
}

function textStart(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart()
  return head.slice(0, 64).toLowerCase()
}

/** Throws the refusal for anything that is not a zip within the size limit. */
export function sniff(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): void {
  if (bytes.length === 0) throw new DocxError('empty')
  if (bytes.length > limits.fileBytes) throw new DocxError('tooLarge', String(bytes.length), { size: bytes.length, limit: limits.fileBytes })
  if (startsWith(bytes, ZIP)) return
  if (startsWith(bytes, OLE)) throw oleKind(bytes)
  const head = textStart(bytes)
  if (head.startsWith('%pdf')) throw new DocxError('pdf')
  if (head.startsWith('{\\rtf')) throw new DocxError('rtf')
  if (head.startsWith('<') || head.startsWith('mime-version')) throw new DocxError('html')
  throw new DocxError('notZip')
}
