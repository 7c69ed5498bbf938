// @vitest-environment node
/**
 * Task pictures between one teacher's devices, through a real workspace server (server/, free loopback
 * port): device A uploads a picture her assessment uses and lists it in the library index; device B,
 * whose database lacks it, fetches it from the server and stores the same bytes. A picture whose bytes
 * are not the image its type says is refused on the way in, and one over the size limit is not sent.
 * (Both "devices" share this process's database: the picture row is removed before B starts.)
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { memberToken, startTestWorkspace, temporaryDataDir } from '../../../server/tests/harness'
import type { Workspace } from '../../../server/src/workspace'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { picturesRepo } from '@/db/pictures'
import { createAssessment } from '@/domain/factories'
import type { Assessment } from '@/domain/model'
import { LIMITS } from '@/domain/shapes/limits'
import { WorkspaceConnection } from '@/sync/connection'
import { PictureSync, pictureDocName } from '@/sync/pictureSync'
import { libraryDocName } from '@/sync/librarySync'

let workspace: Workspace
const data = temporaryDataDir()
const cleanups: (() => void)[] = []
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3])

beforeAll(async () => {
  workspace = await startTestWorkspace(data.dir)
})
afterAll(async () => {
  await workspace?.stop()
  data.remove()
})
beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function withPicture(blobId: string): Assessment {
  const a = createAssessment({ kind: 'unit', now: 1 })
  const task = { ...a.tasks[0]!, pictures: [{ id: `p-${blobId}`, order: 0, blobId, caption: '', width: 4, height: 3 }] }
  return { ...a, tasks: [task, ...a.tasks.slice(1)] }
}

/** One device of the member: its connection, its copy of the library index, its picture sync. */
async function device(memberId: string, token: string) {
  const connection = new WorkspaceConnection({ token, server: { socket: workspace.url, api: workspace.url.replace(/^ws/, 'http') } }, { WebSocketPolyfill: WebSocket })
  const index = new Y.Doc()
  const link = connection.open(libraryDocName(memberId), index)
  await link.synced
  const pictures = new PictureSync(memberId, connection, index, 'test')
  cleanups.push(() => {
    pictures.stop()
    connection.destroy()
  })
  return { connection, index, pictures }
}

describe('pictures between devices', () => {
  it('carries a picture added on device A to device B, checked, with the same bytes', async () => {
    const school = workspace.directory.addSchool('Мектеп 1')
    const { member, token } = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const a = withPicture('blobOne')
    await picturesRepo.put({ id: 'blobOne', assessmentId: a.id, mimeType: 'image/png', blob: new Blob([PNG], { type: 'image/png' }) })

    const first = await device(member.id, token)
    await first.pictures.update([a])
    await first.pictures.settled()
    expect(first.pictures.facts.uploaded).toBe(1)
    expect(first.index.getMap('pictures').has('blobOne')).toBe(true)

    // device B: the assessment arrived, its picture not yet
    await db().pictures.delete('blobOne')
    const second = await device(member.id, token)
    await expect.poll(() => second.index.getMap('pictures').has('blobOne')).toBe(true)
    await second.pictures.update([a])
    await expect.poll(() => second.pictures.facts.downloaded).toBe(1)
    const row = await picturesRepo.get('blobOne')
    expect(row?.assessmentId).toBe(a.id)
    expect(row?.mimeType).toBe('image/png')
    expect(new Uint8Array(await row!.blob.arrayBuffer())).toEqual(PNG)
  })

  it('refuses a picture whose bytes are not its image type, and does not send one over the limit', async () => {
    const school = workspace.directory.addSchool('Мектеп 2')
    const { member, token } = await memberToken(workspace, school.id, 'Марат', 'teacher')
    const forged = withPicture('forged')
    const big = withPicture('big')
    const writer = await device(member.id, token)
    const doc = new Y.Doc()
    const link = writer.connection.open(pictureDocName(member.id, 'forged'), doc)
    await link.synced
    doc.transact(() => {
      const map = doc.getMap('picture')
      map.set('assessmentId', forged.id)
      map.set('mimeType', 'image/png')
      map.set('bytes', new TextEncoder().encode('<script>alert(1)</script>'))
    })
    writer.index.getMap('pictures').set('forged', 1)
    await picturesRepo.put({ id: 'big', assessmentId: big.id, mimeType: 'image/jpeg', blob: new Blob([new Uint8Array(LIMITS.syncedPictureBytes + 1).fill(0xff)]) })

    const reader = await device(member.id, token)
    await expect.poll(() => reader.index.getMap('pictures').has('forged')).toBe(true)
    await reader.pictures.update([forged, big])
    await expect.poll(() => reader.pictures.facts.refused.type).toBe(1)
    await expect.poll(() => reader.pictures.facts.refused.size).toBe(1)
    expect(await picturesRepo.get('forged')).toBeUndefined()
    expect(reader.index.getMap('pictures').has('big')).toBe(false)
  })
})
