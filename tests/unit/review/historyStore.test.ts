/**
 * The review history through the stores, on two "machines" (the file text is all that crosses): two
 * rounds, then the first reply opened again — it is history, the status and the verdict shown stay.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, getActivePinia, setActivePinia } from 'pinia'
import Dexie from 'dexie'
import { assessmentsRepo } from '@/db/assessments'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { descriptorPath } from '@/domain/anchors'
import { useEditorStore } from '@/stores/editor'
import { useMentorReviewStore } from '@/stores/mentorReview'
import { useProfileStore } from '@/stores/profile'
import { useReviewStore } from '@/stores/review'
import { readGrowthRows } from '@/db/growth'
import { growthFigures } from '@/domain/growth/figures'
import { menteesOf, mentorGrowth, teacherGrowth } from '@/domain/growth/sources'
import { sample } from './sample'

const D1 = descriptorPath('t1', 'd1', 'text')
vi.setConfig({ testTimeout: 60_000 })
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 10 })

type Rows = Record<string, unknown[]>
const machines: Record<'teacher' | 'mentor', Rows> = { teacher: {}, mentor: {} }

async function dump(): Promise<Rows> {
  return Object.fromEntries(await Promise.all(db().tables.map(async (t) => [t.name, await t.toArray()] as const)))
}
async function switchTo(to: 'teacher' | 'mentor', from: 'teacher' | 'mentor' | null): Promise<void> {
  const leaving = getActivePinia()
  if (leaving) await useEditorStore(leaving).close()
  if (from) machines[from] = await dump()
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
  setActivePinia(createPinia())
  for (const [name, list] of Object.entries(machines[to])) await db().table(name).bulkAdd(list)
}

beforeEach(async () => {
  machines.teacher = {}
  machines.mentor = {}
  await switchTo('teacher', null)
})

async function mentorReviews(pkg: string, verdict: 'requestChanges' | 'approve', remark: boolean): Promise<string> {
  useProfileStore().save('mentor', { name: 'Айгүл', school: '№5 мектеп' })
  const mentor = useMentorReviewStore()
  expect((await mentor.openPackage(pkg)).ok).toBe(true)
  if (remark) {
    await mentor.startOn(D1, 'Нақтырақ жазыңыз', 'ядроны суреттен тауып атайды')
    await until(() => expect(mentor.threads.map((t) => t.path)).toContain(D1))
  }
  return (await mentor.finish(verdict, verdict === 'approve' ? 'Жақсы' : 'Түзетіңіз'))!.text
}

describe('review history through the stores', () => {
  it('keeps both rounds, tells an old reply as history, and gives both sides the same growth figures', async () => {
    await assessmentsRepo.put(sample())
    let editor = useEditorStore()
    await editor.open('asmt1')
    let review = useReviewStore()
    const teacher = { name: 'Дана', school: '№5 мектеп' }
    const p1 = await review.sendForReview(editor.assessment!, teacher)
    await switchTo('mentor', 'teacher')
    const r1 = await mentorReviews(p1.text, 'requestChanges', true)

    await switchTo('teacher', 'mentor')
    editor = useEditorStore()
    await editor.open('asmt1')
    review = useReviewStore()
    review.follow('asmt1')
    const first = await review.openReply(r1, 'asmt1')
    expect(first).toMatchObject({ ok: true, value: { status: 'changesRequested', news: { kind: 'current' } } })
    await until(() => expect(review.threads).toHaveLength(1))
    review.applyThreadSuggestion(review.threads[0])
    await editor.flush()
    const p2 = await review.sendForReview(editor.assessment!, teacher)
    await until(() => expect(review.history.map((r) => [r.number, r.verdict?.verdict ?? null, r.current])).toEqual([[1, 'requestChanges', false], [2, null, true]]))
    // while version 2 waits, no verdict stands for the present
    expect(review.currentReply).toBeNull()
    expect(review.history[0]).toMatchObject({ suggestionsOffered: 1, suggestionsApplied: 1, threads: { opened: 1 } })
    expect(review.history[0].findings.later).toBe(false)

    await switchTo('mentor', 'teacher')
    const r2 = await mentorReviews(p2.text, 'approve', false)
    const mentorRows = await readGrowthRows()
    const [mentee] = menteesOf(mentorRows.rounds)
    expect(mentee.person).toEqual(teacher)
    const mentorSide = growthFigures(mentorGrowth(mentorRows, mentee.key))

    await switchTo('teacher', 'mentor')
    editor = useEditorStore()
    await editor.open('asmt1')
    review = useReviewStore()
    review.follow('asmt1')
    expect(await review.openReply(r2, 'asmt1')).toMatchObject({ ok: true, value: { status: 'approved', news: { kind: 'current' } } })
    // the first reply opened again, late: history, not news; the status and the verdict shown stay those of version 2
    const late = await review.openReply(r1, 'asmt1')
    expect(late).toMatchObject({ ok: true, value: { status: 'approved', news: { kind: 'older', versionNumber: 1, latestNumber: 2 } } })
    await until(() => expect(review.currentReply?.verdict).toBe('approve'))
    expect(review.history.map((r) => r.verdict?.verdict)).toEqual(['requestChanges', 'approve'])

    const teacherSide = growthFigures(teacherGrowth(await readGrowthRows()))
    expect(teacherSide).toMatchObject({ assessments: 1, rounds: 2, approvals: 1, meanRoundsToApproval: 2, suggestions: { offered: 1, applied: 1 } })
    // the mentor, from the packages she reviewed, sees the same figures as the teacher
    expect(mentorSide).toMatchObject({ assessments: 1, rounds: 2, approvals: 1, meanRoundsToApproval: 2, suggestions: { offered: 1, applied: 1 } })
    expect(mentorSide.families).toEqual(teacherSide.families)
    expect(mentorSide.remarks).toEqual(teacherSide.remarks)
  })
})
