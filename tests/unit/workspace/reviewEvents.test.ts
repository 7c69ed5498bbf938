import { describe, expect, it } from 'vitest'
import { derivedStatus, latestSent, newFor, orderedEvents, threadsOf, type ReviewEvent } from '@/domain/workspace/reviewEvents'
import { LIMITS } from '@/domain/shapes/limits'

const T = 'teacher1'
const M = 'mentor1'
const sent = (id: string, at: number, number: number): ReviewEvent => ({ id, at, by: T, kind: 'sent', number, hash: `h${number}` })
const verdict = (id: string, at: number, number: number, v: 'approve' | 'requestChanges' | 'comment'): ReviewEvent => ({ id, at, by: M, kind: 'verdict', number, verdict: v })
const comment = (id: string, at: number, by: string, threadId = id, text = 'Дескриптор өлшенбейді'): ReviewEvent => ({
  id, at, by, kind: 'comment', number: 1, threadId, path: 'tasks/t1/text', text,
})

describe('review events in the workspace', () => {
  it('derives the status from sending and verdicts', () => {
    expect(derivedStatus([])).toBe('draft')
    expect(derivedStatus(orderedEvents([sent('a', 1, 1)]))).toBe('submitted')
    expect(derivedStatus(orderedEvents([sent('a', 1, 1), verdict('b', 2, 1, 'requestChanges')]))).toBe('changesRequested')
    expect(derivedStatus(orderedEvents([sent('a', 1, 1), verdict('b', 2, 1, 'requestChanges'), sent('c', 3, 2)]))).toBe('resubmitted')
    expect(derivedStatus(orderedEvents([sent('a', 1, 1), verdict('b', 2, 1, 'requestChanges'), sent('c', 3, 2), verdict('d', 4, 2, 'approve')]))).toBe('approved')
  })

  it('ignores a verdict on an older version and a plain comment verdict', () => {
    const events = orderedEvents([sent('a', 1, 1), sent('c', 3, 2), verdict('b', 4, 1, 'approve'), verdict('e', 5, 2, 'comment')])
    expect(derivedStatus(events)).toBe('submitted')
    expect(latestSent(events)).toBe(2)
  })

  it('derives the same status whatever order the events arrived in, counting a repeated event once', () => {
    const events = [sent('a', 1, 1), verdict('b', 2, 1, 'requestChanges'), sent('c', 3, 2), verdict('d', 4, 2, 'approve')]
    const reversed = [...events].reverse()
    expect(derivedStatus(orderedEvents(reversed))).toBe(derivedStatus(orderedEvents(events)))
    expect(orderedEvents([...events, events[1]])).toHaveLength(4)
  })

  it('leaves out anything not in the event shape', () => {
    expect(orderedEvents([{ id: 'x', kind: 'verdict', verdict: 'approve' }, null, 'text', sent('a', 1, 1)])).toHaveLength(1)
  })

  it('keeps the closing comment a verdict carries, within the text limit, and a verdict without one', () => {
    const withSummary = { ...verdict('v1', 2, 1, 'approve'), summary: 'Жарайсыз: келесіде уақытын көрсетіңіз' }
    const tooLong = { ...verdict('v2', 3, 1, 'approve'), summary: 'ә'.repeat(LIMITS.text + 1) }
    const kept = orderedEvents([sent('a', 1, 1), withSummary, tooLong, verdict('v3', 4, 1, 'requestChanges')])
    expect(kept.map((e) => e.id)).toEqual(['a', 'v1', 'v3'])
    expect(kept[1]).toEqual(withSummary)
    expect('summary' in kept[2]!).toBe(false)
  })

  it('groups comments into threads in order, and says what is new for each side', () => {
    const events = orderedEvents([comment('c1', 10, M), comment('r1', 12, T, 'c1', 'Түзеттім'), comment('c2', 11, M)])
    const threads = threadsOf(events)
    expect(threads.map((t) => t.id)).toEqual(['c1', 'c2'])
    expect(threads[0].comments.map((c) => c.text)).toEqual(['Дескриптор өлшенбейді', 'Түзеттім'])
    expect(newFor(events, T, 10).map((e) => e.id)).toEqual(['c2'])
    expect(newFor(events, M, 0).map((e) => e.id)).toEqual(['r1'])
  })
})
