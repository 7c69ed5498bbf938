// @vitest-environment node
/** Two server processes' worth of workspaces behind one Redis: a client on each converges. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startWorkspace, type Workspace } from '../src/workspace.js'
import { connect, join, SMALL_UPDATE_LIMIT, temporaryDataDir, type TestClient } from './harness.js'
import { startRedis, type RedisProcess } from './redis.js'

let redis: RedisProcess | undefined
const workspaces: Workspace[] = []
const clients: TestClient[] = []
const folders: ReturnType<typeof temporaryDataDir>[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  for (const workspace of workspaces.splice(0)) await workspace.stop()
  await redis?.stop()
  for (const folder of folders.splice(0)) folder.remove()
})

describe('several server processes', () => {
  it('share documents through Redis: clients on different servers converge', async () => {
    redis = await startRedis()
    const data = temporaryDataDir()
    folders.push(data)
    const start = () =>
      startWorkspace({ dataDir: data.dir, host: '127.0.0.1', port: 0, maxUpdateBytes: SMALL_UPDATE_LIMIT, allowedOrigins: ['*'], redisUrl: redis!.url })
    const first = await start()
    const second = await start()
    workspaces.push(first, second)

    const school = first.directory.addSchool('№ 12 мектеп')
    const teacher = first.directory.addMember(school.id, 'Айгүл', 'teacher')
    const mentor = first.directory.addMember(school.id, 'Марат', 'mentor')
    first.directory.addPair(teacher.id, mentor.id)
    const teacherToken = (await join(first, first.directory.invite(teacher.id))).body.token as string
    const mentorToken = (await join(second, second.directory.invite(mentor.id))).body.token as string

    const name = `review/${teacher.id}/a1`
    const onFirst = connect(first.url, name, teacherToken)
    const onSecond = connect(second.url, name, mentorToken)
    clients.push(onFirst, onSecond)
    await vi.waitFor(() => expect(onFirst.events.authenticated && onSecond.events.authenticated).toBe(true))
    onFirst.doc.getArray<string>('events').push(['sent v1'])
    onSecond.doc.getArray<string>('events').push(['comment К1'])
    await vi.waitFor(() => {
      expect(onFirst.doc.getArray('events').length).toBe(2)
      expect(onSecond.doc.getArray('events').toArray()).toEqual(onFirst.doc.getArray('events').toArray())
    })
  })
})
