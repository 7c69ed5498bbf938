/** The review rules that stores only call: numbering, baseline, verdicts on old versions, file integrity, reused version numbers. */
import { describe, expect, it } from 'vitest'
import { contentHash } from '@/domain/review/hash'
import { checkReply, matchPackage, separateRoundId, snapshotFailure, threadsOfOtherAssessments } from '@/domain/review/integrity'
import type { Thread, Version } from '@/domain/review/model'
import { answeredVersionNumbers, lastAppliedReply } from '@/domain/review/rounds'
import { shownStatus, statusAfterReply } from '@/domain/review/status'
import { publishDrafts, startThread, addComment, withoutDraft } from '@/domain/review/threads'
import { reviewBaseline, versionToSend } from '@/domain/review/versions'
import { ASSESSMENT_STATUSES } from '@/domain/model'
import { VERDICTS } from '@/domain/review/model'
import { sample } from './sample'

const dana = { name: 'Дана', school: '№5 мектеп' }

function history(n: number): Version[] {
  return Array.from({ length: n }, (_, i) => {
    const content = { ...sample(), title: `Нұсқа ${i + 1}` }
    return { id: `asmt1@${i + 1}`, assessmentId: 'asmt1', number: i + 1, hash: contentHash(content), createdAt: i, author: dana, content }
  })
}

describe('version numbering', () => {
  it('numbers the first send 1 and each changed send one more', () => {
    const first = versionToSend(sample(), [], dana, 50)
    expect(first).toMatchObject({ id: 'asmt1@1', number: 1, hash: contentHash(sample()), createdAt: 50, author: dana })
    const changed = versionToSend({ ...sample(), title: 'Басқа' }, [first], dana, 60)
    expect(changed).toMatchObject({ id: 'asmt1@2', number: 2, createdAt: 60 })
  })

  it('reuses the last version when the content is the same (bookkeeping such as the status does not count)', () => {
    const first = versionToSend(sample(), [], dana, 50)
    expect(versionToSend({ ...sample(), status: 'changesRequested', updatedAt: 999 }, [first], dana, 70)).toBe(first)
  })

  it('freezes a copy: later edits of the live object do not reach the version', () => {
    const live = sample()
    const v = versionToSend(live, [], dana, 1)
    live.tasks[0].text = 'өзгерді'
    expect(v.content.tasks[0].text).toBe('Жасуша бөліктерін атаңыз.')
  })
})

describe('review baseline', () => {
  const h = history(4)
  it('is the latest earlier version a verdict came back on, skipping versions never answered', () => {
    expect(reviewBaseline(h, [1, 2], h[3])?.number).toBe(2)
    expect(reviewBaseline(h, [1], h[3])?.number).toBe(1)
    expect(reviewBaseline(h, [1, 3], h[2])?.number).toBe(1)
  })
  it('is none on a first review, and never the version itself or a later one', () => {
    expect(reviewBaseline(h, [], h[3])).toBeNull()
    expect(reviewBaseline(h, [4], h[3])).toBeNull()
    expect(reviewBaseline(h, [2], h[0])).toBeNull()
  })
})

describe('a verdict moves the status only for the latest version', () => {
  it('moves a waiting document when the reply is about the latest version', () => {
    expect(statusAfterReply('submitted', 'approve', 2, 2)).toBe('approved')
    expect(statusAfterReply('resubmitted', 'requestChanges', 3, 3)).toBe('changesRequested')
  })
  it('keeps every status when the reply is about an older version, or no version is known', () => {
    for (const status of ASSESSMENT_STATUSES) {
      for (const verdict of VERDICTS) {
        expect(statusAfterReply(status, verdict, 1, 2)).toBe(status)
        expect(statusAfterReply(status, verdict, 1, null)).toBe(status)
      }
    }
  })
})

describe('file integrity', () => {
  const a = sample()
  const snap = (number: number, content = a) => ({ number, hash: contentHash(content), assessment: content })

  it('accepts a version whose content matches its hash, with an earlier baseline of the same assessment', () => {
    expect(snapshotFailure(snap(2), snap(1, { ...a, title: 'бұрынғы' }))).toBeNull()
    expect(snapshotFailure(snap(1), null)).toBeNull()
  })

  it('finds content changed after sending, a baseline of another assessment, and a baseline that is not earlier', () => {
    expect(snapshotFailure({ ...snap(1), assessment: { ...a, title: 'қолмен өзгертілген' } }, null)).toEqual({ problem: 'tampered', detail: 'version' })
    expect(snapshotFailure(snap(2), snap(1, { ...a, id: 'other' }))).toEqual({ problem: 'tampered', detail: 'baseline' })
    expect(snapshotFailure(snap(2), snap(2))).toEqual({ problem: 'tampered', detail: 'baseline' })
    expect(snapshotFailure(snap(2), { ...snap(1), hash: '0000000000000000' })).toEqual({ problem: 'tampered', detail: 'baseline' })
  })

  it("finds threads stored here under another assessment's id", () => {
    const thread = (id: string, assessmentId: string) => ({ id, assessmentId }) as Thread
    expect(threadsOfOtherAssessments([undefined, thread('t1', 'asmt1'), thread('t2', 'other')], 'asmt1').map((t) => t.id)).toEqual(['t2'])
    expect(threadsOfOtherAssessments([undefined, thread('t1', 'asmt1')], 'asmt1')).toEqual([])
  })

  it('checks a reply against the assessment on screen, its trash state and the stored version', () => {
    const reply = { assessmentId: 'asmt1', title: 'БЖБ', version: { number: 2, hash: 'aaaa' } }
    const here = { id: 'asmt1', deletedAt: null }
    expect(checkReply(reply, 'other', here, { hash: 'aaaa' })).toMatchObject({ ok: false, problem: 'otherAssessment', detail: 'БЖБ' })
    expect(checkReply(reply, null, null, null)).toMatchObject({ ok: false, problem: 'unknownAssessment' })
    expect(checkReply(reply, null, { ...here, deletedAt: 5 }, { hash: 'aaaa' })).toMatchObject({ ok: false, problem: 'inTrash' })
    expect(checkReply(reply, null, here, null)).toMatchObject({ ok: false, problem: 'unknownVersion', detail: '2' })
    expect(checkReply(reply, null, here, { hash: 'bbbb' })).toMatchObject({ ok: false, problem: 'versionDiffers', detail: '2' })
    expect(checkReply(reply, 'asmt1', here, { hash: 'aaaa' })).toEqual({ ok: true, assessment: here, version: { hash: 'aaaa' } })
  })
})

describe('a package meets the reviews opened here', () => {
  const id = 'asmt1@2'
  it('is new when nothing was opened under its version', () => {
    expect(matchPackage(id, 'h1', [undefined, undefined])).toEqual({ kind: 'new' })
  })
  it('continues the review with the same content, whether under the version id or a separate one', () => {
    expect(matchPackage(id, 'h1', [{ id, versionHash: 'h1' }, undefined])).toEqual({ kind: 'same', roundId: id })
    expect(matchPackage(id, 'h2', [{ id, versionHash: 'h1' }, { id: separateRoundId(id, 'h2'), versionHash: 'h2' }])).toEqual({ kind: 'same', roundId: separateRoundId(id, 'h2') })
  })
  it('says the version number was reused when it was opened with other content', () => {
    expect(matchPackage(id, 'h2', [{ id, versionHash: 'h1' }, undefined])).toEqual({ kind: 'reused', roundId: id })
    expect(separateRoundId(id, 'h2')).not.toBe(id)
  })
})

describe('what the teacher sees of rounds and statuses', () => {
  const round = (role: 'teacher' | 'mentor', versionNumber: number, finishedAt: number | null) => ({ role, versionNumber, finishedAt })

  it('counts as answered only versions a reply was applied to here', () => {
    expect(answeredVersionNumbers([round('teacher', 1, 5), round('mentor', 2, 6), round('teacher', 3, null)])).toEqual([1, 3])
  })

  it('takes the reply the mentor wrote last as the last reply, whatever order they were opened in', () => {
    const late = round('teacher', 1, 900)
    expect(lastAppliedReply([round('teacher', 2, 100), late, round('mentor', 3, 1000)])).toBe(late)
    expect(lastAppliedReply([round('mentor', 1, 5)])).toBeNull()
  })

  it('shows an approved document edited since its latest version as a draft, unchanged as approved', () => {
    const a = { ...sample(), status: 'approved' as const }
    expect(shownStatus(a, contentHash(a))).toBe('approved')
    expect(shownStatus({ ...a, title: 'өзгерді' }, contentHash(a))).toBe('draft')
    expect(shownStatus(a, null)).toBe('approved')
    expect(shownStatus({ ...a, status: 'submitted' }, 'other')).toBe('submitted')
  })
})

describe('taking back a draft comment', () => {
  const a = sample()
  const mentor = { name: 'Айгүл', role: 'mentor' as const }
  const started = startThread({ assessment: a, path: 'tasks/t1/text', versionNumber: 1, author: mentor, text: 'жоба', now: 1 })!

  it('drops a thread of only that draft, and keeps published comments', () => {
    expect(withoutDraft(started, started.comments[0].id)).toBeNull()
    const [published] = publishDrafts([started])
    expect(withoutDraft(published, published.comments[0].id)).toBe(published)
    const withDraft = addComment(published, mentor, 'тағы', 1, 2)
    expect(withoutDraft(withDraft, withDraft.comments[1].id)?.comments.map((c) => c.text)).toEqual(['жоба'])
  })
})
