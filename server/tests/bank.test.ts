// @vitest-environment node
/**
 * The school bank's moderation end to end: a methodist takes an entry out of a teacher's bank
 * document and every colleague's copy follows; a colleague teacher's attempt to do the same is
 * dropped by the server; the author takes out her own.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { Workspace } from '../src/workspace.js'
import { connect, memberToken, startTestWorkspace, temporaryDataDir, type TestClient } from './harness.js'

let data: ReturnType<typeof temporaryDataDir>
let workspace: Workspace
const clients: TestClient[] = []
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
  for (const client of clients.splice(0)) client.destroy()
  await workspace.stop()
  data.remove()
})

it('lets a methodist and the author unpublish, and drops a colleague teacher’s attempt', async () => {
  const school = workspace.directory.addSchool('№ 12 мектеп')
  const author = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
  const colleague = await memberToken(workspace, school.id, 'Ерлан', 'teacher')
  const methodist = await memberToken(workspace, school.id, 'Дана', 'methodist')
  const name = `bank/${school.id}/${author.member.id}`
  const authorSide = open(name, author.token)
  const colleagueSide = open(name, colleague.token)
  const methodistSide = open(name, methodist.token)
  await vi.waitFor(() => expect([authorSide, colleagueSide, methodistSide].every((c) => c.events.authenticated)).toBe(true))

  authorSide.doc.getMap('assessments').set('a1', { title: 'Бөлшектер' })
  authorSide.doc.getMap('assessments').set('a2', { title: 'Проценттер' })
  await vi.waitFor(() => expect(colleagueSide.doc.getMap('assessments').size).toBe(2))
  await vi.waitFor(() => expect(methodistSide.doc.getMap('assessments').size).toBe(2))

  // a colleague teacher's delete stays on her own screen: the server never applies it
  colleagueSide.doc.getMap('assessments').delete('a1')
  methodistSide.doc.getMap('assessments').delete('a2')
  await vi.waitFor(() => expect([...authorSide.doc.getMap('assessments').keys()]).toEqual(['a1']))
  const fresh = open(name, colleague.token)
  await vi.waitFor(() => expect(fresh.events.authenticated).toBe(true))
  await vi.waitFor(() => expect([...fresh.doc.getMap('assessments').keys()]).toEqual(['a1']))

  authorSide.doc.getMap('assessments').delete('a1')
  await vi.waitFor(() => expect(methodistSide.doc.getMap('assessments').size).toBe(0))
  await vi.waitFor(() => expect(fresh.doc.getMap('assessments').size).toBe(0))
})
