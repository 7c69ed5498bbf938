// @vitest-environment node
/**
 * The workspace server end to end on loopback: invitations, live sync within a review pair, every
 * refusal (another school, forged/expired tokens, out-of-scope documents, oversized updates),
 * read-only colleagues in the bank, a revoked member cut off, and state surviving a restart.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { Directory } from '../src/directory.js'
import { signToken } from '../src/tokens.js'
import { directoryFile } from '../src/workspace.js'
import type { Workspace } from '../src/workspace.js'
import { connect, httpUrl, join, memberToken, SMALL_UPDATE_LIMIT, startTestWorkspace, temporaryDataDir, type TestClient } from './harness.js'

let data: ReturnType<typeof temporaryDataDir>
let workspace: Workspace
let clients: TestClient[] = []
const open = (name: string, token: string) => {
  const client = connect(workspace.url, name, token)
  clients.push(client)
  return client
}

beforeEach(async () => {
  data = temporaryDataDir()
  workspace = await startTestWorkspace(data.dir)
})

afterEach(async () => {
  for (const client of clients) client.destroy()
  clients = []
  await workspace.stop()
  data.remove()
})

function schoolWithPair() {
  const school = workspace.directory.addSchool('№ 12 мектеп')
  return school
}

describe('invitations', () => {
  it('turns a one-time code into a token with the member, school and mentors, once', async () => {
    const school = schoolWithPair()
    const teacher = workspace.directory.addMember(school.id, 'Айгүл Серікова', 'teacher')
    const mentor = workspace.directory.addMember(school.id, 'Марат Жақсылықов', 'mentor')
    workspace.directory.addPair(teacher.id, mentor.id)
    const code = workspace.directory.invite(teacher.id)
    const first = await join(workspace, code.toLowerCase())
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ member: { id: teacher.id, name: 'Айгүл Серікова', role: 'teacher' }, school: { name: '№ 12 мектеп' } })
    expect(first.body.mentors).toEqual([{ id: mentor.id, name: 'Марат Жақсылықов', role: 'mentor' }])
    expect((await join(workspace, code)).status).toBe(404)
    expect((await join(workspace, 'AAAA-BBBB-CCCC')).status).toBe(404)

    const me = await fetch(`${httpUrl(workspace)}/api/me`, { headers: { Authorization: `Bearer ${String(first.body.token)}` } })
    expect(me.status).toBe(200)
    const forged = await fetch(`${httpUrl(workspace)}/api/me`, { headers: { Authorization: 'Bearer x.y.z' } })
    expect(forged.status).toBe(401)
  })
})

describe('sync and access', () => {
  it("carries a mentor's comment to the teacher live, and keeps another school out", async () => {
    const school = schoolWithPair()
    const teacher = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const mentor = await memberToken(workspace, school.id, 'Марат', 'mentor')
    workspace.directory.addPair(teacher.member.id, mentor.member.id)
    const other = workspace.directory.addSchool('№ 40 гимназия')
    const stranger = await memberToken(workspace, other.id, 'Бөтен', 'methodist')
    const name = `review/${teacher.member.id}/a1`

    const teacherSide = open(name, teacher.token)
    const mentorSide = open(name, mentor.token)
    await vi.waitFor(() => expect(teacherSide.events.authenticated && mentorSide.events.authenticated).toBe(true))
    mentorSide.doc.getArray<string>('comments').push(['К1: сипаттама нақты емес'])
    await vi.waitFor(() => expect(teacherSide.doc.getArray('comments').toArray()).toEqual(['К1: сипаттама нақты емес']))

    const strangerSide = open(name, stranger.token)
    await vi.waitFor(() => expect(strangerSide.events.refused).toBe(true))
    expect(strangerSide.doc.getArray('comments').length).toBe(0)
  })

  it('refuses forged, expired and out-of-scope tokens', async () => {
    const school = schoolWithPair()
    const teacher = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const colleague = await memberToken(workspace, school.id, 'Ерлан', 'teacher')
    const forged = await signToken(teacher.member, new Uint8Array(32).fill(1))
    const expired = await signToken(teacher.member, workspace.directory.signingSecret(), Date.now() - 10 * 86_400_000, 1)
    const attempts = [
      open(`private/${teacher.member.id}/library`, forged),
      open(`private/${teacher.member.id}/library`, expired),
      open(`private/${teacher.member.id}/library`, colleague.token),
      open(`review/${teacher.member.id}/a1`, colleague.token),
      open('../../etc/passwd', teacher.token),
    ]
    await vi.waitFor(() => expect(attempts.map((client) => client.events.refused)).toEqual(attempts.map(() => true)))
  })

  it('lets colleagues read the bank but not change it, and closes a connection sending an oversized update', async () => {
    const school = schoolWithPair()
    const author = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const colleague = await memberToken(workspace, school.id, 'Ерлан', 'teacher')
    const name = `bank/${school.id}/${author.member.id}`
    const authorSide = open(name, author.token)
    const colleagueSide = open(name, colleague.token)
    await vi.waitFor(() => expect(authorSide.events.authenticated && colleagueSide.events.authenticated).toBe(true))
    authorSide.doc.getMap('items').set('a1', 'Бөлшектер — БЖБ 1')
    await vi.waitFor(() => expect(colleagueSide.doc.getMap('items').get('a1')).toBe('Бөлшектер — БЖБ 1'))

    colleagueSide.doc.getMap('items').delete('a1')
    authorSide.doc.getMap('items').set('a2', 'Проценттер — БЖБ 2')
    const fresh = open(name, colleague.token)
    await vi.waitFor(() => expect(fresh.doc.getMap('items').get('a2')).toBe('Проценттер — БЖБ 2'))
    expect(fresh.doc.getMap('items').get('a1')).toBe('Бөлшектер — БЖБ 1')

    authorSide.doc.getText('big').insert(0, 'ә'.repeat(SMALL_UPDATE_LIMIT))
    await vi.waitFor(() => expect(authorSide.events.closed).toBe(true))
    const check = open(name, colleague.token)
    await vi.waitFor(() => expect(check.events.authenticated).toBe(true))
    await vi.waitFor(() => expect(check.doc.getMap('items').get('a2')).toBe('Проценттер — БЖБ 2'))
    expect(check.doc.getText('big').length).toBe(0)
  })

  it('cuts off a member revoked by a command while connected', async () => {
    const school = schoolWithPair()
    const teacher = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const mentor = await memberToken(workspace, school.id, 'Марат', 'mentor')
    workspace.directory.addPair(teacher.member.id, mentor.member.id)
    const name = `review/${teacher.member.id}/a1`
    const teacherSide = open(name, teacher.token)
    const mentorSide = open(name, mentor.token)
    await vi.waitFor(() => expect(teacherSide.events.authenticated && mentorSide.events.authenticated).toBe(true))

    const administrator = new Directory(directoryFile(data.dir))
    administrator.revokeMember(mentor.member.id)
    administrator.close()
    await vi.waitFor(() => expect(mentorSide.events.closed).toBe(true))
    teacherSide.doc.getArray('comments').push(['after the revocation'])
    const again = open(name, mentor.token)
    await vi.waitFor(() => expect(again.events.refused).toBe(true))
    expect(mentorSide.doc.getArray('comments').toArray()).not.toContain('after the revocation')
  })
  it("cuts off a member revoked inside the server's own process (not by a command)", async () => {
    const school = schoolWithPair()
    const teacher = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const mentor = await memberToken(workspace, school.id, 'Марат', 'mentor')
    workspace.directory.addPair(teacher.member.id, mentor.member.id)
    const name = `review/${teacher.member.id}/a1`
    const mentorSide = open(name, mentor.token)
    await vi.waitFor(() => expect(mentorSide.events.authenticated).toBe(true))
    const before = workspace.directory.changeCounter()

    workspace.directory.revokeMember(mentor.member.id)
    expect(workspace.directory.changeCounter()).toBeGreaterThan(before)
    await vi.waitFor(() => expect(mentorSide.events.closed).toBe(true))
  })
})

describe('restart', () => {
  it('keeps every document and member across a server restart', async () => {
    const school = schoolWithPair()
    const teacher = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const name = `private/${teacher.member.id}/library`
    const first = open(name, teacher.token)
    await vi.waitFor(() => expect(first.events.authenticated).toBe(true))
    first.doc.getMap('assessments').set('a1', 'Қазақ тілі, 5-сынып, ТЖБ')
    await vi.waitFor(() => expect(first.provider.unsyncedChanges).toBe(0))
    first.destroy()
    clients = []
    await workspace.stop()

    workspace = await startTestWorkspace(data.dir)
    const second = open(name, teacher.token)
    await vi.waitFor(() => expect(second.doc.getMap('assessments').get('a1')).toBe('Қазақ тілі, 5-сынып, ТЖБ'))
    expect(new Y.Doc().getMap('x').size).toBe(0)
  })
})
