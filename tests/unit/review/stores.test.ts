/**
 * The whole exchange through the stores, on two "machines": the teacher's database, then a fresh one
 * for the mentor (the file text is all that crosses), then the teacher's again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, getActivePinia, setActivePinia } from 'pinia'
import Dexie from 'dexie'
import { assessmentsRepo } from '@/db/assessments'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { reviewsRepo } from '@/db/reviews'
import { versionsRepo } from '@/db/versions'
import { descriptorPath } from '@/domain/anchors'
import { anchorState } from '@/domain/review/anchoring'
import { useEditorStore } from '@/stores/editor'
import { useMentorReviewStore } from '@/stores/mentorReview'
import { useProfileStore } from '@/stores/profile'
import { useReviewStore } from '@/stores/review'
import { sample } from './sample'

const D1 = descriptorPath('t1', 'd1', 'text')

/** Everything one machine holds, as plain rows. */
async function dump(): Promise<Record<string, unknown[]>> {
  const d = db()
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)))
}
async function restore(rows: Record<string, unknown[]>): Promise<void> {
  await wipe()
  for (const [name, list] of Object.entries(rows)) await db().table(name).bulkAdd(list)
}
async function wipe(): Promise<void> {
  // the machine being left finishes its own writes first: a late autosave (the status set on sending)
  // must not land in the next machine's database
  const leaving = getActivePinia()
  if (leaving) await useEditorStore(leaving).close()
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
  setActivePinia(createPinia())
}

// a budget for a busy machine, not an expectation: nothing here asserts on time
vi.setConfig({ testTimeout: 60_000 })

beforeEach(wipe)

/** Waits for live data to reach the stores (a condition, never a fixed time: the machine may be busy). */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 10 })

async function teacherSends() {
  await assessmentsRepo.put(sample())
  const editor = useEditorStore()
  await editor.open('asmt1')
  const review = useReviewStore()
  useProfileStore().save('teacher', { name: 'Дана', school: '№5 мектеп' })
  const file = await review.sendForReview(editor.assessment!, { name: 'Дана', school: '№5 мектеп' })
  return { editor, review, file }
}

async function mentorReplies(packageText: string, verdict: 'requestChanges' | 'approve' = 'requestChanges') {
  await wipe()
  useProfileStore().save('mentor', { name: 'Айгүл', school: '№5 мектеп' })
  const mentor = useMentorReviewStore()
  const opened = await mentor.openPackage(packageText)
  expect(opened.ok).toBe(true)
  await mentor.startOn(D1, 'Нақтырақ жазыңыз', 'ядроны суреттен тауып атайды')
  // finish publishes the threads the page shows: wait until the live list holds the new one
  await until(() => expect(mentor.threads.map((t) => t.path)).toContain(D1))
  const reply = await mentor.finish(verdict, 'Түзетіңіз')
  return { mentor, reply: reply! }
}

describe('review through the stores', () => {
  it('sends a version, applies a reply once however often it is opened, and refuses the wrong one', async () => {
    const { file } = await teacherSends()
    expect(file.name).toBe('Жасушалар_бөлімі_бойынша_БЖБ.Дана.v1.review.json')
    expect((await assessmentsRepo.get('asmt1'))?.status).toBe('submitted')
    expect(await versionsRepo.list('asmt1')).toHaveLength(1)
    const teacherMachine = await dump()

    const { reply } = await mentorReplies(file.text)
    expect(reply.name).toBe('Жасушалар_бөлімі_бойынша_БЖБ.Дана.v1.reply.json')

    await restore(teacherMachine)
    const editor = useEditorStore()
    await editor.open('asmt1')
    const review = useReviewStore()
    const first = await review.openReply(reply.text, 'asmt1')
    expect(first).toMatchObject({ ok: true, value: { verdict: 'requestChanges', added: 1, status: 'changesRequested' } })
    const afterFirst = await dump()
    const again = await review.openReply(reply.text, 'asmt1')
    expect(again).toMatchObject({ ok: true, value: { added: 0, updated: 0, status: 'changesRequested' } })
    const afterSecond = await dump()
    expect(afterSecond.threads).toEqual(afterFirst.threads)
    expect(afterSecond.reviews).toEqual(afterFirst.reviews)
    expect(editor.assessment?.status).toBe('changesRequested')

    expect(await review.openReply(reply.text, 'another')).toMatchObject({ ok: false, error: { problem: 'otherAssessment' } })
    expect(await review.openReply(reply.text.replace('"number":1', '"number":7'), null)).toMatchObject({ ok: false, error: { problem: 'unknownVersion' } })
    expect(await review.openReply(reply.text.slice(0, 100), null)).toMatchObject({ ok: false, error: { problem: 'notJson' } })
    expect(await dump()).toEqual(afterSecond)

    // a reply whose thread id is taken by another assessment's thread must not overwrite it
    const other = { ...(afterSecond.threads[0] as Record<string, unknown>), assessmentId: 'another' }
    const [replyThread] = JSON.parse(reply.text).threads as { id: string }[]
    await db().table('threads').put({ ...other, id: 'victimThread01' })
    const hostile = reply.text.replaceAll(replyThread.id, 'victimThread01')
    const before = await dump()
    expect(await review.openReply(hostile, 'asmt1')).toMatchObject({ ok: false, error: { problem: 'tampered' } })
    expect(await dump()).toEqual(before)
  })

  it('applies a suggestion as an undoable edit, resubmits, and the mentor sees the change and the outdated thread', async () => {
    const { file } = await teacherSends()
    const teacherMachine = await dump()
    const { reply } = await mentorReplies(file.text)
    const mentorMachine = await dump()

    await restore(teacherMachine)
    const editor = useEditorStore()
    await editor.open('asmt1')
    const review = useReviewStore()
    review.follow('asmt1')
    await review.openReply(reply.text, 'asmt1')
    await until(() => expect(review.threads).toHaveLength(1))
    const [thread] = review.threads
    review.applyThreadSuggestion(thread)
    expect(editor.assessment?.tasks[0].descriptors[0].text).toBe('ядроны суреттен тауып атайды')
    editor.undo()
    expect(editor.assessment?.tasks[0].descriptors[0].text).toBe('ядроны атайды')
    editor.redo()
    await review.replyTo(thread, 'Түзеттім')
    const second = await review.sendForReview(editor.assessment!, { name: 'Дана', school: '' })
    expect(second.name).toContain('.v2.')
    expect(editor.assessment?.status).toBe('resubmitted')
    await editor.flush()
    const teacherAfterResubmit = await dump()

    await restore(mentorMachine)
    const mentor = useMentorReviewStore()
    const opened = await mentor.openPackage(second.text)
    expect(opened.ok && opened.value.baseline?.number).toBe(1)
    await until(() => expect(mentor.threads[0]?.comments.map((c) => c.text)).toEqual(['Нақтырақ жазыңыз', 'Түзеттім']))
    expect(anchorState(mentor.assessment!, mentor.threads[0])).toBe('outdated')
    await mentor.setStatus(mentor.threads[0], 'resolved')
    await until(() => expect(mentor.threads[0].status).toBe('resolved'))
    const approval = await mentor.finish('approve', 'Бекітемін')

    await restore(teacherAfterResubmit)
    const editor2 = useEditorStore()
    await editor2.open('asmt1')
    const review2 = useReviewStore()
    review2.follow('asmt1')
    expect(await review2.openReply(approval!.text, 'asmt1')).toMatchObject({ ok: true, value: { status: 'approved' } })
    await until(() => expect(review2.threads[0]?.status).toBe('resolved'))
    expect(review2.statusOf(editor2.assessment!)).toBe('approved')
    // editing after approval makes a draft again; the approved version stays frozen
    editor2.edit((a) => ({ ...a, title: 'Жаңа атау' }))
    expect(review2.statusOf(editor2.assessment!)).toBe('draft')
    expect((await versionsRepo.get('asmt1', 2))?.content.title).toBe('Жасушалар бөлімі бойынша БЖБ')
  })

  it('keeps the database unchanged when a reply names an assessment the teacher does not have', async () => {
    const { file } = await teacherSends()
    const { reply } = await mentorReplies(file.text)
    await wipe()
    const before = await dump()
    expect(await useReviewStore().openReply(reply.text, null)).toMatchObject({ ok: false, error: { problem: 'unknownAssessment' } })
    expect(await dump()).toEqual(before)
    expect(await reviewsRepo.openCounts()).toEqual({})
  })
})

describe('a version number reused for different content', () => {
  it('is not silently ignored: the mentor keeps the review opened, or opens the new content as a separate review', async () => {
    const { file } = await teacherSends()
    const teacherMachine = await dump()
    const { reply: oldReply } = await mentorReplies(file.text)
    const mentorMachine = await dump()
    // the teacher's machine lost version 1 (an old backup restored) and sends other content as version 1 again
    await restore({ ...teacherMachine, versions: [] })
    const editor = useEditorStore()
    await editor.open('asmt1')
    editor.edit((a) => ({ ...a, title: 'Жасушалар — қайта жазылған' }))
    const resent = await useReviewStore().sendForReview(editor.assessment!, { name: 'Дана', school: '' })
    expect(resent.name).toContain('.v1.')
    await editor.flush()
    const teacherNow = await dump()

    await restore(mentorMachine)
    const mentor2 = useMentorReviewStore()
    const refused = await mentor2.openPackage(resent.text)
    expect(refused).toMatchObject({ ok: false, error: { problem: 'versionReused', detail: 'Жасушалар — қайта жазылған', version: 1 } })
    expect(await dump()).toEqual(mentorMachine)

    // keep the one opened: the old review is shown, nothing written
    expect(await mentor2.showOpened(resent.text)).toBe(true)
    expect(mentor2.current?.title).toBe('Жасушалар бөлімі бойынша БЖБ')
    expect(await dump()).toEqual(mentorMachine)

    // open the new one as a review of its own: both stay, each with its own content
    const separate = await mentor2.openPackage(resent.text, { reused: 'separate' })
    expect(separate.ok && separate.value.id).not.toBe('asmt1@1')
    expect(mentor2.assessment?.title).toBe('Жасушалар — қайта жазылған')
    await until(() => expect(mentor2.rounds.map((r) => r.title).sort()).toEqual(['Жасушалар бөлімі бойынша БЖБ', 'Жасушалар — қайта жазылған'].sort()))
    // opening the same new file again continues that separate review instead of asking again
    expect(await mentor2.openPackage(resent.text)).toMatchObject({ ok: true, value: { id: separate.ok ? separate.value.id : '' } })

    // the reply from the separate review is the one the teacher's app accepts
    const reply = await mentor2.finish('approve', 'Жақсы')
    await restore(teacherNow)
    const editor3 = useEditorStore()
    await editor3.open('asmt1')
    // the reply to the content opened first names version 1 too, but not the content the teacher holds now
    expect(await useReviewStore().openReply(oldReply.text, 'asmt1')).toMatchObject({ ok: false, error: { problem: 'versionDiffers', detail: '1' } })
    expect(await useReviewStore().openReply(reply!.text, 'asmt1')).toMatchObject({ ok: true, value: { status: 'approved' } })
  })
})

describe('figures', () => {
  it('opens a reply on a 100-task document with 200 comments', async () => {
    const { large } = await import('./sample')
    const { writeReply } = await import('@/exchange/reviewReply')
    const { contentHash } = await import('@/domain/review/hash')
    const { publishDrafts, startThread, addComment } = await import('@/domain/review/threads')
    const a = large(100)
    await assessmentsRepo.put(a)
    const editor = useEditorStore()
    await editor.open(a.id)
    const review = useReviewStore()
    let started = performance.now()
    const pkg = await review.sendForReview(editor.assessment!, { name: 'Дана', school: '' })
    const sendMs = performance.now() - started
    const threads = publishDrafts(
      a.tasks.map((t, i) => addComment(startThread({ assessment: a, path: `tasks/${t.id}/descriptors/${t.descriptors[0].id}/text`, versionNumber: 1, author: { name: 'Айгүл', role: 'mentor' }, text: 'Дескрипторды нақтылаңыз: білім алушы не істейтінін бақылауға болатындай жазыңыз.', suggestion: 'жасушаның бөлігін суреттен тауып атайды', now: i })!, { name: 'Айгүл', role: 'mentor' }, 'Тағы бір ескерту.', 1, i + 1)),
    )
    const text = writeReply({ id: 'bigReply', createdAt: 1, reviewer: { name: 'Айгүл', school: '' }, assessmentId: a.id, title: a.title, version: { number: 1, hash: contentHash(a) }, verdict: 'requestChanges', summary: '', threads })
    started = performance.now()
    const opened = await review.openReply(text, a.id)
    const openMs = performance.now() - started
    expect(opened).toMatchObject({ ok: true, value: { added: 100 } })
    expect((await reviewsRepo.threadsOf(a.id)).flatMap((t) => t.comments)).toHaveLength(200)
    const kib = (s: string) => (new TextEncoder().encode(s).length / 1024).toFixed(0)
    console.info(`[figures] 100 tasks: package ${kib(pkg.text)} KiB built+frozen in ${sendMs.toFixed(0)} ms; reply with 200 comments ${kib(text)} KiB opened (validated, merged, written) in ${openMs.toFixed(0)} ms (fake-indexeddb)`)
  })
})
