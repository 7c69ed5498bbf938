/**
 * Task pictures between one teacher's devices (sync/pictureSync.ts): which pictures her assessments use,
 * what a picture's workspace document is called, and the check of a picture arriving from the server
 * before it is stored (an image type the app accepts, bytes that begin as that type does, within the
 * size limit of shapes/limits.ts).
 */
import { LIMITS, ID_PATTERN } from '@/domain/shapes/limits'
import { isAcceptedPictureType } from '@/domain/pictureSize'

/** A picture as its workspace document holds it (map `picture`). */
export interface SyncedPicture {
  assessmentId: string
  mimeType: string
  bytes: Uint8Array
}

/** Every picture the assessments use: blob id → the assessment it belongs to. */
export function picturesInUse(assessments: readonly { id: string; tasks: readonly { pictures: readonly { blobId: string }[] }[] }[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const assessment of assessments) {
    for (const task of assessment.tasks) for (const picture of task.pictures) out.set(picture.blobId, assessment.id)
  }
  return out
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable name for an id too long to fit in a document name. */
function fnv(text: string, seed: number): string {
  let hash = seed
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** The document id (third part of `private/<member>/<docId>`, at most 64 characters) of a picture. */
export function pictureDocId(blobId: string): string {
  const plain = `picture-${blobId}`
  if (plain.length <= 64) return plain
  return `picture-${blobId.slice(0, 38)}-${fnv(blobId, 0x811c9dc5)}${fnv(blobId, 0x01000193)}`
}

const SIGNATURES: Record<string, (bytes: Uint8Array) => boolean> = {
  'image/png': (b) => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/svg+xml': (b) => {
    const head = new TextDecoder().decode(b.subarray(0, 256)).trimStart()
    return head.startsWith('<')
  },
}

export type PictureProblem = 'shape' | 'type' | 'size'

/** Checks a picture read from its document; `problem` says why one is refused. */
export function checkSyncedPicture(raw: unknown): { ok: true; picture: SyncedPicture } | { ok: false; problem: PictureProblem } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, problem: 'shape' }
  const { assessmentId, mimeType, bytes } = raw as Record<string, unknown>
  if (typeof assessmentId !== 'string' || !ID_PATTERN.test(assessmentId) || typeof mimeType !== 'string' || !(bytes instanceof Uint8Array)) {
    return { ok: false, problem: 'shape' }
  }
  if (bytes.byteLength === 0 || bytes.byteLength > LIMITS.syncedPictureBytes) return { ok: false, problem: 'size' }
  if (!isAcceptedPictureType(mimeType) || !SIGNATURES[mimeType]?.(bytes)) return { ok: false, problem: 'type' }
  return { ok: true, picture: { assessmentId, mimeType, bytes } }
}
