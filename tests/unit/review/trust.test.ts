/**
 * A review a mentor can trust (issue 18, section 3), rule by rule: words inside a field, approval with
 * errors, whose work a file is, marks for the teacher, a reply for a trashed assessment, the withdrawn
 * approval, the mentor at a shared computer.
 */
import { describe, expect, it } from 'vitest'
import { descriptorPath, taskPath } from '@/domain/anchors'
import type { Finding } from '@/domain/checks/types'
import { updateTask } from '@/domain/operations'
import { errorsAtSending, errorsOf, needsConfirmation, verdictAllowed, withdrawsApproval } from '@/domain/review/approval'
import { authorPart, otherAssessmentOf, sameAuthor } from '@/domain/review/authorship'
import { contentHash } from '@/domain/review/hash'
import { checkReply } from '@/domain/review/integrity'
import { openThreadsByPath, threadsAt } from '@/domain/review/marks'
import { locateSpan, markedSegments, replaceSpan, spanOf, spanSuggestionApplied, splitAtSpan } from '@/domain/review/span'
import { applyThreadSuggestion } from '@/domain/review/suggestion'
import { threadViews } from '@/domain/review/threadIndex'
import { publishDrafts, setThreadStatus, startThread } from '@/domain/review/threads'
import { reviewFileName } from '@/exchange/reviewFile'
import { readPackage, writePackage } from '@/exchange/reviewPackage'
import { readReply, writeReply, type ReviewReply } from '@/exchange/reviewReply'
import { sample } from './sample'

const mentor = { name: 'Айгүл Сейітқызы', role: 'mentor' as const }
const TEXT = taskPath('t1', 'text') // 'Жасуша бөліктерін атаңыз.'

describe('words inside a field', () => {
  it('cuts a field into pieces around the commented words, found again by their text, touching spans as one mark', () => {
    const span = { start: 7, end: 17, text: 'бөліктерін' }
    expect(markedSegments('Жасуша бөліктерін атаңыз.', [span])).toEqual([
      { text: 'Жасуша ', marked: false },
      { text: 'бөліктерін', marked: true },
      { text: ' атаңыз.', marked: false },
    ])
    // a word added before: the words are found where they moved to
    expect(markedSegments('Суреттегі жасуша бөліктерін атаңыз.', [span]).filter((s) => s.marked)).toEqual([{ text: 'бөліктерін', marked: true }])
    // two spans, one at the very start and one overlapping the other; a gone span marks nothing
    const first = { start: 0, end: 6, text: 'Жасуша' }
    const wide = { start: 7, end: 24, text: 'бөліктерін атаңыз' }
    const gone = { start: 0, end: 4, text: 'жоқ!' }
    expect(markedSegments('Жасуша бөліктерін атаңыз.', [wide, gone, first, span])).toEqual([
      { text: 'Жасуша', marked: true },
      { text: ' ', marked: false },
      { text: 'бөліктерін атаңыз', marked: true },
      { text: '.', marked: false },
    ])
    expect(markedSegments('Жасуша', [first])).toEqual([{ text: 'Жасуша', marked: true }])
    expect(markedSegments('Басқа мәтін', [span])).toEqual([{ text: 'Басқа мәтін', marked: false }])
    expect(markedSegments('', [])).toEqual([{ text: '', marked: false }])
    expect(markedSegments('abc', [])).toEqual([{ text: 'abc', marked: false }])
  })

  it('takes the selection without the spaces at its edges, and nothing for spaces only or the whole field', () => {
    const v = 'Жасуша бөліктерін атаңыз.'
    expect(spanOf(v, 6, 18)).toEqual({ start: 7, end: 17, text: 'бөліктерін' })
    expect(spanOf(v, 18, 6)).toEqual({ start: 7, end: 17, text: 'бөліктерін' })
    expect(spanOf(v, 6, 7)).toBeNull()
    expect(spanOf(v, 0, v.length)).toBeNull()
    expect(spanOf(v, -5, 200)).toBeNull()
  })

  it('finds the words again by their text when the field changed, nearest to where they were', () => {
    const span = { start: 7, end: 17, text: 'бөліктерін' }
    expect(locateSpan('Жасуша бөліктерін атаңыз.', span)).toBe(span)
    expect(locateSpan('Суреттегі жасуша бөліктерін атаңыз.', span)).toEqual({ start: 17, end: 27, text: 'бөліктерін' })
    // two occurrences: the one nearer to the old place
    expect(locateSpan('бөліктерін, жасуша бөліктерін атаңыз', { start: 19, end: 29, text: 'бөліктерін' })?.start).toBe(19)
    expect(locateSpan('Жасуша құрылымын атаңыз.', span)).toBeNull()
    expect(splitAtSpan('Суреттегі жасуша бөліктерін атаңыз.', span)).toEqual(['Суреттегі жасуша ', 'бөліктерін', ' атаңыз.'])
  })

  it('replaces just the words, and knows when the replacement is in', () => {
    const quote = 'Жасуша бөліктерін атаңыз.'
    const span = { start: 7, end: 17, text: 'бөліктерін' }
    expect(replaceSpan(quote, span, 'органоидтарын')).toBe('Жасуша органоидтарын атаңыз.')
    expect(replaceSpan('Басқа мәтін', span, 'x')).toBeNull()
    expect(spanSuggestionApplied('Жасуша органоидтарын атаңыз.', quote, span, 'органоидтарын')).toBe(true)
    // applied, then more words were added around: still applied
    expect(spanSuggestionApplied('Суреттегі жасуша органоидтарын атаңыз.', quote, span, 'органоидтарын')).toBe(true)
    expect(spanSuggestionApplied(quote, quote, span, 'органоидтарын')).toBe(false)
    expect(spanSuggestionApplied('Жасуша құрылымын сипаттаңыз.', quote, span, 'органоидтарын')).toBe(false)
  })

  it('a thread started on a selection keeps the quote, the offsets and the words; the suggestion replaces only them', () => {
    const a = sample()
    const th = startThread({ assessment: a, path: TEXT, versionNumber: 1, author: mentor, text: 'Нақтырақ', suggestion: 'органоидтарын', selection: { start: 7, end: 17 } })!
    expect(th.quote).toBe('Жасуша бөліктерін атаңыз.')
    expect(th.span).toEqual({ start: 7, end: 17, text: 'бөліктерін' })
    const applied = applyThreadSuggestion(a, th)
    expect(applied.tasks[0].text).toBe('Жасуша органоидтарын атаңыз.')
    // the field changed around the words before the teacher applied: still just the words
    const moved = updateTask(a, 't1', { text: 'Суреттегі жасуша бөліктерін атаңыз.' })
    expect(applyThreadSuggestion(moved, th).tasks[0].text).toBe('Суреттегі жасуша органоидтарын атаңыз.')
    // the words are gone: nothing to apply, and the card offers nothing
    const gone = updateTask(a, 't1', { text: 'Жасуша құрылымын сипаттаңыз.' })
    expect(applyThreadSuggestion(gone, th)).toBe(gone)
    expect(threadViews(gone, [th]).get(th.id)).toMatchObject({ applicable: false, applied: false })
    // a whole-field thread has no span and replaces the whole field, as before
    const whole = startThread({ assessment: a, path: TEXT, versionNumber: 1, author: mentor, text: 'x', suggestion: 'Жаңа мәтін' })!
    expect(whole.span).toBeUndefined()
    expect(applyThreadSuggestion(a, whole).tasks[0].text).toBe('Жаңа мәтін')
  })

  it('the next version reports a span suggestion as applied to the mentor, not only as a changed field', () => {
    const a = sample()
    const th = startThread({ assessment: a, path: TEXT, versionNumber: 1, author: mentor, text: 'x', suggestion: 'органоидтарын', selection: { start: 7, end: 17 } })!
    const next = applyThreadSuggestion(a, th)
    expect(threadViews(next, [th]).get(th.id)).toMatchObject({ state: 'outdated', applied: true })
    expect(threadViews(a, [th]).get(th.id)).toMatchObject({ state: 'current', applied: false, applicable: true })
    const whole = startThread({ assessment: a, path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: mentor, text: 'x', suggestion: 'ядроны көрсетеді' })!
    expect(threadViews(applyThreadSuggestion(a, whole), [whole]).get(whole.id)).toMatchObject({ state: 'outdated', applied: true })
  })

  it('travels in both files, and files without it still open', () => {
    const a = sample()
    const th = publishDrafts([startThread({ assessment: a, path: TEXT, versionNumber: 1, author: mentor, text: 'x', selection: { start: 7, end: 17 } })!])
    const reply: ReviewReply = { id: 'r1', createdAt: 3, reviewer: { name: 'Айгүл', school: '' }, assessmentId: a.id, title: a.title, version: { number: 1, hash: contentHash(a) }, verdict: 'comment', summary: '', threads: th }
    const read = readReply(writeReply(reply))
    expect(read.ok && read.value.threads[0].span).toEqual({ start: 7, end: 17, text: 'бөліктерін' })
    const ver = { id: `${a.id}@1`, assessmentId: a.id, number: 1, hash: contentHash(a), createdAt: 1, author: { name: 'Дана', school: '' }, content: a }
    const pkg = readPackage(writePackage({ createdAt: 2, author: ver.author, version: ver, baseline: null, threads: th }))
    expect(pkg.ok && pkg.value.threads[0].span?.text).toBe('бөліктерін')
    // a span whose words do not fit its offsets is refused
    const bad = JSON.parse(writeReply(reply)) as { threads: { span: { end: number } }[] }
    bad.threads[0].span.end = 30
    expect(readReply(JSON.stringify(bad)).ok).toBe(false)
  })
})

const finding = (severity: Finding['severity'], ruleId = 'r'): Finding => ({ severity, ruleId, path: 'document', message: ruleId })

describe('approval with errors', () => {
  it('asks first only for an approval while errors remain, and lists the errors only', () => {
    const findings = [finding('warning', 'w'), finding('error', 'e1'), finding('hint'), finding('error', 'e2')]
    expect(errorsOf(findings).map((f) => f.ruleId)).toEqual(['e1', 'e2'])
    expect(needsConfirmation('approve', findings)).toBe(true)
    expect(needsConfirmation('requestChanges', findings)).toBe(false)
    expect(needsConfirmation('comment', findings)).toBe(false)
    expect(needsConfirmation('approve', [finding('warning')])).toBe(false)
    expect(errorsAtSending(findings)).toBe(2)
    expect(errorsAtSending([])).toBe(0)
  })

  it('says once that an edit withdraws the approval', () => {
    expect(withdrawsApproval('approved', 'draft', false)).toBe(true)
    expect(withdrawsApproval('approved', 'draft', true)).toBe(false)
    expect(withdrawsApproval('draft', 'approved', false)).toBe(false)
    expect(withdrawsApproval('submitted', 'draft', false)).toBe(false)
  })

  it('gives the verdict on a teacher’s own assessment only while a mentor sits at the computer', () => {
    expect(verdictAllowed(false, false)).toBe(true)
    expect(verdictAllowed(true, true)).toBe(true)
    expect(verdictAllowed(true, false)).toBe(false)
  })
})

describe('whose work', () => {
  it('names the file after the title and the teacher; old files without an author keep the old name', () => {
    expect(reviewFileName('Жасушалар БЖБ', 2, 'package', { name: 'Дана Әліқызы', school: '№5' })).toBe('Жасушалар_БЖБ.Дана_Әліқызы.v2.review.json')
    expect(reviewFileName('Жасушалар БЖБ', 2, 'reply', { name: 'Дана Әліқызы', school: '' })).toBe('Жасушалар_БЖБ.Дана_Әліқызы.v2.reply.json')
    expect(reviewFileName('Жасушалар БЖБ', 2, 'reply')).toBe('Жасушалар_БЖБ.v2.reply.json')
    expect(reviewFileName('Жасушалар БЖБ', 2, 'reply', { name: '  ', school: '' })).toBe('Жасушалар_БЖБ.v2.reply.json')
    expect(authorPart({ name: 'A/B: \u202Eevil', school: '' })).toBe('AB_evil')
  })

  it('tells two teachers apart by name and school', () => {
    expect(sameAuthor({ name: 'Дана  Әліқызы', school: '№5' }, { name: 'дана әліқызы', school: '№5 ' })).toBe(true)
    expect(sameAuthor({ name: 'Дана', school: '№5' }, { name: 'Дана', school: '№7' })).toBe(false)
  })

  it('a reply carries the teacher whose assessment it is; a reply without one (older) still opens', () => {
    const a = sample()
    const base: ReviewReply = { id: 'r1', createdAt: 3, reviewer: { name: 'Айгүл', school: '' }, assessmentId: a.id, title: a.title, version: { number: 1, hash: contentHash(a) }, verdict: 'approve', summary: '', threads: [] }
    const withAuthor = readReply(writeReply({ ...base, author: { name: 'Дана', school: '№5' } }))
    expect(withAuthor.ok && withAuthor.value.author).toEqual({ name: 'Дана', school: '№5' })
    const old = JSON.parse(writeReply(base)) as Record<string, unknown>
    expect('author' in old).toBe(false)
    const read = readReply(JSON.stringify(old))
    expect(read.ok && read.value.author).toBeNull()
    expect(otherAssessmentOf({ reviewer: { name: 'Айгүл', school: '' }, author: { name: 'Дана', school: '' }, title: 'БЖБ' })).toEqual({ sender: 'Айгүл', author: 'Дана', title: 'БЖБ' })
    expect(otherAssessmentOf({ reviewer: { name: 'Айгүл', school: '' }, author: null, title: 'БЖБ' }).author).toBe('')
  })
})

describe('a reply for an assessment in the trash', () => {
  const ref = { assessmentId: 'asmt1', title: 'БЖБ', version: { number: 1, hash: 'h' } }
  it('says the assessment is in the trash, even when another assessment is on screen', () => {
    expect(checkReply(ref, null, { id: 'asmt1', deletedAt: 5 }, { hash: 'h' })).toMatchObject({ ok: false, problem: 'inTrash' })
    expect(checkReply(ref, 'other', { id: 'asmt1', deletedAt: 5 }, { hash: 'h' })).toMatchObject({ ok: false, problem: 'inTrash' })
    expect(checkReply(ref, 'other', { id: 'asmt1', deletedAt: null }, { hash: 'h' })).toMatchObject({ ok: false, problem: 'otherAssessment' })
    expect(checkReply(ref, null, null, null)).toMatchObject({ ok: false, problem: 'unknownAssessment' })
    expect(checkReply(ref, 'asmt1', { id: 'asmt1', deletedAt: null }, { hash: 'h' }).ok).toBe(true)
  })
})

describe('marks in the teacher’s editor', () => {
  it('marks the fields with open threads, first started first; resolved threads leave no mark', () => {
    const a = sample()
    const t1 = startThread({ assessment: a, path: TEXT, versionNumber: 1, author: mentor, text: 'a', now: 20 })!
    const t2 = startThread({ assessment: a, path: TEXT, versionNumber: 1, author: mentor, text: 'b', now: 10 })!
    const t3 = setThreadStatus(startThread({ assessment: a, path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: mentor, text: 'c', now: 5 })!, 'resolved', 'mentor', 30)
    const byPath = openThreadsByPath([t1, t2, t3])
    expect(byPath.get(TEXT)?.map((t) => t.id)).toEqual([t2.id, t1.id])
    expect(byPath.has(descriptorPath('t1', 'd1', 'text'))).toBe(false)
    expect(threadsAt(byPath, [descriptorPath('t1', 'd1', 'text'), TEXT]).length).toBe(2)
  })
})
