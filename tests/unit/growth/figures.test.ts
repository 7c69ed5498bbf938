import { describe, expect, it } from 'vitest'
import { barPercents, familyCounts, growthFigures, remarkKind, type GrowthAssessment } from '@/domain/growth/figures'
import type { Round } from '@/domain/review/history'
import type { RuleCount } from '@/domain/review/history'
import type { Thread } from '@/domain/review/model'

const DAY = 86_400_000
const person = { name: 'Сәуле', school: '' }
const month = (t: number) => new Date(t).toISOString().slice(0, 7)

function round(number: number, sentAt: number, rules: RuleCount[], verdict: 'approve' | 'requestChanges' | null, offered = 0, applied = 0): Round {
  const errors = rules.reduce((s, r) => s + r.errors, 0)
  const warnings = rules.reduce((s, r) => s + r.warnings, 0)
  return {
    number, hash: '0123456789abcdef', sentAt, author: person, findings: { at: sentAt, later: false, rules }, errors, warnings,
    verdict: verdict ? { versionNumber: number, versionHash: '0123456789abcdef', verdict, summary: '', reviewer: person, finishedAt: sentAt + DAY } : null,
    timeToVerdict: verdict ? DAY : null, threads: { opened: 0, replied: 0, resolved: 0, leftOpen: 0 }, suggestionsOffered: offered, suggestionsApplied: applied, current: false,
  }
}

const rule = (family: RuleCount['family'], errors: number, warnings = 0): RuleCount => ({ family, ruleId: `${family}Rule`, errors, warnings })

function remark(path: string, role: 'mentor' | 'teacher' = 'mentor'): Thread {
  return { id: path, assessmentId: 'a', path, quote: '', versionNumber: 1, status: 'open', statusAt: 0, suggestion: null, createdAt: 0, comments: [{ id: 'c', author: '', role, text: 'x', createdAt: 0, versionNumber: 1, draft: false }] }
}

const OCT = Date.UTC(2026, 9, 15)
const MAR = Date.UTC(2027, 2, 15)

const october: GrowthAssessment = {
  id: 'oct', title: 'Қазан',
  rounds: [round(1, OCT, [rule('structure', 2), rule('wording', 0, 3), rule('multipleChoice', 1)], 'requestChanges', 2, 1), round(2, OCT + 3 * DAY, [rule('wording', 0, 1)], 'requestChanges'), round(3, OCT + 6 * DAY, [], 'approve')],
  threads: [remark('tasks/t1/descriptors/d1/text'), remark('tasks/t1/descriptors/d2/text'), remark('criteria/c1/text'), remark('tasks/t1/text', 'teacher')],
}
const march: GrowthAssessment = {
  id: 'mar', title: 'Наурыз',
  rounds: [round(1, MAR, [rule('wording', 0, 1), rule('time', 1)], 'approve', 2, 2)],
  threads: [remark('tasks/t2/descriptors/d1/points')],
}

describe('growth figures', () => {
  it('counts assessments, rounds, approvals and rounds to approval, oldest month first', () => {
    const g = growthFigures([march, october], month)
    expect(g).toMatchObject({ assessments: 2, rounds: 4, approvals: 2, meanRoundsToApproval: 2, fewerRounds: true })
    expect(g.months.map((m) => [m.month, m.roundsToApproval, m.findingsAtFirstSending])).toEqual([
      ['2026-10', 3, 6],
      ['2027-03', 1, 2],
    ])
    expect(g.period).toEqual({ from: OCT, to: MAR + DAY })
    expect(g.table.map((r) => [r.title, r.rounds, r.approvedInRound, r.findingsFirst, r.findingsLast])).toEqual([
      ['Қазан', 3, 3, 6, 0],
      ['Наурыз', 1, 1, 2, 2],
    ])
  })

  it('groups findings by family (multiple choice with structure) and tells what improved and what still needs work', () => {
    const g = growthFigures([october, march], month)
    const by = Object.fromEntries(g.families.map((f) => [f.family, f]))
    expect(by.structure).toMatchObject({ earlier: 3, recent: 0, total: 3 })
    expect(by.wording).toMatchObject({ earlier: 3, recent: 1, total: 5 })
    expect(by.time).toMatchObject({ earlier: 0, recent: 1 })
    expect(g.improved).toEqual(['structure', 'wording'])
    expect(g.needsWork).toEqual(['time'])
    expect(familyCounts(october.rounds[0])).toEqual({ structure: 3, wording: 3, points: 0, levels: 0, time: 0 })
  })

  it('ranks the mentor’s remarks by the kind of field (a teacher’s own thread is no remark) and shares the suggestions applied', () => {
    const g = growthFigures([october, march], month)
    expect(g.remarks).toEqual([
      { kind: 'descriptor', count: 2 },
      { kind: 'criterion', count: 1 },
      { kind: 'points', count: 1 },
    ])
    expect(g.suggestions).toEqual({ offered: 4, applied: 3, share: 0.75 })
  })

  it('knows nothing from nothing: no period, no means, nothing improved', () => {
    const g = growthFigures([{ id: 'x', title: '', rounds: [], threads: [] }])
    expect(g).toMatchObject({ period: null, assessments: 0, rounds: 0, meanRoundsToApproval: null, suggestions: { share: null }, improved: [], needsWork: [], fewerRounds: null })
  })

  it('one assessment alone shows no improvement but what its first sending still had', () => {
    const g = growthFigures([october], month)
    expect(g.improved).toEqual([])
    expect(g.needsWork).toEqual(['structure', 'wording'])
  })

  it('names the kind of field a remark is about', () => {
    expect(['header/title', 'header/durationMinutes', 'objectives/o1/code', 'tasks/t1', 'tasks/t1/answer', 'tasks/t1/minutes', 'tasks/t1/level', 'tasks/t1/options/p1/text', 'tasks/t1/parts/q1/options/p1/text', 'tasks/t1/parts/q1/text', 'tasks/t1/pictures/i1/caption', 'document', 'tasks', 'spec/row1'].map(remarkKind)).toEqual([
      'header', 'time', 'objective', 'task', 'answer', 'time', 'level', 'option', 'option', 'part', 'picture', 'document', 'document', 'other',
    ])
  })

  it('scales bars to the largest value', () => {
    expect(barPercents([2, 4, 0])).toEqual([50, 100, 0])
    expect(barPercents([0, 0])).toEqual([0, 0])
  })
})

describe('month and day labels', () => {
  it('names Kazakh months itself and the others through Intl', async () => {
    const { dayLabel, monthLabel } = await import('@/domain/growth/months')
    expect(monthLabel('kk', '2026-10')).toBe('2026 ж. қазан')
    expect(monthLabel('kk', '2027-01')).toBe('2027 ж. қаңтар')
    expect(monthLabel('en', '2026-10')).toBe('October 2026')
    expect(monthLabel('ru', '2026-10')).toMatch(/^октябрь 2026/)
    expect(dayLabel('kk', new Date(2026, 11, 2).getTime())).toBe('02.12.2026')
    expect(dayLabel('en', new Date(2026, 11, 2).getTime())).toBe('02/12/2026')
  })
})
