// @vitest-environment node
/**
 * The school bank rides on the member's one workspace connection: against a real server (server/, on a
 * free loopback port), a member's private document and her colleagues' bank documents are served by a
 * single WebSocket (constructions counted), a publication reaches a colleague, and a revoked member's
 * bank says refused and stops.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { memberToken, startTestWorkspace, temporaryDataDir } from '../../../server/tests/harness'
import type { Workspace } from '../../../server/src/workspace'
import { WorkspaceConnection } from '@/sync/connection'
import { BankConnection } from '@/sync/bank/connection'

let workspace: Workspace
const data = temporaryDataDir()
const cleanups: (() => void)[] = []
let sockets = 0

/** The real `ws` client, counting every socket a connection makes. */
class CountingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    sockets += 1
  }
}

beforeAll(async () => {
  workspace = await startTestWorkspace(data.dir)
})
afterAll(async () => {
  for (const cleanup of cleanups) cleanup()
  await workspace?.stop()
  data.remove()
})

function device(token: string, schoolId: string, onChange: () => void = () => undefined) {
  const connection = new WorkspaceConnection({ token, server: { socket: workspace.url, api: workspace.url.replace(/^ws/, 'http') } }, { WebSocketPolyfill: CountingWebSocket })
  const bank = new BankConnection(connection, { schoolId, onChange })
  cleanups.push(() => {
    bank.destroy()
    connection.destroy()
  })
  return { connection, bank }
}

describe('the bank on the workspace connection', () => {
  it('serves the library and every colleague’s bank and catalogue on one socket', async () => {
    const school = workspace.directory.addSchool('Мектеп 1')
    const author = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const colleague = await memberToken(workspace, school.id, 'Ерлан', 'teacher')
    const ids = [author.member.id, colleague.member.id]
    sockets = 0
    const mine = device(author.token, school.id)
    const library = mine.connection.open(`private/${author.member.id}/library`, new Y.Doc())
    mine.bank.open('bank', ids)
    mine.bank.open('catalogue', ids)
    await library.synced
    await expect.poll(() => mine.bank.all('bank').every((d) => d.synced)).toBe(true)
    await expect.poll(() => mine.bank.all('catalogue').every((d) => d.synced)).toBe(true)
    expect(mine.bank.status).toBe('online')
    expect(sockets).toBe(1)

    mine.bank.put('bank', author.member.id, 'a1', { title: 'Бөлшектер — БЖБ 1' })
    expect(await mine.bank.settled('bank', author.member.id)).toBe(true)
    const theirs = device(colleague.token, school.id)
    theirs.bank.open('bank', ids)
    await expect.poll(() => theirs.bank.get('bank', author.member.id)?.doc.getMap('assessments').get('a1')).toEqual({ title: 'Бөлшектер — БЖБ 1' })
    expect(sockets).toBe(2)

    // closing the bank leaves the shared socket and the library to the connection
    mine.bank.destroy()
    expect(library.refused).toBe(false)
    expect(mine.connection.state).toBe('online')
  })

  it('says refused for a revoked member and stops trying', async () => {
    const school = workspace.directory.addSchool('Мектеп 2')
    const member = await memberToken(workspace, school.id, 'Марат', 'teacher')
    let changes = 0
    const { connection, bank } = device(member.token, school.id, () => {
      changes += 1
    })
    bank.open('bank', [member.member.id])
    await expect.poll(() => bank.get('bank', member.member.id)?.synced).toBe(true)
    const before = changes
    workspace.directory.revokeMember(member.member.id)
    await expect.poll(() => bank.status).toBe('refused')
    expect(changes).toBeGreaterThan(before)
    expect(connection.state).toBe('refused')
  })
})
