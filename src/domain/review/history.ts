/**
 * The review history of one assessment, round by round, as both sides keep it: each version sent, the
 * checks' findings at sending, the verdict that came back with its summary, what happened to the
 * threads in that round, the suggestions offered and applied, and how long the verdict took. Nothing
 * here reads the database: the teacher's side passes its versions and applied replies, the mentor's side
 * the versions inside the rounds it opened (historyFromMentorRows).
 */
import type { Assessment } from '../model'
import type { RawFinding, Rule } from '../checks/types'
import { RULE_FAMILIES } from '../checks/engine'
import type { RuleCountShape, VersionFindingsShape, VersionSummaryShape } from '../shapes/review'
import { CHECK_FAMILIES } from '../shapes/review'
import type { Person, ReviewRow, Thread, Verdict, Version } from './model'
import { isApplied } from './suggestion'

export type CheckFamily = (typeof CHECK_FAMILIES)[number]
export type RuleCount = RuleCountShape
export type VersionFindings = VersionFindingsShape
/** A version whole, or its summary without the content (domain/review/summary.ts): the history needs no more. */
export type HistoryVersion = Version | VersionSummaryShape

/** Errors and warnings per rule (hints are not counted: they are advice, not problems). */
export function countFindings(a: Assessment, at: number, later = false): VersionFindings {
  const rules: RuleCount[] = []
  for (const family of CHECK_FAMILIES) {
    const byRule = new Map<string, RuleCount>()
    const rule: Rule = RULE_FAMILIES[family]
    for (const f of rule(a) as RawFinding[]) {
      if (f.severity === 'hint') continue
      const count = byRule.get(f.ruleId) ?? { family, ruleId: f.ruleId, errors: 0, warnings: 0 }
      if (f.severity === 'error') count.errors += 1
      else count.warnings += 1
      byRule.set(f.ruleId, count)
    }
    rules.push(...byRule.values())
  }
  return { at, later, rules }
}

/** The findings kept with a version; for one frozen before they were kept, counted now from its content (marked `later`). */
export function findingsOf(ver: HistoryVersion): VersionFindings {
  if (!('content' in ver)) return ver.findings
  return ver.findings ?? countFindings(ver.content, ver.createdAt, true)
}

export const totalErrors = (f: VersionFindings): number => f.rules.reduce((n, r) => n + r.errors, 0)
export const totalWarnings = (f: VersionFindings): number => f.rules.reduce((n, r) => n + r.warnings, 0)

/** A verdict that came back on a version (a reply applied on the teacher's side, a finished review on the mentor's). */
export interface VerdictRecord {
  versionNumber: number
  versionHash: string
  verdict: Verdict
  summary: string
  reviewer: Person
  finishedAt: number
}

export interface RoundThreads {
  /** Threads started on this version. */
  opened: number
  /** Threads that got a further comment (an answer or a follow-up) written against this version. */
  replied: number
  /** Threads resolved while this version was the one under review. */
  resolved: number
  /** Threads still open when the round ended (its verdict, or now while it waits). */
  leftOpen: number
}

export interface Round {
  number: number
  hash: string
  sentAt: number
  author: Person
  findings: VersionFindings
  errors: number
  warnings: number
  /** The verdict on this very version, or null while it waits (or was never answered). */
  verdict: VerdictRecord | null
  /** Milliseconds from sending to the verdict, null without one. */
  timeToVerdict: number | null
  threads: RoundThreads
  suggestionsOffered: number
  suggestionsApplied: number
  /** The latest version sent: the round the assessment's status is about. */
  current: boolean
}

export interface HistoryInput {
  versions: readonly HistoryVersion[]
  verdicts: readonly VerdictRecord[]
  threads: readonly Thread[]
  /** The working copy now (teacher's side), to tell suggestions applied after the last version was sent. */
  current?: Assessment | null
}

/** Verdicts from the teacher's applied replies. */
export function verdictsFromReplies(rows: readonly ReviewRow[]): VerdictRecord[] {
  return rows.filter((r) => r.role === 'teacher' && r.verdict !== null && r.finishedAt !== null).map(toVerdict)
}

function toVerdict(r: ReviewRow): VerdictRecord {
  return { versionNumber: r.versionNumber, versionHash: r.versionHash, verdict: r.verdict as Verdict, summary: r.summary, reviewer: r.reviewer, finishedAt: r.finishedAt as number }
}

/**
 * The mentor's side: the versions she was sent for one assessment (one per round opened, the latest
 * copy of a number re-sent with other content) and the verdicts she gave.
 */
export function historyFromMentorRows(rows: readonly ReviewRow[]): { versions: Version[]; verdicts: VerdictRecord[] } {
  const byNumber = new Map<number, ReviewRow>()
  for (const r of rows) {
    if (r.role !== 'mentor' || !r.version) continue
    const before = byNumber.get(r.versionNumber)
    if (!before || r.openedAt > before.openedAt) byNumber.set(r.versionNumber, r)
  }
  const chosen = [...byNumber.values()].sort((a, b) => a.versionNumber - b.versionNumber)
  return {
    versions: chosen.map((r) => r.version as Version),
    verdicts: chosen.filter((r) => r.verdict !== null && r.finishedAt !== null).map(toVerdict),
  }
}

/** The verdict for this version: the latest written one that names its number and content. */
function verdictFor(ver: HistoryVersion, verdicts: readonly VerdictRecord[]): VerdictRecord | null {
  let best: VerdictRecord | null = null
  for (const v of verdicts) if (v.versionNumber === ver.number && v.versionHash === ver.hash && (!best || v.finishedAt > best.finishedAt)) best = v
  return best
}

/** Whether a later version holds a thread's suggestion: from its content, or as its summary recorded it. */
const holds = (ver: HistoryVersion, t: Thread): boolean => ('content' in ver ? isApplied(ver.content, t.path, t.suggestion as string) : ver.applied.includes(t.id))

/** Every round, oldest first. */
export function reviewHistory({ versions, verdicts, threads, current = null }: HistoryInput): Round[] {
  const sorted = [...versions].sort((a, b) => a.number - b.number)
  const latest = sorted[sorted.length - 1]?.number ?? null
  // a status change belongs to the round whose version was the latest sent at that moment
  const roundAt = (time: number): number | null => {
    let n: number | null = null
    for (const v of sorted) if (v.createdAt <= time) n = v.number
    return n
  }
  return sorted.map((ver, i) => {
    const verdict = verdictFor(ver, verdicts)
    const end = verdict?.finishedAt ?? Number.POSITIVE_INFINITY
    const opened = threads.filter((t) => t.versionNumber === ver.number)
    const replied = threads.filter((t) => t.comments.slice(1).some((c) => c.versionNumber === ver.number)).length
    const resolved = threads.filter((t) => t.status === 'resolved' && roundAt(t.statusAt) === ver.number).length
    const leftOpen = threads.filter((t) => t.versionNumber <= ver.number && !(t.status === 'resolved' && t.statusAt <= end)).length
    const offered = opened.filter((t) => t.suggestion !== null)
    const later = sorted.slice(i + 1)
    const applied = offered.filter((t) => later.some((v) => holds(v, t)) || (current !== null && isApplied(current, t.path, t.suggestion as string))).length
    const findings = findingsOf(ver)
    return {
      number: ver.number,
      hash: ver.hash,
      sentAt: ver.createdAt,
      author: ver.author,
      findings,
      errors: totalErrors(findings),
      warnings: totalWarnings(findings),
      verdict,
      timeToVerdict: verdict ? Math.max(0, verdict.finishedAt - ver.createdAt) : null,
      threads: { opened: opened.length, replied, resolved, leftOpen },
      suggestionsOffered: offered.length,
      suggestionsApplied: applied,
      current: ver.number === latest,
    }
  })
}

/** Newest first, as the panels list them. */
export const newestFirst = (rounds: readonly Round[]): Round[] => [...rounds].sort((a, b) => b.number - a.number)

/**
 * The verdict the panel shows as the assessment's own: the one on the latest version sent. A reply for
 * an older version (opened late, or again) never stands for the present state; null while the latest waits.
 */
export function currentVerdict<R extends { role: string; versionNumber: number; verdict: Verdict | null; finishedAt: number | null }>(
  rows: readonly R[],
  latestNumber: number | null,
): R | null {
  let best: R | null = null
  for (const r of rows)
    if (r.role === 'teacher' && r.verdict !== null && r.versionNumber === latestNumber && (!best || (r.finishedAt ?? 0) > (best.finishedAt ?? 0))) best = r
  return best
}

/** How a reply being opened relates to the present: about the latest version, or kept as history of an older one. */
export type ReplyNews = { kind: 'current' } | { kind: 'older'; versionNumber: number; latestNumber: number }

export function replyNews(replyNumber: number, latestNumber: number | null): ReplyNews {
  return latestNumber === null || replyNumber >= latestNumber ? { kind: 'current' } : { kind: 'older', versionNumber: replyNumber, latestNumber }
}
