// @vitest-environment node
/**
 * A review round from a file moved into the school workspace: the mentee is found by the package's author
 * name (one only); the version and its threads become the pair's events, named by member ids; against a
 * real server, the teacher sees the moved version and the mentor's comment in her pair at once, and moving
 * the same round again adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { memberToken, startTestWorkspace, temporaryDataDir } from '../../../server/tests/harness'
import type { Workspace } from '../../../server/src/workspace'
import { createAssessment } from '@/domain/factories'
import type { Thread } from '@/domain/review/model'
import { contentHash } from '@/domain/review/hash'
import { fileRoundEvents, menteeForAuthor } from '@/domain/workspace/fromFile'
import { threadsOf } from '@/domain/workspace/reviewEvents'
import { WorkspaceConnection } from '@/sync/connection'
import { ReviewPair } from '@/sync/reviewPair'

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

const thread = (id: string, comments: { id: string; role: 'mentor' | 'teacher'; text: string; at: number }[]): Thread => ({
  id,
  assessmentId: 'a1',
  path: 'title',
  quote: 'Т',
  versionNumber: 2,
  status: 'open',
  statusAt: 1,
  suggestion: 'Жаңа атау',
  comments: comments.map((c) => ({ id: c.id, author: c.role === 'mentor' ? 'Марат' : 'Айгүл', role: c.role, text: c.text, createdAt: c.at, versionNumber: 2, draft: false })),
  createdAt: comments[0]!.at,
})

describe('a round from a file, moved into the workspace', () => {
  it('finds the mentee by the author’s name, only when one mentee bears it', () => {
    const mentees = [{ id: 'm1', name: 'Айгүл  Серікова' }, { id: 'm2', name: 'Дана' }, { id: 'm3', name: 'дана' }]
    expect(menteeForAuthor(mentees, ' айгүл серікова ')?.id).toBe('m1')
    expect(menteeForAuthor(mentees, 'Дана')).toBeNull()
    expect(menteeForAuthor(mentees, 'Ерлан')).toBeNull()
    expect(menteeForAuthor(mentees, '')).toBeNull()
  })

  it('turns the version and its threads into events named by member ids', () => {
    const events = fileRoundEvents({
      number: 3,
      hash: 'sha256:abc',
      sentAt: 10,
      teacherId: 'teacher1',
      mentorId: 'mentor1',
      threads: [thread('t1', [{ id: 'c1', role: 'mentor', text: 'Атауын нақтылаңыз', at: 20 }, { id: 'c2', role: 'teacher', text: 'Түзеттім', at: 30 }])],
    })
    expect(events.map((e) => [e.kind, e.by, 'number' in e ? e.number : null])).toEqual([['sent', 'teacher1', 3], ['comment', 'mentor1', 3], ['comment', 'teacher1', 3]])
    const threads = threadsOf(events)
    expect(threads).toHaveLength(1)
    expect(events[1]).toMatchObject({ threadId: 'c1', path: 'title', suggestion: 'Жаңа атау' })
    expect(events[2]).toMatchObject({ threadId: 'c1' })
    expect(events[2]).not.toHaveProperty('suggestion')
  })

  it('keeps a thread’s words and its resolved status', () => {
    const resolved: Thread = { ...thread('t2', [{ id: 'c9', role: 'mentor', text: 'Нақтырақ', at: 40 }]), status: 'resolved', statusAt: 50, span: { start: 0, end: 1, text: 'Т' } }
    const events = fileRoundEvents({ number: 1, hash: 'sha256:abc', sentAt: 10, teacherId: 'teacher1', mentorId: 'mentor1', threads: [resolved] })
    expect(events[1]).toMatchObject({ kind: 'comment', span: { start: 0, end: 1, text: 'Т' } })
    expect(events[2]).toMatchObject({ kind: 'threadStatus', threadId: 'c9', status: 'resolved', by: 'mentor1', at: 50 })
  })

  it('puts the moved round in the pair for the teacher to see, once', async () => {
    const school = workspace.directory.addSchool('№ 3 мектеп')
    const teacher = await memberToken(workspace, school.id, 'Айгүл Серікова', 'teacher')
    const mentor = await memberToken(workspace, school.id, 'Марат Жақсылықов', 'mentor')
    workspace.directory.addPair(teacher.member.id, mentor.member.id)
    const connect = (token: string) => {
      const connection = new WorkspaceConnection({ token, server: { socket: workspace.url, api: workspace.url.replace(/^ws/, 'http') } }, { WebSocketPolyfill: WebSocket })
      closers.push(() => connection.destroy())
      return connection
    }
    const theirs = new ReviewPair(mentor.member.id, teacher.member.id, connect(mentor.token), inMemory)
    const mine = new ReviewPair(teacher.member.id, teacher.member.id, connect(teacher.token), inMemory)
    const assessment = { ...createAssessment({ kind: 'unit' }), title: 'Файлмен келген БЖБ' }
    const round = (number: number) =>
      fileRoundEvents({ number, hash: contentHash(assessment), sentAt: 10, teacherId: teacher.member.id, mentorId: mentor.member.id, threads: [thread('t1', [{ id: 'c1', role: 'mentor', text: 'Атауын нақтылаңыз', at: 20 }])] })

    expect(await theirs.adoptFromFile(assessment, round, 10)).toBe(1)
    await mine.view(assessment.id)
    await expect.poll(async () => (await mine.view(assessment.id)).threads.map((th) => th.comments.map((c) => c.text))).toEqual([['Атауын нақтылаңыз']])
    expect((await mine.view(assessment.id)).version(1)?.title).toBe('Файлмен келген БЖБ')
    await expect.poll(async () => (await theirs.queue()).map((item) => item.title)).toEqual(['Файлмен келген БЖБ'])

    expect(await theirs.adoptFromFile(assessment, round, 10)).toBe(1)
    expect((await theirs.view(assessment.id)).events).toHaveLength(2)
  })
})
