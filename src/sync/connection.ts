/**
 * The one connection of this browser to its school's workspace server: a single WebSocket (Hocuspocus
 * multiplexes every document over it) and a provider per document, each authenticated with the
 * member's signed token. It reconnects by itself with a short back-off, and at once when the browser
 * says it is online again; while offline every change waits in the document (stored in IndexedDB by
 * the caller, src/db/syncDocs.ts) and is sent on reconnect.
 *
 *   const connection = new WorkspaceConnection(membership)
 *   const link = connection.open('private/<me>/library', doc)   // doc: a Y.Doc, usually from openLocalDocument
 *   await link.synced                                             // first exchange with the server done
 *   connection.state                                              // 'connecting' | 'online' | 'offline' | 'refused'
 *   link.close(); connection.destroy()
 *
 * A document the server refuses (revoked member, expired token, not this member's document) ends in
 * `refused`: the server says only "permission denied", and the link stops trying.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider'
import type * as Y from 'yjs'
import type { Membership } from '@/domain/shapes/membership'

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'refused'

const browserOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false

export interface DocumentLink {
  readonly name: string
  readonly provider: HocuspocusProvider
  /** Resolves after the first exchange with the server (never, while offline or refused). */
  readonly synced: Promise<void>
  /** True once the server has refused this document. */
  readonly refused: boolean
  close(): void
}

/** What an opener hears about its document besides `synced`: its first exchange done, or its refusal. */
export interface LinkHooks {
  onChange?: () => void
}

export interface ConnectionOptions {
  /** For Node tests: a WebSocket implementation. */
  WebSocketPolyfill?: unknown
}

export class WorkspaceConnection {
  private readonly socket: HocuspocusProviderWebsocket
  private readonly links = new Map<string, DocumentLink & { refusedFlag: boolean }>()
  private readonly listeners = new Set<(state: ConnectionState) => void>()
  // the browser knowing it is offline settles the state at once: a socket's close may come late or not at all
  private current: ConnectionState = browserOffline() ? 'offline' : 'connecting'
  private checking = false
  private readonly onOnline = () => {
    if (this.current !== 'refused') void this.socket.connect().catch(() => undefined)
  }
  private readonly onOffline = () => {
    if (this.current !== 'refused') this.setState('offline')
    this.socket.disconnect()
  }

  constructor(
    private readonly membership: Pick<Membership, 'server' | 'token'>,
    options: ConnectionOptions = {},
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: membership.server.socket,
      delay: 300,
      minDelay: 300,
      factor: 1.5,
      maxDelay: 3_000,
      maxAttempts: 0,
      jitter: false,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    })
    this.socket.on('status', ({ status }: { status: WebSocketStatus }) => {
      if (this.current === 'refused') return
      if (status === WebSocketStatus.Connected) {
        this.setState('online')
        // a member revoked while this device was away learns it on reconnecting
        void this.checkMembership()
      }
      // a document opened while the browser is offline tries the socket again: it is still offline, not connecting
      else this.setState(status === WebSocketStatus.Connecting && !browserOffline() ? 'connecting' : 'offline')
    })
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline)
      window.addEventListener('offline', this.onOffline)
    }
  }

  get state(): ConnectionState {
    return this.current
  }

  /** Calls `listener` on every change of state; returns the unsubscribe. */
  onState(listener: (state: ConnectionState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Starts syncing `doc` as the workspace document `name` (one link per name), on this connection's one
   * socket: the library, the review pairs and the school bank all share it.
   */
  open(name: string, doc: Y.Doc, hooks: LinkHooks = {}): DocumentLink {
    const existing = this.links.get(name)
    if (existing) return existing
    let resolveSynced: () => void = () => undefined
    const synced = new Promise<void>((resolve) => (resolveSynced = resolve))
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.membership.token,
      // every document on one socket: awareness on each would only add traffic
      awareness: null,
      onSynced: ({ state }) => {
        if (!state) return
        resolveSynced()
        hooks.onChange?.()
      },
      onAuthenticationFailed: () => refuse(),
      // the server drops a document it no longer lets this member open (revoked, unpaired) with this reason
      onClose: ({ event }) => {
        if (event?.reason === 'permission-denied') refuse()
        else if (this.socket.status === WebSocketStatus.Connected) void this.checkMembership()
      },
    })
    const refuse = () => {
      if (link.refusedFlag) return
      link.refusedFlag = true
      provider.detach()
      hooks.onChange?.()
      // every document refused: the member was revoked or the token expired; nothing more to try
      if ([...this.links.values()].every((other) => other.refusedFlag)) this.refuseAll()
      else void this.checkMembership()
    }
    provider.attach()
    const link = {
      name,
      provider,
      synced,
      refusedFlag: false,
      get refused() {
        return this.refusedFlag
      },
      close: () => {
        provider.destroy()
        this.links.delete(name)
      },
    }
    this.links.set(name, link)
    return link
  }

  destroy(): void {
    for (const link of [...this.links.values()]) link.close()
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline)
      window.removeEventListener('offline', this.onOffline)
    }
    this.socket.destroy()
    this.listeners.clear()
  }

  private refuseAll(): void {
    this.setState('refused')
    this.socket.disconnect()
  }

  /** Asks the server whether the token still stands (`GET /api/me`): a revoked member or an expired token is refused everywhere. */
  private async checkMembership(): Promise<void> {
    if (this.current === 'refused' || this.checking) return
    this.checking = true
    try {
      const answer = await fetch(`${this.membership.server.api}/api/me`, { headers: { Authorization: `Bearer ${this.membership.token}` } })
      if (answer.status === 401) this.refuseAll()
    } catch {
      // unreachable: the socket's own reconnecting tells offline
    } finally {
      this.checking = false
    }
  }

  private setState(state: ConnectionState): void {
    if (state === this.current) return
    this.current = state
    for (const listener of this.listeners) listener(state)
  }
}
