import { describe, expect, it } from 'vitest'
import { descriptorPath, optionPath, taskPath, DOCUMENT_PATH, headerPath } from '@/domain/anchors'
import { updateDescriptor, removeDescriptor, updateTask, removeTask, addTask } from '@/domain/operations'
import { createTask } from '@/domain/factories'
import { anchorState, placeOf } from '@/domain/review/anchoring'
import { canonicalJson, contentHash } from '@/domain/review/hash'
import { canSubmit, nextStatus } from '@/domain/review/status'
import { applySuggestion, canSuggest, isApplied } from '@/domain/review/suggestion'
import { addComment, countOpen, publishDrafts, setThreadStatus, startThread, visibleToTeacher } from '@/domain/review/threads'
import { ASSESSMENT_STATUSES } from '@/domain/model'
import { VERDICTS } from '@/domain/review/model'
import { sample } from './sample'

const mentor = { name: 'Айгүл Сейітқызы', role: 'mentor' as const }
const teacher = { name: 'Дана', role: 'teacher' as const }
const d1 = descriptorPath('t1', 'd1', 'text')

describe('review state machine', () => {
  it('follows draft → submitted → changes requested ⇄ resubmitted → approved', () => {
    expect(nextStatus('draft', { type: 'submit' })).toBe('submitted')
    expect(nextStatus('submitted', { type: 'verdict', verdict: 'requestChanges' })).toBe('changesRequested')
    expect(nextStatus('changesRequested', { type: 'submit' })).toBe('resubmitted')
    expect(nextStatus('resubmitted', { type: 'verdict', verdict: 'requestChanges' })).toBe('changesRequested')
    expect(nextStatus('resubmitted', { type: 'verdict', verdict: 'approve' })).toBe('approved')
    expect(nextStatus('submitted', { type: 'verdict', verdict: 'approve' })).toBe('approved')
  })

  it('keeps the state on a plain comment and when the document is not waiting for review', () => {
    expect(nextStatus('submitted', { type: 'verdict', verdict: 'comment' })).toBe('submitted')
    expect(nextStatus('resubmitted', { type: 'verdict', verdict: 'comment' })).toBe('resubmitted')
    // the same reply opened twice, or an old reply opened late, moves nothing back
    for (const verdict of VERDICTS) {
      expect(nextStatus('changesRequested', { type: 'verdict', verdict })).toBe('changesRequested')
      expect(nextStatus('approved', { type: 'verdict', verdict })).toBe('approved')
      expect(nextStatus('draft', { type: 'verdict', verdict })).toBe('draft')
    }
  })

  it('turns an approved document into a draft on the first edit and refuses to resend it unchanged', () => {
    expect(nextStatus('approved', { type: 'edit' })).toBe('draft')
    for (const s of ASSESSMENT_STATUSES.filter((x) => x !== 'approved')) expect(nextStatus(s, { type: 'edit' })).toBe(s)
    expect(canSubmit('approved')).toBe(false)
    expect(nextStatus('approved', { type: 'submit' })).toBe('approved')
    expect(nextStatus('submitted', { type: 'submit' })).toBe('submitted')
  })
})

describe('version identity', () => {
  it('hashes content, not key order or bookkeeping', () => {
    const a = sample()
    const reordered = JSON.parse(canonicalJson(a)) as typeof a
    expect(contentHash(reordered)).toBe(contentHash(a))
    expect(contentHash({ ...a, status: 'approved', updatedAt: 99, createdAt: 5, deletedAt: 7 })).toBe(contentHash(a))
    expect(contentHash(updateDescriptor(a, 't1', 'd1', { text: 'ядроны атайды.' }))).not.toBe(contentHash(a))
    expect(contentHash(a)).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('anchors of threads', () => {
  const a = sample()
  const thread = startThread({ assessment: a, path: d1, versionNumber: 1, author: mentor, text: 'Нақтырақ жазыңыз', suggestion: 'ядроны суреттен тауып атайды', now: 5 })!

  it('quotes the field when the thread starts and refuses a path that does not resolve', () => {
    expect(thread.quote).toBe('ядроны атайды')
    expect(thread.comments[0]).toMatchObject({ draft: true, role: 'mentor', versionNumber: 1, createdAt: 5 })
    expect(startThread({ assessment: a, path: descriptorPath('t1', 'nope', 'text'), versionNumber: 1, author: mentor, text: 'x' })).toBeNull()
    expect(startThread({ assessment: a, path: DOCUMENT_PATH, versionNumber: 1, author: mentor, text: 'Жалпы жақсы' })?.quote).toBe('')
  })

  it('is current, then outdated when the field changes, then orphaned when it is deleted', () => {
    expect(anchorState(a, thread)).toBe('current')
    const edited = updateDescriptor(a, 't1', 'd1', { text: 'ядроны суреттен атайды' })
    expect(anchorState(edited, thread)).toBe('outdated')
    // other fields changing leave it current; reordering tasks leaves it current (ids, not positions)
    expect(anchorState(updateTask(a, 't2', { text: 'басқа' }), thread)).toBe('current')
    expect(anchorState({ ...a, tasks: [a.tasks[1], { ...a.tasks[0], order: 9999 }] }, thread)).toBe('current')
    expect(anchorState(removeDescriptor(a, 't1', 'd1'), thread)).toBe('orphaned')
    expect(anchorState(removeTask(a, 't1'), thread)).toBe('orphaned')
  })

  it('describes where a field sits, by position in document order', () => {
    expect(placeOf(a, d1)).toEqual({ kind: 'descriptor', number: 1, item: 1, field: 'text' })
    expect(placeOf(a, optionPath('t2', 'p2', 'text'))).toEqual({ kind: 'option', number: 2, item: 2, field: 'text' })
    const moved = addTask(a, { ...createTask(0), id: 'first' })
    expect(placeOf({ ...moved, tasks: moved.tasks.map((t) => (t.id === 'first' ? { ...t, order: 1 } : t)) }, d1)?.number).toBe(2)
    expect(placeOf(a, DOCUMENT_PATH)?.kind).toBe('document')
    expect(placeOf(a, taskPath('gone'))).toBeNull()
  })
})

describe('suggestions', () => {
  const a = sample()

  it('replaces exactly the anchored field as a pure edit', () => {
    const after = applySuggestion(a, d1, 'ядроны суреттен тауып атайды')
    expect(after.tasks[0].descriptors[0].text).toBe('ядроны суреттен тауып атайды')
    expect(after.tasks[0].descriptors[1]).toBe(a.tasks[0].descriptors[1])
    expect(after.tasks[1]).toBe(a.tasks[1])
    expect(a.tasks[0].descriptors[0].text).toBe('ядроны атайды')
    expect(isApplied(after, d1, 'ядроны суреттен тауып атайды')).toBe(true)
    expect(isApplied(a, d1, 'ядроны суреттен тауып атайды')).toBe(false)
  })

  it('parses whole numbers for points and minutes and refuses what is not valid', () => {
    expect(applySuggestion(a, descriptorPath('t1', 'd2', 'points'), '2').tasks[0].descriptors[1].points).toBe(2)
    expect(applySuggestion(a, taskPath('t1', 'minutes'), '10').tasks[0].minutes).toBe(10)
    expect(applySuggestion(a, descriptorPath('t1', 'd2', 'points'), '1,5')).toBe(a)
    expect(applySuggestion(a, taskPath('t1', 'type'), 'extendedAnswer')).toBe(a)
    expect(applySuggestion(a, descriptorPath('t1', 'gone', 'text'), 'x')).toBe(a)
    expect(applySuggestion(a, DOCUMENT_PATH, 'x')).toBe(a)
    expect(applySuggestion(a, headerPath('title'), 'Жаңа атау').title).toBe('Жаңа атау')
    expect(applySuggestion(a, optionPath('t2', 'p1', 'text'), 'Митохондрия').tasks[1].options[0].text).toBe('Митохондрия')
    expect(canSuggest(a, taskPath('t1'))).toBe(false)
    expect(canSuggest(a, 'criteria/c1/text')).toBe(true)
  })
})

describe('thread operations', () => {
  const a = sample()
  const t = startThread({ assessment: a, path: d1, versionNumber: 1, author: mentor, text: 'A', now: 1 })!

  it('lets only the mentor resolve and reopen, stamping the change', () => {
    expect(setThreadStatus(t, 'resolved', 'teacher', 9)).toBe(t)
    const resolved = setThreadStatus(t, 'resolved', 'mentor', 9)
    expect(resolved).toMatchObject({ status: 'resolved', statusAt: 9 })
    expect(setThreadStatus(resolved, 'open', 'mentor', 12)).toMatchObject({ status: 'open', statusAt: 12 })
    expect(countOpen([t, resolved])).toBe(1)
  })

  it('keeps the mentor’s drafts from the teacher until the review is finished', () => {
    const replied = addComment(publishDrafts([t])[0], teacher, 'Түзеттім', 2, 3)
    expect(replied.comments.map((c) => [c.role, c.draft])).toEqual([['mentor', false], ['teacher', false]])
    const withDraft = addComment(replied, mentor, 'Тағы бір ескерту', 2, 4)
    expect(visibleToTeacher([withDraft])[0].comments).toHaveLength(2)
    expect(visibleToTeacher([t])).toEqual([])
  })
})
