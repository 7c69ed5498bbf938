/**
 * Where a growth record comes from. The teacher's: the versions she sent and the replies she applied, on
 * her own machine. The mentor's, per mentee: the rounds she opened from that teacher's packages (each holds
 * the version she reviewed) and her verdicts. Threads are the published ones (a mentor's drafts are no remark yet).
 */
import type { Person, ReviewRow, Thread } from '../review/model'
import { historyFromMentorRows, reviewHistory, verdictsFromReplies, type HistoryVersion } from '../review/history'
import { visibleToTeacher } from '../review/threads'
import type { GrowthAssessment } from './figures'

export interface GrowthSource {
  assessments: readonly { id: string; title: string; deletedAt: number | null }[]
  /** The teacher's versions sent, whole or as their summaries (db/growth.ts reads the summaries). */
  versions: readonly HistoryVersion[]
  rounds: readonly ReviewRow[]
  threads: readonly Thread[]
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const x of list) {
    const k = key(x)
    const bucket = map.get(k)
    if (bucket) bucket.push(x)
    else map.set(k, [x])
  }
  return map
}

/** The teacher's own assessments that were ever sent (none in the trash), each with its rounds. */
export function teacherGrowth(src: GrowthSource): GrowthAssessment[] {
  const versions = groupBy(src.versions, (v) => v.assessmentId)
  const replies = groupBy(src.rounds.filter((r) => r.role === 'teacher'), (r) => r.assessmentId)
  const threads = groupBy(src.threads, (t) => t.assessmentId)
  return src.assessments
    .filter((a) => a.deletedAt === null && versions.has(a.id))
    .map((a) => {
      const own = visibleToTeacher(threads.get(a.id) ?? [])
      return { id: a.id, title: a.title, threads: own, rounds: reviewHistory({ versions: versions.get(a.id) ?? [], verdicts: verdictsFromReplies(replies.get(a.id) ?? []), threads: own }) }
    })
}

export interface Mentee {
  key: string
  person: Person
  assessments: number
}

/** A mentee is the author a package named (name and school as she typed them). */
export const menteeKey = (p: Person): string => `${p.name.trim()}\u0001${p.school.trim()}`

/** The teachers whose packages were opened here as a mentor, by name. */
export function menteesOf(rounds: readonly ReviewRow[]): Mentee[] {
  const byKey = groupBy(rounds.filter((r) => r.role === 'mentor' && r.version), (r) => menteeKey(r.author))
  return [...byKey.entries()]
    .map(([key, rows]) => ({ key, person: rows[0].author, assessments: new Set(rows.map((r) => r.assessmentId)).size }))
    .sort((a, b) => a.person.name.localeCompare(b.person.name))
}

/** One mentee's assessments as the mentor reviewed them. */
export function mentorGrowth(src: Pick<GrowthSource, 'rounds' | 'threads'>, key: string): GrowthAssessment[] {
  const rows = src.rounds.filter((r) => r.role === 'mentor' && r.version && menteeKey(r.author) === key)
  const threads = groupBy(src.threads, (t) => t.assessmentId)
  return [...groupBy(rows, (r) => r.assessmentId).entries()].map(([id, own]) => {
    const latest = own.reduce((a, b) => (b.openedAt > a.openedAt ? b : a))
    const published = visibleToTeacher(threads.get(id) ?? [])
    return { id, title: latest.title, threads: published, rounds: reviewHistory({ ...historyFromMentorRows(own), threads: published }) }
  })
}

/** One assessment's rounds as the mentor keeps them (the earlier rounds shown beside the one under review). */
export function mentorRoundsOf(src: Pick<GrowthSource, 'rounds' | 'threads'>, assessmentId: string) {
  const own = src.rounds.filter((r) => r.role === 'mentor' && r.version && r.assessmentId === assessmentId)
  return reviewHistory({ ...historyFromMentorRows(own), threads: src.threads.filter((t) => t.assessmentId === assessmentId) })
}
