/**
 * Rows of a validated backup on their way into the database: cut into slices small enough that the
 * page stays responsive between them, compared without decoding pictures, revived into stored values.
 * dexie-export-import marks typed values in `$types`; backupFile.ts lets only two marks through:
 * `arrayNonindexKeys` (an array, revived as itself) and `blob2` at a picture's `blob` ({ type, data: base64 }).
 */

export type FileRow = Record<string, unknown>

/** Work per slice: about 1 MB of picture data, or 50 other rows (about 50 ms each on a slow laptop). */
const SLICE_BUDGET = 1_000_000
const ROW_WEIGHT = 20_000

interface EncodedBlob {
  type: string
  data: string
}

const encodedBlob = (row: FileRow): EncodedBlob | null => {
  const marks = row.$types as Record<string, unknown> | undefined
  return marks?.blob === 'blob2' ? (row.blob as EncodedBlob) : null
}

/** Consecutive slices of `rows`, each within the work budget (a single large row is a slice of its own). */
export function restoreSlices(rows: readonly FileRow[], budget = SLICE_BUDGET): FileRow[][] {
  const slices: FileRow[][] = []
  let slice: FileRow[] = []
  let weight = 0
  for (const row of rows) {
    const w = ROW_WEIGHT + (encodedBlob(row)?.data.length ?? 0)
    if (slice.length > 0 && weight + w > budget) {
      slices.push(slice)
      slice = []
      weight = 0
    }
    slice.push(row)
    weight += w
  }
  if (slice.length > 0) slices.push(slice)
  return slices
}

type Base64Decoder = (data: string) => Uint8Array<ArrayBuffer>

function decodeBase64(data: string): Uint8Array<ArrayBuffer> {
  // native where the browser has it (Chromium 140+, Firefox 133+): several times faster than atob
  const native = (Uint8Array as unknown as { fromBase64?: Base64Decoder }).fromBase64
  if (native) return native.call(Uint8Array, data)
  const binary = atob(data)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function withoutMarks(row: FileRow): FileRow {
  const value = { ...row }
  delete value.$types
  return value
}

/** The value to store: type marks resolved, a picture's base64 turned back into its Blob. */
export function reviveRow(row: FileRow): FileRow {
  const value = withoutMarks(row)
  const blob = encodedBlob(row)
  if (blob) value.blob = new Blob([decodeBase64(blob.data)], { type: blob.type })
  return value
}

/** A file row as plain data to compare: a picture's blob becomes its type and size, without decoding it. */
export function comparableFileRow(row: FileRow): FileRow {
  const value = withoutMarks(row)
  const blob = encodedBlob(row)
  if (blob) {
    const padding = blob.data.endsWith('==') ? 2 : blob.data.endsWith('=') ? 1 : 0
    value.blob = { type: blob.type, size: (blob.data.length / 4) * 3 - padding }
  }
  return value
}

/** A stored row as plain data to compare: Blobs become their type and size. */
export function comparableHere(row: unknown): FileRow | undefined {
  if (row === undefined || row === null) return undefined
  const value: FileRow = { ...(row as FileRow) }
  for (const [key, x] of Object.entries(value)) if (x instanceof Blob) value[key] = { type: x.type, size: x.size }
  return value
}
