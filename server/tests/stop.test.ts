// @vitest-environment node
/**
 * Stopping the server while it answers: an /api/me that came just before stop() is still verifying its token when
 * the connections are ended, and must not then read a closed directory (an unhandled rejection, seen under load in
 * tests/unit/workspace/connection.test.ts, whose connections ask /api/me as they are destroyed).
 */
import { expect, it, vi } from 'vitest'
import { httpUrl, memberToken, startTestWorkspace, temporaryDataDir } from './harness.js'

it('lets the API answers under way finish before it closes the directory', async () => {
  const data = temporaryDataDir()
  const workspace = await startTestWorkspace(data.dir)
  const school = workspace.directory.addSchool('Мектеп')
  const { token } = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
  const member = vi.spyOn(workspace.directory, 'member')
  let asked = 0
  let stopping: Promise<void> | undefined
  // the server's own listener came first: each request is being answered when this one runs
  workspace.server.httpServer.on('request', () => {
    asked++
    stopping ??= workspace.stop()
  })
  const asks = Array.from({ length: 5 }, () => fetch(`${httpUrl(workspace)}/api/me`, { headers: { Authorization: `Bearer ${token}` } }).catch(() => null))
  await Promise.all(asks)
  await stopping
  expect(asked).toBeGreaterThan(0)
  // every request that came read the member, and none met a closed directory
  await expect.poll(() => member.mock.results.length).toBe(asked)
  expect(member.mock.results.map((r) => r.type)).toEqual(Array(asked).fill('return'))
  data.remove()
})
