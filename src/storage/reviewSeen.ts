/**
 * When the mentor last looked at each item of her review queue (STORAGE_KEYS.reviewSeen), so the badge of
 * what is new survives a reload. Read and written only by stores/workspaceQueue.ts. A value edited by hand
 * or from another version reads as nothing seen; a write that fails leaves it for this visit only.
 */
import * as v from 'valibot'
import { readRaw, writeRaw, STORAGE_KEYS } from './browserStorage'

const SeenSchema = v.record(v.pipe(v.string(), v.maxLength(200)), v.pipe(v.number(), v.finite(), v.minValue(0)))

export function readReviewSeen(): Map<string, number> {
  const raw = readRaw(STORAGE_KEYS.reviewSeen)
  if (!raw) return new Map()
  try {
    const parsed = v.safeParse(SeenSchema, JSON.parse(raw))
    return parsed.success ? new Map(Object.entries(parsed.output)) : new Map()
  } catch {
    return new Map()
  }
}

export function writeReviewSeen(seen: ReadonlyMap<string, number>): void {
  writeRaw(STORAGE_KEYS.reviewSeen, JSON.stringify(Object.fromEntries(seen)))
}
