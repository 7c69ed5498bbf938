/**
 * Versions sent for review: how a version is numbered and which earlier version the mentor compares it
 * with. A version is frozen: sending unchanged content again reuses the last version instead of making
 * a new number, so a mentor never sees "version 3" identical to version 2.
 */
import type { Assessment } from '../model'
import { contentHash } from './hash'
import { countFindings } from './history'
import { versionId, type Person, type Version } from './model'

/**
 * The version a send freezes: the last one when its content is the same (by content hash), otherwise the
 * next number after the last one (1 for the first send). `history` is in number order, oldest first.
 */
export function versionToSend(a: Assessment, history: readonly Version[], author: Person, now: number): Version {
  const last = history[history.length - 1] ?? null
  const hash = contentHash(a)
  if (last && last.hash === hash) return last
  const number = (last?.number ?? 0) + 1
  // a plain copy: the frozen content must not follow later edits of the live object
  const content = JSON.parse(JSON.stringify(a)) as Assessment
  // the checks' findings as they stand at sending, kept with the version for the review history (database v9)
  return { id: versionId(a.id, number), assessmentId: a.id, number, hash, createdAt: now, author, content, findings: countFindings(content, now) }
}

/**
 * The version the mentor compares `version` with: the latest earlier version on which a verdict came
 * back (a version sent but never answered is skipped — the mentor never reviewed it).
 */
export function reviewBaseline(history: readonly Version[], answeredNumbers: Iterable<number>, version: Pick<Version, 'number'>): Version | null {
  const answered = new Set(answeredNumbers)
  let best: Version | null = null
  for (const v of history) if (v.number < version.number && answered.has(v.number) && (!best || v.number > best.number)) best = v
  return best
}
