/** Test harness: a workspace server on a free loopback port with a temporary data folder, and Node clients. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join as joinPath } from 'node:path'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { startWorkspace, type Workspace } from '../src/workspace.js'

export const SMALL_UPDATE_LIMIT = 64 * 1024

export function temporaryDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(joinPath(tmpdir(), 'bagalau-server-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export function startTestWorkspace(dataDir: string, port = 0): Promise<Workspace> {
  return startWorkspace({ dataDir, host: '127.0.0.1', port, maxUpdateBytes: SMALL_UPDATE_LIMIT, allowedOrigins: ['*'] })
}

export function httpUrl(workspace: Workspace): string {
  return workspace.url.replace(/^ws:/, 'http:')
}

export async function join(workspace: Workspace, code: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${httpUrl(workspace)}/api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** Adds a member and returns their token, as the app gets it after typing the invitation code. */
export async function memberToken(workspace: Workspace, school: string, name: string, role: 'teacher' | 'mentor' | 'methodist') {
  const member = workspace.directory.addMember(school, name, role)
  const { body } = await join(workspace, workspace.directory.invite(member.id))
  return { member, token: body.token as string }
}

export interface TestClient {
  doc: Y.Doc
  provider: HocuspocusProvider
  events: { authenticated: boolean; refused: boolean; closed: boolean }
  destroy(): void
}

export function connect(url: string, name: string, token: string, doc = new Y.Doc()): TestClient {
  const events = { authenticated: false, refused: false, closed: false }
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 1 })
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    document: doc,
    token,
    onAuthenticated: () => (events.authenticated = true),
    onAuthenticationFailed: () => (events.refused = true),
    onClose: () => (events.closed = true),
  })
  // a provider given its own socket does not attach itself
  provider.attach()
  return {
    doc,
    provider,
    events,
    destroy() {
      provider.destroy()
      websocketProvider.destroy()
    },
  }
}
