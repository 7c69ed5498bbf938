/**
 * A small, strict reader of a zip's central directory, and inflating that counts every byte as it comes
 * out. fflate (already in the app: docx, the Word printer, uses it) inflates; the directory is read here so
 * that the number of entries, the declared sizes and the compression ratio are checked before one byte is
 * inflated, and so that only the parts that are needed are ever inflated.
 */
import { Inflate } from 'fflate'
import { DocxError } from './errors'
import { DOCX_LIMITS, type DocxLimits } from './limits'

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
  encrypted: boolean
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const names = new TextDecoder('utf-8')

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at
  }
  throw new DocxError('damaged', 'no end of central directory')
}

/** Every entry of the central directory, checked against the limits; nothing is inflated here. */
export function readDirectory(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): ZipEntry[] {
  if (bytes.length < 22) throw new DocxError('damaged', 'shorter than a zip')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndRecord(view)
  const count = view.getUint16(end + 10, true)
  const offset = view.getUint32(end + 16, true)
  if (count === 0xffff || offset === 0xffffffff) throw new DocxError('damaged', 'zip64')
  if (count > limits.entries) throw new DocxError('tooManyEntries', String(count), { count, limit: limits.entries })
  const entries: ZipEntry[] = []
  let declared = 0
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw new DocxError('damaged', `central entry ${i}`)
    const nameLength = view.getUint16(at + 28, true)
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    }
    declared += entry.size
    if (declared > limits.declaredBytes) throw new DocxError('zipBomb', 'declared total', { size: declared, limit: limits.declaredBytes })
    entries.push(entry)
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new DocxError('damaged', `local header of ${entry.name}`)
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  if (start + entry.compressedSize > bytes.length) throw new DocxError('damaged', `${entry.name} is cut short`)
  return bytes.subarray(start, start + entry.compressedSize)
}

/** Input is pushed in slices this small so that output is counted before it can grow far past a limit. */
const SLICE = 1024

function inflateCounted(data: Uint8Array, name: string, limit: number): Uint8Array {
  const chunks: Uint8Array[] = []
  let total = 0
  const inflater = new Inflate()
  inflater.ondata = (chunk) => {
    total += chunk.length
    if (total > limit) throw new DocxError('zipBomb', `${name} inflates past ${limit}`, { size: total, limit })
    chunks.push(chunk)
  }
  try {
    if (data.length === 0) inflater.push(data, true)
    for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length)
  } catch (e) {
    if (e instanceof DocxError) throw e
    throw new DocxError('damaged', `${name}: ${(e as Error).message}`)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/**
 * The bytes of one entry: declared size and ratio checked first, then inflated with every byte counted
 * against `limit` (so a part that lies about its size is stopped while it inflates).
 */
export function extract(bytes: Uint8Array, entry: ZipEntry, limit: number, limits: DocxLimits = DOCX_LIMITS): Uint8Array {
  if (entry.encrypted) throw new DocxError('encrypted', entry.name)
  if (entry.size > limit) throw new DocxError('zipBomb', `${entry.name} declares ${entry.size}`, { size: entry.size, limit })
  if (entry.size > limits.ratioFloor && entry.size > entry.compressedSize * limits.ratio) {
    throw new DocxError('zipBomb', `${entry.name} ratio`, { size: entry.size, limit })
  }
  const data = compressedData(bytes, entry)
  let out: Uint8Array
  if (entry.method === 0) out = data
  else if (entry.method === 8) out = inflateCounted(data, entry.name, limit)
  else throw new DocxError('damaged', `${entry.name}: compression method ${entry.method}`)
  if (out.length !== entry.size) throw new DocxError('damaged', `${entry.name}: ${out.length} bytes, ${entry.size} declared`)
  return out
}
