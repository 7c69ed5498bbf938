import { describe, expect, it } from 'vitest'
import { countFindings, currentVerdict, findingsOf, historyFromMentorRows, newestFirst, replyNews, reviewHistory, verdictsFromReplies, type VerdictRecord } from '@/domain/review/history'
import { contentHash } from '@/domain/review/hash'
import type { ReviewRow, Thread, Version } from '@/domain/review/model'
import { versionToSend } from '@/domain/review/versions'
import { applySuggestion } from '@/domain/review/suggestion'
import type { Assessment } from '@/domain/model'
import { sample } from './sample'

const author = { name: 'Айгүл', school: '№5 мектеп' }
const mentor = { name: 'Сәуле', school: '№5 мектеп' }
const DAY = 86_400_000

function send(a: Assessment, history: Version[], at: number): Version {
  const ver = versionToSend(a, history, author, at)
  if (ver !== history[history.length - 1]) history.push(ver)
  return ver
}

const verdict = (ver: Version, v: VerdictRecord['verdict'], at: number, summary = ''): VerdictRecord => ({ versionNumber: ver.number, versionHash: ver.hash, verdict: v, summary, reviewer: mentor, finishedAt: at })

function thread(id: string, path: string, versionNumber: number, extra: Partial<Thread> = {}): Thread {
  return {
    id, assessmentId: 'asmt1', path, quote: '', versionNumber, status: 'open', statusAt: 0, suggestion: null, createdAt: 0,
    comments: [{ id: `${id}c`, author: mentor.name, role: 'mentor', text: 'Нақтылаңыз', createdAt: 0, versionNumber, draft: false }],
    ...extra,
  }
}

describe('findings at sending', () => {
  it('a version frozen now keeps the checks’ errors and warnings per rule, hints left out', () => {
    const broken = { ...sample(), durationMinutes: 0 }
    const ver = versionToSend(broken, [], author, 5000)
    expect(ver.findings).toEqual(countFindings(broken, 5000))
    expect(ver.findings?.later).toBe(false)
    expect(ver.findings?.rules.length).toBeGreaterThan(0)
    for (const r of ver.findings!.rules) expect(r.errors + r.warnings).toBeGreaterThan(0)
    expect(ver.findings!.rules.some((r) => r.family === 'time')).toBe(true)
  })

  it('a version frozen before findings were kept is counted from its content and marked as counted later', () => {
    const ver = { ...versionToSend(sample(), [], author, 7000), findings: null }
    const counted = findingsOf(ver)
    expect(counted.later).toBe(true)
    expect(counted.rules).toEqual(countFindings(sample(), 0).rules)
  })
})

describe('review history', () => {
  it('three rounds, oldest first: verdicts, times, threads opened, replied, resolved and left open, suggestions applied', () => {
    const versions: Version[] = []
    let a = sample()
    const v1 = send(a, versions, 1 * DAY)
    const withSuggestion = thread('th1', 'tasks/t1/text', 1, { suggestion: 'Жасушаның үш бөлігін атаңыз.' })
    const plain = thread('th2', 'criteria/c1/text', 1)
    a = applySuggestion(a, 'tasks/t1/text', 'Жасушаның үш бөлігін атаңыз.')
    const v2 = send(a, versions, 3 * DAY)
    const answered: Thread = {
      ...plain,
      comments: [...plain.comments, { id: 'r1', author: author.name, role: 'teacher', text: 'Түзеттім', createdAt: 2 * DAY, versionNumber: 1, draft: false }],
    }
    const resolved: Thread = { ...withSuggestion, status: 'resolved', statusAt: 3 * DAY + 1000 }
    const third = thread('th3', 'tasks/t1/descriptors/d1/points', 2, { suggestion: '2' })
    a = { ...a, title: a.title + ' (3)' }
    const v3 = send(a, versions, 5 * DAY)
    const rounds = reviewHistory({
      versions,
      verdicts: [verdict(v1, 'requestChanges', 2 * DAY, 'Тапсырманы нақтылаңыз'), verdict(v2, 'requestChanges', 4 * DAY)],
      threads: [resolved, answered, third],
    })
    expect(rounds.map((r) => r.number)).toEqual([1, 2, 3])
    expect(rounds.map((r) => r.current)).toEqual([false, false, true])
    expect(rounds[0]).toMatchObject({ sentAt: DAY, timeToVerdict: DAY, suggestionsOffered: 1, suggestionsApplied: 1, threads: { opened: 2, replied: 1, resolved: 0, leftOpen: 2 } })
    expect(rounds[0].verdict).toMatchObject({ verdict: 'requestChanges', summary: 'Тапсырманы нақтылаңыз' })
    expect(rounds[1]).toMatchObject({ timeToVerdict: DAY, suggestionsOffered: 1, suggestionsApplied: 0, threads: { opened: 1, replied: 0, resolved: 1, leftOpen: 2 } })
    expect(rounds[2]).toMatchObject({ verdict: null, timeToVerdict: null, threads: { opened: 0, resolved: 0, leftOpen: 2 } })
    expect(v3.number).toBe(3)
    expect(newestFirst(rounds).map((r) => r.number)).toEqual([3, 2, 1])
  })

  it('a suggestion applied in the working copy after the last sending counts as applied', () => {
    const versions: Version[] = []
    send(sample(), versions, DAY)
    const th = thread('th1', 'tasks/t1/text', 1, { suggestion: 'Жаңа мәтін' })
    const before = reviewHistory({ versions, verdicts: [], threads: [th], current: sample() })
    const after = reviewHistory({ versions, verdicts: [], threads: [th], current: applySuggestion(sample(), 'tasks/t1/text', 'Жаңа мәтін') })
    expect([before[0].suggestionsApplied, after[0].suggestionsApplied]).toEqual([0, 1])
  })

  it('a verdict is matched by number and content: a verdict on other content under the same number belongs to no round', () => {
    const versions: Version[] = []
    const v1 = send(sample(), versions, DAY)
    const rounds = reviewHistory({ versions, verdicts: [{ ...verdict(v1, 'approve', 2 * DAY), versionHash: '0000000000000000' }], threads: [] })
    expect(rounds[0].verdict).toBeNull()
  })

  it('the mentor’s side: the rounds she opened give the versions and her verdicts', () => {
    const versions: Version[] = []
    const v1 = send(sample(), versions, DAY)
    const v2 = send({ ...sample(), title: 'Екінші' }, versions, 3 * DAY)
    const row = (ver: Version, v: ReviewRow['verdict'], finishedAt: number | null): ReviewRow => ({
      id: ver.id, assessmentId: 'asmt1', role: 'mentor', versionNumber: ver.number, versionHash: ver.hash, title: ver.content.title, verdict: v, summary: '',
      reviewer: mentor, author, finishedAt, openedAt: ver.createdAt + 1, version: ver, baseline: null,
    })
    const input = historyFromMentorRows([row(v2, null, null), row(v1, 'requestChanges', 2 * DAY)])
    expect(input.versions.map((v) => v.number)).toEqual([1, 2])
    const rounds = reviewHistory({ ...input, threads: [] })
    expect(rounds.map((r) => r.verdict?.verdict ?? null)).toEqual(['requestChanges', null])
    expect(contentHash(input.versions[1].content)).toBe(v2.hash)
  })
})

describe('an older reply never stands for the present', () => {
  const row = (versionNumber: number, verdict: ReviewRow['verdict'], finishedAt: number) => ({ role: 'teacher', versionNumber, verdict, finishedAt })

  it('the current verdict is the one on the latest version, even when a reply on an older one was written later', () => {
    const rows = [row(2, 'requestChanges', 10), row(1, 'approve', 20)]
    expect(currentVerdict(rows, 2)).toEqual(rows[0])
    expect(currentVerdict(rows, 3)).toBeNull()
  })

  it('a reply on an older version is told as history, not as news', () => {
    expect(replyNews(1, 2)).toEqual({ kind: 'older', versionNumber: 1, latestNumber: 2 })
    expect(replyNews(2, 2)).toEqual({ kind: 'current' })
  })

  it('verdicts come from the replies applied, not from the mentor’s own rounds', () => {
    const base = { id: 'x', assessmentId: 'asmt1', versionHash: '0123456789abcdef', title: '', summary: '', reviewer: mentor, author, openedAt: 1, version: null, baseline: null }
    const rows: ReviewRow[] = [
      { ...base, role: 'teacher', versionNumber: 1, verdict: 'approve', finishedAt: 5 },
      { ...base, role: 'mentor', versionNumber: 1, verdict: 'approve', finishedAt: 5 },
      { ...base, role: 'teacher', versionNumber: 2, verdict: null, finishedAt: null },
    ]
    expect(verdictsFromReplies(rows)).toHaveLength(1)
  })
})
