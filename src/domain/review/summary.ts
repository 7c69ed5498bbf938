/**
 * A frozen version without its content, as the growth page reads it (database v12): its findings at
 * sending and the suggestions it holds. The growth record needs nothing more of a version, and 200
 * versions read whole took seconds; their summaries are a few hundred bytes each.
 */
import type { VersionSummaryShape } from '../shapes/review'
import { findingsOf } from './history'
import type { Thread, Version } from './model'
import { isApplied } from './suggestion'

export type VersionSummary = VersionSummaryShape

/** The summary of `ver`: `applied` names the threads started on an earlier version whose suggestion its content holds. */
export function summarizeVersion(ver: Version, threads: readonly Thread[]): VersionSummary {
  const applied = threads
    .filter((t) => t.assessmentId === ver.assessmentId && t.suggestion !== null && t.versionNumber < ver.number && isApplied(ver.content, t.path, t.suggestion))
    .map((t) => t.id)
  return { id: ver.id, assessmentId: ver.assessmentId, number: ver.number, hash: ver.hash, createdAt: ver.createdAt, author: ver.author, findings: findingsOf(ver), applied }
}

/** The summaries of one assessment's versions (or of many: each version takes its own assessment's threads). */
export function summarizeVersions(versions: readonly Version[], threads: readonly Thread[]): VersionSummary[] {
  const byAssessment = new Map<string, Thread[]>()
  for (const t of threads) if (t.suggestion !== null) (byAssessment.get(t.assessmentId) ?? byAssessment.set(t.assessmentId, []).get(t.assessmentId)!).push(t)
  return versions.map((ver) => summarizeVersion(ver, byAssessment.get(ver.assessmentId) ?? []))
}
