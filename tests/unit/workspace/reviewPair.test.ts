// @vitest-environment node
/**
 * Review without files against a real server: the teacher sends an assessment, it is in her mentor's
 * queue at once; the mentor's comment and verdict reach the teacher live (the time is measured and
 * printed, ≤ 3 s on loopback); a member of another school gets nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { memberToken, startTestWorkspace, temporaryDataDir } from '../../../server/tests/harness'
import type { Workspace } from '../../../server/src/workspace'
import { createAssessment } from '@/domain/factories'
import { WorkspaceConnection } from '@/sync/connection'
import { ReviewPair, reviewDocName } from '@/sync/reviewPair'

let workspace: Workspace
const data = temporaryDataDir()
const closers: (() => void)[] = []
const inMemory = async () => ({ doc: new Y.Doc(), release: () => undefined })

beforeAll(async () => {
  workspace = await startTestWorkspace(data.dir)
})
afterAll(async () => {
  for (const close of closers) close()
  await workspace?.stop()
  data.remove()
})

function connect(token: string): WorkspaceConnection {
  const connection = new WorkspaceConnection({ token, server: { socket: workspace.url, api: workspace.url.replace(/^ws/, 'http') } }, { WebSocketPolyfill: WebSocket })
  closers.push(() => connection.destroy())
  return connection
}

describe('review without files', () => {
  it('puts the sent version in the mentor’s queue and brings her comment and verdict back live', async () => {
    const school = workspace.directory.addSchool('№ 12 мектеп')
    const teacher = await memberToken(workspace, school.id, 'Айгүл Серікова', 'teacher')
    const mentor = await memberToken(workspace, school.id, 'Марат Жақсылықов', 'mentor')
    workspace.directory.addPair(teacher.member.id, mentor.member.id)

    const mine = new ReviewPair(teacher.member.id, teacher.member.id, connect(teacher.token), inMemory)
    const theirs = new ReviewPair(mentor.member.id, teacher.member.id, connect(mentor.token), inMemory)
    const assessment = { ...createAssessment({ kind: 'unit' }), title: '«Жасушалар» бөлімі бойынша БЖБ' }
    await mine.queue()
    await mine.view(assessment.id)
    await theirs.queue()
    await theirs.view(assessment.id)
    await Promise.all([mine.synced(), theirs.synced()])

    let queueChanges = 0
    const unwatch = await theirs.watchQueue(() => queueChanges++)
    const sentAt = Date.now()
    expect(await mine.send(assessment)).toBe(1)
    // the mentor's queue screen hears of the new entry without opening the assessment's document
    await expect.poll(() => queueChanges, { interval: 20 }).toBeGreaterThan(0)
    unwatch()
    await expect.poll(async () => (await theirs.queue()).map((item) => item.title), { interval: 20 }).toEqual(['«Жасушалар» бөлімі бойынша БЖБ'])
    console.log(`the sent version reached the mentor's queue in ${Date.now() - sentAt} ms`)
    expect((await theirs.view(assessment.id)).version(1)?.title).toBe(assessment.title)
    expect((await theirs.view(assessment.id)).status).toBe('submitted')

    const commentedAt = Date.now()
    await theirs.comment(assessment.id, { number: 1, path: 'title', text: 'Бөлімнің атын толық жазыңыз' })
    await expect.poll(async () => (await mine.view(assessment.id)).threads.length, { interval: 20 }).toBe(1)
    const latency = Date.now() - commentedAt
    console.log(`a mentor's comment reached the teacher in ${latency} ms`)
    expect(latency).toBeLessThanOrEqual(3_000)
    expect((await mine.view(assessment.id)).newSince(sentAt).map((e) => e.kind)).toEqual(['comment'])

    const thread = (await mine.view(assessment.id)).threads[0]
    await mine.comment(assessment.id, { number: 1, path: 'title', text: 'Түзеттім', threadId: thread.id })
    await theirs.verdict(assessment.id, 1, 'requestChanges')
    await expect.poll(async () => (await mine.view(assessment.id)).status).toBe('changesRequested')
    await expect.poll(async () => (await theirs.view(assessment.id)).threads[0]?.comments.length).toBe(2)

    // the round ends as a file round does: the verdict carries the mentor's closing comment (trimmed); a blank one is not written
    await theirs.verdict(assessment.id, 1, 'approve', '  Жарайсыз: келесіде уақытын көрсетіңіз \n')
    await expect.poll(async () => (await mine.view(assessment.id)).events.filter((e) => e.kind === 'verdict').length).toBe(2)
    const verdicts = (await mine.view(assessment.id)).events.filter((e) => e.kind === 'verdict')
    expect(verdicts.map((e) => (e.kind === 'verdict' ? [e.verdict, e.summary] : null))).toEqual([['requestChanges', undefined], ['approve', 'Жарайсыз: келесіде уақытын көрсетіңіз']])
    expect('summary' in verdicts[0]!).toBe(false)
  })

  it('opens no assessment document before the first send, and carries field threads, replies, applying and thread status as events', async () => {
    const school = workspace.directory.addSchool('№ 3 мектеп')
    const teacher = await memberToken(workspace, school.id, 'Сәуле', 'teacher')
    const mentor = await memberToken(workspace, school.id, 'Гүлнар', 'mentor')
    workspace.directory.addPair(teacher.member.id, mentor.member.id)
    const opened: string[] = []
    const recording = async (name: string) => {
      opened.push(name)
      return inMemory()
    }
    const mine = new ReviewPair(teacher.member.id, teacher.member.id, connect(teacher.token), recording)
    const theirs = new ReviewPair(mentor.member.id, teacher.member.id, connect(mentor.token), inMemory)
    const assessment = { ...createAssessment({ kind: 'unit' }), title: 'ТЖБ' }

    expect(await mine.isSent(assessment.id)).toBe(false)
    expect(opened).toEqual([`review/${teacher.member.id}/queue`])
    await mine.send(assessment)
    expect(await mine.isSent(assessment.id)).toBe(true)
    expect(opened).toContain(reviewDocName(teacher.member.id, assessment.id))

    await theirs.view(assessment.id)
    await theirs.comment(assessment.id, { number: 1, path: 'header/title', text: 'Толық атауы', suggestion: 'ТЖБ: 1-тоқсан', span: { start: 0, end: 3, text: 'ТЖБ' } })
    await expect.poll(async () => (await mine.view(assessment.id)).events.filter((e) => e.kind === 'comment').length, { interval: 20 }).toBe(1)
    const started = (await mine.view(assessment.id)).events.find((e) => e.kind === 'comment')!
    expect(started).toMatchObject({ path: 'header/title', suggestion: 'ТЖБ: 1-тоқсан', span: { start: 0, end: 3, text: 'ТЖБ' } })
    await mine.comment(assessment.id, { number: 1, path: 'header/title', text: 'Түзеттім', threadId: started.id })
    await mine.applied(assessment.id, 1, started.id)
    await theirs.threadStatus(assessment.id, started.id, 'resolved')
    await expect.poll(async () => (await theirs.view(assessment.id)).events.map((e) => e.kind).sort(), { interval: 20 }).toEqual(['applied', 'comment', 'comment', 'sent', 'threadStatus'])
    await expect.poll(async () => (await mine.view(assessment.id)).events.length, { interval: 20 }).toBe(5)
  })

  it('gives a member of another school nothing', async () => {
    const school = workspace.directory.addSchool('№ 7 мектеп')
    const teacher = await memberToken(workspace, school.id, 'Дана', 'teacher')
    const otherSchool = workspace.directory.addSchool('№ 40 мектеп')
    const stranger = await memberToken(workspace, otherSchool.id, 'Ерлан', 'mentor')
    const connection = connect(stranger.token)
    const link = connection.open(reviewDocName(teacher.member.id, 'abc'), new Y.Doc())
    await expect.poll(() => link.refused).toBe(true)
  })
})
