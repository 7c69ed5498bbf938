import { describe, expect, it } from 'vitest'
import { assessmentCollision, changedAt, decideMerge, type RestoreRow } from '@/domain/restoreMerge'
import { sameRecord } from '@/domain/sameRecord'
import type { Thread } from '@/domain/review/model'

const comment = (id: string, createdAt: number, text = id) => ({ id, author: 'Айгүл', role: 'teacher' as const, text, createdAt, versionNumber: 1, draft: false })
function thread(extra: Partial<Thread> = {}): Thread & RestoreRow {
  return {
    id: 'th1', assessmentId: 'a1', path: 'title', quote: 'Жасушалар', versionNumber: 1, status: 'open', statusAt: 100,
    suggestion: null, comments: [comment('c1', 100)], createdAt: 100, ...extra,
  }
}

describe('what a merge restore does with one record', () => {
  it('adds a record only in the file and skips an equal one (key order does not matter)', () => {
    expect(decideMerge('assessments', undefined, { id: 'a', updatedAt: 1 })).toEqual({ outcome: 'added' })
    expect(decideMerge('catalogueMeta', { key: 'k', value: 'ә' }, { value: 'ә', key: 'k' })).toEqual({ outcome: 'same' })
  })

  it('keeps the newer assessment by the later of updatedAt and deletedAt; a tie keeps what is here', () => {
    const here = { id: 'a', title: 'Осында', updatedAt: 200, deletedAt: null }
    expect(decideMerge('assessments', here, { ...here, title: 'Файлда', updatedAt: 100 }).outcome).toBe('keptHere')
    expect(decideMerge('assessments', here, { ...here, title: 'Файлда', updatedAt: 300 }).outcome).toBe('takenFromFile')
    expect(decideMerge('assessments', here, { ...here, title: 'Файлда' }).outcome).toBe('keptHere')
    // moved to the trash here after the file's last edit: the trash move is the newer change
    expect(decideMerge('assessments', { ...here, deletedAt: 400 }, { ...here, updatedAt: 300 }).outcome).toBe('keptHere')
    expect(changedAt('assessments', { updatedAt: 5, deletedAt: 9 })).toBe(9)
  })

  it('keeps the teacher’s edited catalogue objective and section over an older file', () => {
    const objective = { id: 'o', code: '7.1.1.1', text: 'өңделген мәтін', updatedAt: 500 }
    expect(decideMerge('catalogue', objective, { ...objective, text: 'ескі мәтін', updatedAt: 100 }).outcome).toBe('keptHere')
    expect(decideMerge('catalogue', objective, { ...objective, text: 'жаңа', updatedAt: 900 }).outcome).toBe('takenFromFile')
    const section = { id: 's', title: 'Жасушалар', updatedAt: 500 }
    expect(decideMerge('catalogueSections', section, { ...section, title: 'Ескі', updatedAt: 1 }).outcome).toBe('keptHere')
  })

  it('keeps a review round with a verdict given later than the file’s copy', () => {
    const round = { id: 'r', openedAt: 100, finishedAt: null, verdict: null }
    const finished = { ...round, finishedAt: 300, verdict: 'approve' }
    expect(decideMerge('reviews', finished, round).outcome).toBe('keptHere')
    expect(decideMerge('reviews', round, finished).outcome).toBe('takenFromFile')
  })

  it('never replaces versions sent for review, pictures, catalogue settings or unknown tables', () => {
    expect(decideMerge('versions', { id: 'a@1', hash: 'x' }, { id: 'a@1', hash: 'y' }).outcome).toBe('keptHere')
    expect(decideMerge('pictures', { id: 'p', blob: { type: 'image/png', size: 9 } }, { id: 'p', blob: { type: 'image/png', size: 7 } }).outcome).toBe('keptHere')
    expect(decideMerge('catalogueMeta', { key: 'v', value: '2' }, { key: 'v', value: '1' }).outcome).toBe('keptHere')
    expect(decideMerge('laterTable', { id: 1, x: 1, updatedAt: 1 }, { id: 1, x: 2, updatedAt: 9 }).outcome).toBe('keptHere')
  })

  it('merges threads: the teacher’s new reply here stays, the file’s new comment joins, the later status wins', () => {
    const here = thread({ comments: [comment('c1', 100), comment('reply', 300, 'Түзеттім')] })
    const older = thread()
    expect(decideMerge('threads', here, older).outcome).toBe('keptHere')

    const fromFile = thread({ comments: [comment('c1', 100), comment('mentor2', 250)], status: 'resolved', statusAt: 400 })
    const decision = decideMerge('threads', here, fromFile)
    expect(decision.outcome).toBe('combined')
    const merged = (decision as { row: RestoreRow }).row as unknown as Thread
    expect(merged.comments.map((c) => c.id)).toEqual(['c1', 'mentor2', 'reply'])
    expect(merged).toMatchObject({ status: 'resolved', statusAt: 400 })
    // merging the merged thread again changes nothing
    expect(decideMerge('threads', merged as unknown as RestoreRow, fromFile).outcome).not.toBe('combined')
  })

  it('names an assessment held on both sides with different content, and which copy stays', () => {
    const here = { id: 'a', title: 'Осындағы', updatedAt: 200, deletedAt: null }
    const file = { ...here, title: 'Файлдағы', updatedAt: 100 }
    expect(assessmentCollision(here, file, decideMerge('assessments', here, file))).toEqual({
      id: 'a', titleHere: 'Осындағы', titleInFile: 'Файлдағы', changedHere: 200, changedInFile: 100, kept: 'here',
    })
    expect(assessmentCollision(file, here, decideMerge('assessments', file, here))?.kept).toBe('file')
    expect(assessmentCollision(here, here, decideMerge('assessments', here, here))).toBeNull()
    expect(assessmentCollision(undefined, here, decideMerge('assessments', undefined, here))).toBeNull()
  })

  it('compares plain data deeply, ignoring undefined fields', () => {
    expect(sameRecord({ a: [1, { b: 'ә' }], c: undefined }, { a: [1, { b: 'ә' }] })).toBe(true)
    expect(sameRecord({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(sameRecord({ a: [] }, { a: {} })).toBe(false)
    expect(sameRecord(null, {})).toBe(false)
  })
})
