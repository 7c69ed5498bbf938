/**
 * Rounds of review as the teacher's machine records them: one per reply applied (role `teacher`), one per
 * package opened on the mentor's side (role `mentor`). Which versions came back with a verdict, and which
 * reply is the last one.
 */
import type { Role } from './model'

interface RoundLike {
  role: Role
  versionNumber: number
  finishedAt: number | null
}

/** Numbers of the versions a mentor's reply was applied to here (the candidates for a review baseline). */
export function answeredVersionNumbers(rounds: readonly RoundLike[]): number[] {
  return rounds.filter((r) => r.role === 'teacher').map((r) => r.versionNumber)
}

/** The last reply applied here, by when the mentor wrote it (not when it was opened). */
export function lastAppliedReply<R extends RoundLike>(rounds: readonly R[]): R | null {
  let last: R | null = null
  for (const r of rounds) if (r.role === 'teacher' && (!last || (r.finishedAt ?? 0) > (last.finishedAt ?? 0))) last = r
  return last
}
