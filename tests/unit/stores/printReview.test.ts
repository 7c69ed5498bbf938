/** The print store hands the Word builder the open threads the teacher can see, and the approval. */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import Dexie from 'dexie'
import { DATABASE_NAME, resetDbForTests } from '@/db/database'
import { reviewsRepo, type ReviewRow } from '@/db/reviews'
import { createAssessment, createTask } from '@/domain/factories'
import type { Assessment } from '@/domain/model'
import { taskPath } from '@/domain/anchors'
import type { Thread } from '@/domain/review/model'
import type { PrintOptions } from '@/domain/printOptions'
import { versionToSend } from '@/domain/review/versions'

const calls: { a: Assessment; options: PrintOptions }[] = []
vi.mock('@/export/docx/build', () => ({
  buildDocx: async (a: Assessment, options: PrintOptions) => {
    calls.push({ a, options })
    return new Blob(['docx'])
  },
}))

beforeEach(async () => {
  setActivePinia(createPinia())
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
  calls.length = 0
  URL.createObjectURL = () => 'blob:x'
  URL.revokeObjectURL = () => undefined
})

const comment = (id: string, author: string, text: string, at: number, draft = false) => ({ id, author, role: 'mentor' as const, text, createdAt: at, versionNumber: 1, draft })

function threadOf(a: Assessment, id: string, status: Thread['status'], comments: Thread['comments']): Thread {
  return { id, assessmentId: a.id, path: taskPath(a.tasks[0].id, 'text'), quote: '', versionNumber: 1, status, statusAt: 1, suggestion: null, comments, createdAt: comments[0]?.createdAt ?? 1 }
}

function round(a: Assessment, id: string, verdict: ReviewRow['verdict'], name: string, finishedAt: number): ReviewRow {
  const person = { name, school: '' }
  return { id, assessmentId: a.id, role: 'teacher', versionNumber: 1, versionHash: 'h', title: '', verdict, summary: '', reviewer: person, author: person, finishedAt, openedAt: finishedAt, version: null, baseline: null }
}

describe('print store: review in the Word file', () => {
  it('passes the open, published threads with their replies and the latest approval', async () => {
    const a = { ...createAssessment({ kind: 'unit' }), tasks: [createTask(0, 'shortAnswer')], status: 'approved' as const }
    await reviewsRepo.submit(versionToSend(a, [], { name: 'Дана', school: '' }, 1), 'approved')
    await reviewsRepo.putThread(threadOf(a, 'open', 'open', [comment('c1', 'Mentor', 'Fix it', 10), { ...comment('c2', 'Teacher', 'Done', 20), role: 'teacher' }, comment('c3', 'Mentor', 'private', 30, true)]))
    await reviewsRepo.putThread(threadOf(a, 'resolved', 'resolved', [comment('c4', 'Mentor', 'old', 5)]))
    await reviewsRepo.putThread(threadOf(a, 'draft-only', 'open', [comment('c5', 'Mentor', 'not yet', 6, true)]))
    await reviewsRepo.saveRound(round(a, 'r1', 'requestChanges', 'Mentor', 100), [])
    await reviewsRepo.saveRound(round(a, 'r2', 'approve', 'Айгүл Сейітова', 200), [])
    const { usePrintStore } = await import('@/stores/print')
    await usePrintStore().download(a, { parts: ['pupilSheet'], parentRubricCopies: 1 })
    const { options } = calls[0]
    expect(options.comments).toEqual([
      { id: 'open', path: taskPath(a.tasks[0].id, 'text'), author: 'Mentor', date: 10, text: 'Fix it', replies: [{ author: 'Teacher', date: 20, text: 'Done' }], resolved: false },
    ])
    expect(options.approval).toEqual({ by: 'Айгүл Сейітова', at: 200 })
  })

  it('passes no approval when the document was edited since its approval (printed as a draft)', async () => {
    const a = { ...createAssessment({ kind: 'unit' }), status: 'approved' as const }
    await reviewsRepo.submit(versionToSend(a, [], { name: 'Дана', school: '' }, 1), 'approved')
    await reviewsRepo.saveRound(round(a, 'r2', 'approve', 'Mentor', 200), [])
    const { usePrintStore } = await import('@/stores/print')
    await usePrintStore().download({ ...a, title: 'өзгертілді' }, { parts: ['pupilSheet'], parentRubricCopies: 1 })
    expect(calls[0].a.status).toBe('draft')
    expect(calls[0].options.approval).toBeUndefined()
    expect(calls[0].options.comments).toEqual([])
  })
})
