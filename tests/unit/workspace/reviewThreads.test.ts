import { describe, expect, it } from 'vitest'
import { orderedEvents, type ReviewEvent } from '@/domain/workspace/reviewEvents'
import { appliedThreads, withApplied, workspaceThreads, type ThreadContext } from '@/domain/workspace/reviewThreads'
import { addNews, newsCount, newsOf } from '@/domain/workspace/reviewNews'
import { applyThreadSuggestion } from '@/domain/review/suggestion'
import { threadViews } from '@/domain/review/threadIndex'
import { sample } from '../review/sample'

const T = 'teacher1'
const M = 'mentor1'
const names: Record<string, string> = { [T]: 'Айгүл Серікова', [M]: 'Марат Жақсылықов' }
const version = sample()
const context: ThreadContext = { assessmentId: version.id, teacherId: T, nameOf: (id) => names[id] ?? '', versionOf: (n) => (n === 1 ? version : null) }
const sent = (id: string, at: number): ReviewEvent => ({ id, at, by: T, kind: 'sent', number: 1, hash: 'h1' })
const comment = (id: string, at: number, by: string, extra: Partial<Extract<ReviewEvent, { kind: 'comment' }>> = {}): ReviewEvent => ({
  id, at, by, kind: 'comment', number: 1, threadId: id, path: 'tasks/t1/text', text: 'Етістікті нақтылаңыз', ...extra,
})

describe('workspace review threads from events', () => {
  it('builds field threads with replies, names from the membership and the quote from the version sent', () => {
    const events = orderedEvents([
      sent('s', 1),
      comment('c1', 10, M, { suggestion: 'Жасуша бөліктерін атап, сипаттаңыз.' }),
      comment('r1', 12, T, { threadId: 'c1', text: 'Келісемін' }),
      comment('c2', 11, M, { path: '', text: 'Жалпы жақсы' }),
    ])
    const threads = workspaceThreads(events, context)
    expect(threads.map((t) => [t.id, t.path])).toEqual([['c1', 'tasks/t1/text'], ['c2', 'document']])
    expect(threads[0].quote).toBe('Жасуша бөліктерін атаңыз.')
    expect(threads[0].comments.map((c) => [c.author, c.role, c.text, c.draft])).toEqual([
      ['Марат Жақсылықов', 'mentor', 'Етістікті нақтылаңыз', false],
      ['Айгүл Серікова', 'teacher', 'Келісемін', false],
    ])
    expect(threads[0].suggestion).toBe('Жасуша бөліктерін атап, сипаттаңыз.')
    expect(threads[1].suggestion).toBeNull()
  })

  it('keeps a span whose words are in the field as sent and drops one that is not', () => {
    const on = workspaceThreads([comment('c1', 10, M, { span: { start: 18, end: 24, text: 'атаңыз' }, suggestion: 'жазыңыз' })], context)[0]
    expect(on.span).toEqual({ start: 18, end: 24, text: 'атаңыз' })
    const off = workspaceThreads([comment('c1', 10, M, { span: { start: 0, end: 6, text: 'атаңыз' } })], context)[0]
    expect(off.span).toBeUndefined()
    // applied in the teacher's copy, the span's words are replaced only
    expect(applyThreadSuggestion(version, on).tasks[0].text).toBe('Жасуша бөліктерін жазыңыз.')
  })

  it('puts a thread on a field the version does not have on the document as a whole', () => {
    expect(workspaceThreads([comment('c1', 10, M, { path: 'tasks/gone/text' })], context)[0].path).toBe('document')
  })

  it('takes the latest status event and counts a suggestion applied only on the teacher’s event', () => {
    const events = orderedEvents([
      comment('c1', 10, M, { suggestion: 'Жаңа мәтін' }),
      comment('c2', 11, M),
      { id: 'st1', at: 20, by: M, kind: 'threadStatus', threadId: 'c1', status: 'resolved' },
      { id: 'st2', at: 21, by: M, kind: 'threadStatus', threadId: 'c2', status: 'resolved' },
      { id: 'st3', at: 22, by: M, kind: 'threadStatus', threadId: 'c2', status: 'open' },
      { id: 'a1', at: 15, by: T, kind: 'applied', number: 1, threadId: 'c1' },
      { id: 'a2', at: 16, by: M, kind: 'applied', number: 1, threadId: 'c1' },
      { id: 'a3', at: 17, by: T, kind: 'applied', number: 1, threadId: 'c2' },
    ])
    const threads = workspaceThreads(events, context)
    expect(threads.map((t) => [t.status, t.statusAt])).toEqual([['resolved', 20], ['open', 22]])
    expect([...appliedThreads(events, T)]).toEqual(['c1'])
    expect([...appliedThreads(events.filter((e) => e.id !== 'a1'), T)]).toEqual([])
  })

  it('gives threads the views file review uses: current on the version, applied once the teacher’s copy has it', () => {
    const threads = workspaceThreads([comment('c1', 10, M, { suggestion: 'Жасуша бөліктерін атап, сипаттаңыз.' })], context)
    expect(threadViews(version, threads).get('c1')).toMatchObject({ state: 'current', applicable: true, applied: false })
    const edited = applyThreadSuggestion(version, threads[0])
    expect(threadViews(edited, threads).get('c1')).toMatchObject({ applied: true })
    // the mentor's copy is the version as sent: the teacher's event marks it applied there
    const views = threadViews(version, threads)
    expect(withApplied(views, new Set())).toBe(views)
    expect(withApplied(views, new Set(['c1'])).get('c1')).toMatchObject({ state: 'current', applied: true })
  })
})

describe('what is new in the workspace review', () => {
  const events = orderedEvents([
    sent('s1', 1),
    comment('c1', 10, M),
    comment('r1', 12, T, { threadId: 'c1' }),
    { id: 'a1', at: 13, by: T, kind: 'applied', number: 1, threadId: 'c1' },
    { id: 'v1', at: 14, by: M, kind: 'verdict', number: 1, verdict: 'approve' },
  ])

  it('counts versions and replies for the mentor, comments and verdicts for the teacher, after the moment seen', () => {
    expect(newsOf(events, M, T, 0)).toEqual({ versions: 1, replies: 2, comments: 0, verdicts: 0 })
    expect(newsOf(events, M, T, 12)).toEqual({ versions: 0, replies: 1, comments: 0, verdicts: 0 })
    expect(newsOf(events, T, T, 0)).toEqual({ versions: 0, replies: 0, comments: 1, verdicts: 1 })
    expect(newsOf(events, T, T, 14)).toEqual({ versions: 0, replies: 0, comments: 0, verdicts: 0 })
  })

  it('adds the news of several items', () => {
    const sum = addNews([newsOf(events, M, T, 0), newsOf(events, T, T, 0)])
    expect(sum).toEqual({ versions: 1, replies: 2, comments: 1, verdicts: 1 })
    expect(newsCount(sum)).toBe(5)
  })
})
