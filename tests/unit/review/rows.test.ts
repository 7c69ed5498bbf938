/**
 * Threads on the rows of the derived tables (issue 18, section 3): a row is named by its table and the
 * ids it is built from, keeps its text as the quote, is outdated when the row reads otherwise, orphaned
 * when its task or criterion is gone, and travels in a reply file like any thread (older files still read).
 */
import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { taskPath } from '@/domain/anchors'
import { anchorState, placeOf } from '@/domain/review/anchoring'
import { contentHash } from '@/domain/review/hash'
import { isRowPath, rowAt, rowPath, rowTable, tableRows } from '@/domain/review/rows'
import { threadViews } from '@/domain/review/threadIndex'
import { startThread } from '@/domain/review/threads'
import { PathSchema, ThreadSchema } from '@/domain/shapes/review'
import { readReply, writeReply } from '@/exchange/reviewReply'
import { sample } from './sample'

const mentor = { name: 'Айгүл Сейітқызы', role: 'mentor' as const }
const SCHEME_T2 = rowPath('markScheme', 't2')
const RUBRIC_C1 = rowPath('parentRubric', 'c1')
const SPEC_T1 = rowPath('specification', 't1')

describe('row paths', () => {
  it('name the table and the ids, never a position, and are told from field paths', () => {
    expect(SCHEME_T2).toBe('table/markScheme/t2')
    expect(rowPath('markScheme', 't2', 'pa')).toBe('table/markScheme/t2/pa')
    expect(isRowPath(SCHEME_T2)).toBe(true)
    expect(isRowPath(taskPath('t2', 'text'))).toBe(false)
    expect(rowTable(RUBRIC_C1)).toBe('parentRubric')
    expect(rowTable('table/other/x')).toBeNull()
    expect(rowTable(taskPath('t1'))).toBeNull()
  })

  it('are stored paths, next to the field paths of older files; other tables are refused', () => {
    for (const p of [SPEC_T1, SCHEME_T2, 'table/markScheme/t2/pa', RUBRIC_C1, taskPath('t1', 'text'), 'document']) expect(v.is(PathSchema, p)).toBe(true)
    for (const p of ['table/markBands/t1', 'table/specification', 'table/specification/t1/a/b', 'table/parentRubric/c 1']) expect(v.is(PathSchema, p)).toBe(false)
  })
})

describe('rows of the three tables', () => {
  it('has one row per task in the specification and the mark scheme and one per criterion in the rubric, each with its text', () => {
    const rows = tableRows(sample())
    expect([...rows.keys()].sort()).toEqual([RUBRIC_C1, SCHEME_T2, rowPath('markScheme', 't1'), SPEC_T1, rowPath('specification', 't2')].sort())
    expect(rows.get(SCHEME_T2)!.quote).toContain('Хлоропласт')
    expect(rows.get(SCHEME_T2)!.quote).toContain('хлоропластты таңдайды')
    expect(rows.get(RUBRIC_C1)!.quote).toContain('Жасуша бөліктерін анықтайды')
    expect(rows.get(SPEC_T1)!.quote).toContain('7.1.1.1')
  })

  it('places a row by the table and the task or criterion number', () => {
    const a = sample()
    expect(placeOf(a, SCHEME_T2)).toEqual({ kind: 'row', table: 'markScheme', number: 2, item: null, field: null, part: '2' })
    expect(placeOf(a, RUBRIC_C1)).toEqual({ kind: 'row', table: 'parentRubric', number: 1, item: null, field: null })
    expect(placeOf(a, rowPath('parentRubric', 'gone'))).toBeNull()
  })
})

describe('a thread on a row', () => {
  it('keeps the row text as its quote, is outdated when the row reads otherwise and orphaned when its task is gone', () => {
    const a = sample()
    const th = startThread({ assessment: a, path: SCHEME_T2, versionNumber: 1, author: mentor, text: 'Жауапты толықтырыңыз' })!
    expect(th.quote).toBe(rowAt(a, SCHEME_T2)!.quote)
    expect(v.is(ThreadSchema, th)).toBe(true)
    expect(anchorState(a, th)).toBe('current')
    // the row follows the task, not its position: moved first, the thread still stands on it
    const moved = { ...a, tasks: [a.tasks[1], a.tasks[0]] }
    expect(anchorState(moved, th)).toBe('current')
    expect(placeOf(moved, SCHEME_T2)!.number).toBe(1)
    const changed = { ...a, tasks: a.tasks.map((t) => (t.id === 't2' ? { ...t, descriptors: [{ ...t.descriptors[0], text: 'басқа' }] } : t)) }
    expect(anchorState(changed, th)).toBe('outdated')
    const gone = { ...a, tasks: a.tasks.filter((t) => t.id !== 't2') }
    expect(anchorState(gone, th)).toBe('orphaned')
    const views = threadViews(changed, [th])
    expect(views.get(th.id)).toMatchObject({ state: 'outdated', applicable: false, applied: false, place: { kind: 'row', table: 'markScheme', number: 2 } })
    expect(threadViews(gone, [th], a).get(th.id)).toMatchObject({ state: 'orphaned', place: { kind: 'row', number: 2 } })
  })

  it('is not started on a row that does not exist', () => {
    expect(startThread({ assessment: sample(), path: rowPath('parentRubric', 'nope'), versionNumber: 1, author: mentor, text: 'x' })).toBeNull()
  })

  it('travels in a reply file with its row path and quote', () => {
    const a = sample()
    const withComment = startThread({ assessment: a, path: RUBRIC_C1, versionNumber: 1, author: mentor, text: 'Деңгейлерді нақтылаңыз' })!
    const text = writeReply({ id: 'r1', createdAt: 5, reviewer: { name: mentor.name, school: '' }, assessmentId: a.id, title: a.title, version: { number: 1, hash: contentHash(a) }, verdict: 'comment', summary: '', threads: [{ ...withComment, comments: withComment.comments.map((c) => ({ ...c, draft: false })) }] })
    const read = readReply(text)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.threads[0]).toMatchObject({ path: RUBRIC_C1, quote: rowAt(a, RUBRIC_C1)!.quote })
  })
})
