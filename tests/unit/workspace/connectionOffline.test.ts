/** The sync line says offline as soon as the browser does, whatever the socket still reports. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WorkspaceConnection } from '@/sync/connection'

/** A socket that never opens and never closes, as a connection can look once the network is gone. */
class SilentSocket {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readyState = 0
  binaryType = 'arraybuffer'
  onopen: unknown = null
  onclose: unknown = null
  onerror: unknown = null
  onmessage: unknown = null
  constructor(readonly url: string) {}
  addEventListener(): void {}
  removeEventListener(): void {}
  send(): void {}
  close(): void {}
}

const membership = { token: 't', server: { socket: 'ws://127.0.0.1:9', api: 'http://127.0.0.1:9' } }

describe('WorkspaceConnection offline', () => {
  afterEach(() => vi.restoreAllMocks())

  it('says offline when the browser goes offline, without waiting for the socket to close', () => {
    const connection = new WorkspaceConnection(membership, { WebSocketPolyfill: SilentSocket })
    const states: string[] = []
    connection.onState((state) => states.push(state))
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    window.dispatchEvent(new Event('offline'))
    expect(connection.state).toBe('offline')
    expect(states).toEqual(['offline'])
    connection.destroy()
  })

  it('starts offline in a browser that is offline already', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const connection = new WorkspaceConnection(membership, { WebSocketPolyfill: SilentSocket })
    expect(connection.state).toBe('offline')
    connection.destroy()
  })
})
