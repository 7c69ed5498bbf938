/**
 * A teacher's growth across assessments and months, from the review history (domain/review/history.ts):
 * rounds to approval, the checks' findings per rule family at sending, the kinds of field the mentor
 * remarked on most, and the share of suggestions applied. Pure: both sides pass the rounds they keep
 * (the teacher her own, the mentor the packages she reviewed of one mentee).
 */
import type { Thread } from '../review/model'
import type { CheckFamily, Round } from '../review/history'

/** The five families the growth record speaks of; the other rule families count with the nearest one. */
export const GROWTH_FAMILIES = ['structure', 'wording', 'points', 'levels', 'time'] as const
export type GrowthFamily = (typeof GROWTH_FAMILIES)[number]

const FAMILY_OF: Record<CheckFamily, GrowthFamily> = {
  structure: 'structure',
  multipleChoice: 'structure',
  teacherMaterial: 'structure',
  wording: 'wording',
  textLanguage: 'wording',
  points: 'points',
  levels: 'levels',
  time: 'time',
}
export const growthFamily = (family: CheckFamily): GrowthFamily => FAMILY_OF[family]

/** What a mentor's remark was about, from the field its thread is anchored to. */
export const REMARK_KINDS = ['header', 'objective', 'criterion', 'task', 'answer', 'option', 'part', 'picture', 'descriptor', 'points', 'level', 'time', 'document', 'other'] as const
export type RemarkKind = (typeof REMARK_KINDS)[number]

export function remarkKind(path: string): RemarkKind {
  const p = path.split('/')
  if (path === 'document' || ((p[0] === 'objectives' || p[0] === 'criteria' || p[0] === 'tasks') && p.length === 1)) return 'document'
  if (p[0] === 'header') return p[1] === 'durationMinutes' ? 'time' : 'header'
  if (p[0] === 'objectives') return 'objective'
  if (p[0] === 'criteria') return 'criterion'
  if (p[0] !== 'tasks') return 'other'
  const [, , list, , field] = p
  if (list === 'descriptors') return field === 'points' ? 'points' : 'descriptor'
  if (list === 'options' || (list === 'parts' && p[4] === 'options')) return 'option'
  if (list === 'parts') return 'part'
  if (list === 'pictures') return 'picture'
  if (list === 'minutes') return 'time'
  if (list === 'answer') return 'answer'
  if (list === 'level') return 'level'
  return 'task'
}

/** One assessment's history, as a side keeps it. */
export interface GrowthAssessment {
  id: string
  title: string
  rounds: readonly Round[]
  threads: readonly Thread[]
}

export type FamilyCounts = Record<GrowthFamily, number>
const zeroCounts = (): FamilyCounts => ({ structure: 0, wording: 0, points: 0, levels: 0, time: 0 })

/** Errors and warnings per growth family in one round's findings. */
export function familyCounts(round: Pick<Round, 'findings'>): FamilyCounts {
  const counts = zeroCounts()
  for (const r of round.findings.rules) counts[growthFamily(r.family)] += r.errors + r.warnings
  return counts
}

export interface AssessmentGrowth {
  id: string
  title: string
  firstSentAt: number
  rounds: number
  /** The round (1 = the first sending) on which it was approved, null when it is not (yet). */
  approvedInRound: number | null
  findingsFirst: number
  findingsLast: number
  remarks: number
  suggestionsOffered: number
  suggestionsApplied: number
}

export interface MonthGrowth {
  /** `YYYY-MM` of the first sending. */
  month: string
  assessments: number
  rounds: number
  approvals: number
  /** Mean rounds to approval of the approved assessments first sent that month; null when none was approved. */
  roundsToApproval: number | null
  /** Mean findings (errors and warnings) at the first sending. */
  findingsAtFirstSending: number
}

export interface FamilyGrowth {
  family: GrowthFamily
  /** Mean per first sending, over the earlier half of the assessments (by first sending). */
  earlier: number
  /** The same over the later half; equal to `earlier` when there is only one assessment. */
  recent: number
  /** Over every sending, all rounds. */
  total: number
}

export interface GrowthFigures {
  period: { from: number; to: number } | null
  assessments: number
  rounds: number
  approvals: number
  /** Mean rounds to approval over the approved assessments; null when none was. */
  meanRoundsToApproval: number | null
  months: MonthGrowth[]
  families: FamilyGrowth[]
  remarks: { kind: RemarkKind; count: number }[]
  suggestions: { offered: number; applied: number; share: number | null }
  table: AssessmentGrowth[]
  /** Families whose findings at first sending went down from the earlier to the later assessments. */
  improved: GrowthFamily[]
  /** Families still found at the later first sendings, most first. */
  needsWork: GrowthFamily[]
  /** Whether the later approved assessments needed fewer rounds than the earlier ones (null: too few to say). */
  fewerRounds: boolean | null
}

const localMonth = (t: number): string => {
  const d = new Date(t)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null)
const total = (c: FamilyCounts): number => GROWTH_FAMILIES.reduce((s, f) => s + c[f], 0)

function assessmentGrowth(a: GrowthAssessment): AssessmentGrowth | null {
  const rounds = [...a.rounds].sort((x, y) => x.number - y.number)
  if (!rounds.length) return null
  const approvedAt = rounds.findIndex((r) => r.verdict?.verdict === 'approve')
  const published = a.threads.filter((t) => t.comments.some((c) => c.role === 'mentor'))
  return {
    id: a.id,
    title: a.title,
    firstSentAt: rounds[0].sentAt,
    rounds: approvedAt >= 0 ? approvedAt + 1 : rounds.length,
    approvedInRound: approvedAt >= 0 ? approvedAt + 1 : null,
    findingsFirst: rounds[0].errors + rounds[0].warnings,
    findingsLast: rounds[rounds.length - 1].errors + rounds[rounds.length - 1].warnings,
    remarks: published.length,
    suggestionsOffered: rounds.reduce((s, r) => s + r.suggestionsOffered, 0),
    suggestionsApplied: rounds.reduce((s, r) => s + r.suggestionsApplied, 0),
  }
}

/** Every figure of the growth page and the printed record. `monthOf` buckets a time (local months by default). */
export function growthFigures(list: readonly GrowthAssessment[], monthOf: (t: number) => string = localMonth): GrowthFigures {
  const withRounds = list.filter((a) => a.rounds.length > 0).sort((x, y) => Math.min(...x.rounds.map((r) => r.sentAt)) - Math.min(...y.rounds.map((r) => r.sentAt)))
  const table = withRounds.map(assessmentGrowth).filter((g): g is AssessmentGrowth => g !== null)
  const allRounds = withRounds.flatMap((a) => a.rounds)
  const times = allRounds.flatMap((r) => [r.sentAt, ...(r.verdict ? [r.verdict.finishedAt] : [])])
  const approved = table.filter((g) => g.approvedInRound !== null)

  const firstRound = (a: GrowthAssessment) => [...a.rounds].sort((x, y) => x.number - y.number)[0]
  const firstCounts = withRounds.map((a) => familyCounts(firstRound(a)))
  const half = Math.floor(firstCounts.length / 2)
  const earlierPart = firstCounts.length > 1 ? firstCounts.slice(0, half) : firstCounts
  const recentPart = firstCounts.length > 1 ? firstCounts.slice(half) : firstCounts
  const allCounts = allRounds.map(familyCounts)
  const families: FamilyGrowth[] = GROWTH_FAMILIES.map((family) => ({
    family,
    earlier: mean(earlierPart.map((c) => c[family])) ?? 0,
    recent: mean(recentPart.map((c) => c[family])) ?? 0,
    total: allCounts.reduce((s, c) => s + c[family], 0),
  }))

  const byMonth = new Map<string, { growth: AssessmentGrowth[]; findings: number[] }>()
  withRounds.forEach((a, i) => {
    const key = monthOf(table[i].firstSentAt)
    const bucket = byMonth.get(key) ?? { growth: [], findings: [] }
    bucket.growth.push(table[i])
    bucket.findings.push(total(firstCounts[i]))
    byMonth.set(key, bucket)
  })
  const months: MonthGrowth[] = [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, { growth, findings }]) => ({
      month,
      assessments: growth.length,
      rounds: growth.reduce((s, g) => s + g.rounds, 0),
      approvals: growth.filter((g) => g.approvedInRound !== null).length,
      roundsToApproval: mean(growth.filter((g) => g.approvedInRound !== null).map((g) => g.approvedInRound as number)),
      findingsAtFirstSending: mean(findings) ?? 0,
    }))

  const remarkCounts = new Map<RemarkKind, number>()
  for (const a of withRounds)
    for (const t of a.threads) if (t.comments.some((c) => c.role === 'mentor')) remarkCounts.set(remarkKind(t.path), (remarkCounts.get(remarkKind(t.path)) ?? 0) + 1)
  const remarks = [...remarkCounts.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || REMARK_KINDS.indexOf(a.kind) - REMARK_KINDS.indexOf(b.kind))

  const offered = table.reduce((s, g) => s + g.suggestionsOffered, 0)
  const applied = table.reduce((s, g) => s + g.suggestionsApplied, 0)

  const approvedRounds = approved.map((g) => g.approvedInRound as number)
  const approvedHalf = Math.floor(approvedRounds.length / 2)
  const fewerRounds = approvedRounds.length >= 2 ? (mean(approvedRounds.slice(approvedHalf)) as number) < (mean(approvedRounds.slice(0, approvedHalf)) as number) : null

  return {
    period: times.length ? { from: Math.min(...times), to: Math.max(...times) } : null,
    assessments: table.length,
    rounds: allRounds.length,
    approvals: approved.length,
    meanRoundsToApproval: mean(approvedRounds),
    months,
    families,
    remarks,
    suggestions: { offered, applied, share: offered ? applied / offered : null },
    table,
    improved: firstCounts.length > 1 ? families.filter((f) => f.recent < f.earlier).map((f) => f.family) : [],
    needsWork: families.filter((f) => f.recent > 0 && !(firstCounts.length > 1 && f.recent < f.earlier)).sort((a, b) => b.recent - a.recent).map((f) => f.family),
    fewerRounds,
  }
}

/** Bar lengths in percent of the largest value (a chart's scale), 0 for an empty chart. */
export function barPercents(values: readonly number[]): number[] {
  const max = Math.max(0, ...values)
  return values.map((v) => (max > 0 ? Math.round((v / max) * 1000) / 10 : 0))
}
