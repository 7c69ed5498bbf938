// @vitest-environment node
/**
 * The workspace connection against a real server (server/, on a free loopback port with a temporary
 * database): two devices of one member sync a document; another member's document is refused; a revoked
 * member is cut off and the connection says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { memberToken, startTestWorkspace, temporaryDataDir } from '../../../server/tests/harness'
import type { Workspace } from '../../../server/src/workspace'
import { WorkspaceConnection } from '@/sync/connection'

let workspace: Workspace
const data = temporaryDataDir()
const open: WorkspaceConnection[] = []

beforeAll(async () => {
  workspace = await startTestWorkspace(data.dir)
})
afterAll(async () => {
  for (const connection of open) connection.destroy()
  await workspace?.stop()
  data.remove()
})

function device(token: string): WorkspaceConnection {
  const connection = new WorkspaceConnection({ token, server: { socket: workspace.url, api: workspace.url.replace(/^ws/, 'http') } }, { WebSocketPolyfill: WebSocket })
  open.push(connection)
  return connection
}

describe('workspace connection', () => {
  it('syncs one member’s document between her two devices', async () => {
    const school = workspace.directory.addSchool('Мектеп 1')
    const { member, token } = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const first = device(token)
    const second = device(token)
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.getMap('fields').set('title', 'Бірінші')
    await first.open(`private/${member.id}/lib`, a).synced
    await second.open(`private/${member.id}/lib`, b).synced
    await expect.poll(() => b.getMap('fields').get('title')).toBe('Бірінші')
    expect(first.state).toBe('online')
  })

  it('refuses another member’s document and cuts a revoked member off', async () => {
    const school = workspace.directory.addSchool('Мектеп 2')
    const { member, token } = await memberToken(workspace, school.id, 'Марат', 'teacher')
    const other = workspace.directory.addMember(school.id, 'Дана', 'teacher')
    const connection = device(token)
    const foreign = connection.open(`private/${other.id}/lib`, new Y.Doc())
    const own = connection.open(`private/${member.id}/lib`, new Y.Doc())
    await own.synced
    await expect.poll(() => foreign.refused).toBe(true)
    expect(connection.state).toBe('online')

    workspace.directory.revokeMember(member.id)
    await expect.poll(() => connection.state).toBe('refused')
    expect(own.refused).toBe(true)
  })
})
