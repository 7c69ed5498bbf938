/**
 * The school-workspace membership kept in this browser (STORAGE_KEYS.workspace). Read and written
 * only by the workspace page's store, so nothing of it reaches the first page.
 */
import * as v from 'valibot'
import { MembershipSchema, type Membership } from '@/domain/shapes/membership'
import { readRaw, removeRaw, writeRaw, STORAGE_KEYS, type WriteResult } from './browserStorage'

export function readMembership(): Membership | null {
  const raw = readRaw(STORAGE_KEYS.workspace)
  if (!raw) return null
  try {
    const parsed = v.safeParse(MembershipSchema, JSON.parse(raw))
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}

export function writeMembership(membership: Membership): WriteResult {
  return writeRaw(STORAGE_KEYS.workspace, JSON.stringify(membership))
}

export function forgetMembership(): void {
  removeRaw(STORAGE_KEYS.workspace)
}
