import { describe, expect, it } from 'vitest'
import { checkSyncedPicture, pictureDocId, picturesInUse } from '@/domain/workspace/pictures'
import { LIMITS } from '@/domain/shapes/limits'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0])

describe('pictures between devices (domain)', () => {
  it('lists the pictures the assessments use, with their assessment', () => {
    const used = picturesInUse([
      { id: 'a1', tasks: [{ pictures: [{ blobId: 'b1' }, { blobId: 'b2' }] }, { pictures: [] }] },
      { id: 'a2', tasks: [{ pictures: [{ blobId: 'b3' }] }] },
    ])
    expect([...used]).toEqual([['b1', 'a1'], ['b2', 'a1'], ['b3', 'a2']])
  })

  it('names a picture’s document within the server’s 64 characters, stably and apart', () => {
    expect(pictureDocId('abc123')).toBe('picture-abc123')
    const long = 'x'.repeat(64)
    const other = 'x'.repeat(63) + 'y'
    expect(pictureDocId(long)).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
    expect(pictureDocId(long)).toBe(pictureDocId(long))
    expect(pictureDocId(long)).not.toBe(pictureDocId(other))
  })

  it('accepts a PNG and a JPEG within the limit and refuses anything else', () => {
    expect(checkSyncedPicture({ assessmentId: 'a1', mimeType: 'image/png', bytes: PNG }).ok).toBe(true)
    expect(checkSyncedPicture({ assessmentId: 'a1', mimeType: 'image/jpeg', bytes: JPEG }).ok).toBe(true)
    expect(checkSyncedPicture({ assessmentId: 'a1', mimeType: 'image/svg+xml', bytes: new TextEncoder().encode(' <svg/>') }).ok).toBe(true)
    expect(checkSyncedPicture({ assessmentId: 'a1', mimeType: 'image/png', bytes: JPEG })).toEqual({ ok: false, problem: 'type' })
    expect(checkSyncedPicture({ assessmentId: 'a1', mimeType: 'text/html', bytes: PNG })).toEqual({ ok: false, problem: 'type' })
    expect(checkSyncedPicture({ assessmentId: 'a/1', mimeType: 'image/png', bytes: PNG })).toEqual({ ok: false, problem: 'shape' })
    expect(checkSyncedPicture({ assessmentId: 'a1', mimeType: 'image/png', bytes: 'iVBOR' })).toEqual({ ok: false, problem: 'shape' })
    expect(checkSyncedPicture(null)).toEqual({ ok: false, problem: 'shape' })
    const big = new Uint8Array(LIMITS.syncedPictureBytes + 1)
    big.set(PNG)
    expect(checkSyncedPicture({ assessmentId: 'a1', mimeType: 'image/png', bytes: big })).toEqual({ ok: false, problem: 'size' })
    expect(checkSyncedPicture({ assessmentId: 'a1', mimeType: 'image/png', bytes: new Uint8Array() })).toEqual({ ok: false, problem: 'size' })
  })
})
