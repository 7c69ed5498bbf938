/**
 * The school bank's connection to the workspace server: one WebSocket for the member, and on it one
 * Yjs document per colleague for the bank (`bank/<school>/<author>`) and for shared objectives
 * (`catalogue/<school>/<author>`), opened with the membership's signed token. The server decides what
 * each may do with each document (read for colleagues, write for the author and methodists); this
 * module only opens, reads, writes and reports. Loaded lazily, once a workspace is joined.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'

export type BankSpace = 'bank' | 'catalogue'

/** The Y.Map of each space holding its items (by id). */
export const ITEMS: Record<BankSpace, string> = { bank: 'assessments', catalogue: 'objectives' }
/** The bank document's append-only record of unpublished entries: who took what out, when. */
export const UNPUBLISHED_LOG = 'unpublished'

export interface UnpublishedRecord {
  id: string
  title: string
  by: string
  at: number
}

export interface AuthorDoc {
  space: BankSpace
  authorId: string
  doc: Y.Doc
  provider: HocuspocusProvider
  /** The first exchange with the server is done: the document holds what the server has. */
  synced: boolean
  /** The server refused this document (no longer a colleague, revoked, another school). */
  refused: boolean
}

export interface BankConnectionOptions {
  socketUrl: string
  token: string
  schoolId: string
  /** Called after any change of any document or of its state (synced, refused, connection). */
  onChange: () => void
}

export class BankConnection {
  readonly socket: HocuspocusProviderWebsocket
  private readonly docs = new Map<string, AuthorDoc>()
  private destroyed = false
  status: 'connecting' | 'connected' | 'disconnected' = 'connecting'

  constructor(private readonly options: BankConnectionOptions) {
    this.socket = new HocuspocusProviderWebsocket({
      url: options.socketUrl,
      onStatus: ({ status }) => {
        this.status = status
        options.onChange()
      },
    })
  }

  private key(space: BankSpace, authorId: string): string {
    return `${space}/${this.options.schoolId}/${authorId}`
  }

  /** Opens the documents of these authors (once each); the others stay as they are. */
  open(space: BankSpace, authorIds: readonly string[]): void {
    if (this.destroyed) return
    for (const authorId of authorIds) {
      const name = this.key(space, authorId)
      if (this.docs.has(name)) continue
      const doc = new Y.Doc()
      const entry: AuthorDoc = { space, authorId, doc, synced: false, refused: false, provider: null as unknown as HocuspocusProvider }
      entry.provider = new HocuspocusProvider({
        websocketProvider: this.socket,
        name,
        document: doc,
        token: this.options.token,
        // nobody's cursor matters in a bank: no awareness traffic
        awareness: null,
        onSynced: () => {
          entry.synced = true
          this.options.onChange()
        },
        onAuthenticationFailed: () => {
          entry.refused = true
          this.options.onChange()
        },
        onUnsyncedChanges: () => this.options.onChange(),
      })
      // a provider given a shared socket does not attach itself
      entry.provider.attach()
      doc.on('update', () => this.options.onChange())
      this.docs.set(name, entry)
    }
  }

  /** Closes the documents of authors no longer listed (a colleague who left the school). */
  keepOnly(space: BankSpace, authorIds: readonly string[]): void {
    const keep = new Set(authorIds.map((id) => this.key(space, id)))
    for (const [name, entry] of this.docs) {
      if (entry.space !== space || keep.has(name)) continue
      entry.provider.destroy()
      entry.doc.destroy()
      this.docs.delete(name)
    }
  }

  get(space: BankSpace, authorId: string): AuthorDoc | undefined {
    return this.docs.get(this.key(space, authorId))
  }

  all(space: BankSpace): AuthorDoc[] {
    return [...this.docs.values()].filter((d) => d.space === space)
  }

  /** Items of a space in one author's document, as stored (checked by the caller). */
  items(entry: AuthorDoc): Y.Map<unknown> {
    return entry.doc.getMap(ITEMS[entry.space])
  }

  /** Puts an item into an author's document (the member's own, or any as a methodist). */
  put(space: BankSpace, authorId: string, id: string, value: unknown): void {
    const entry = this.get(space, authorId)
    if (!entry) throw new Error('document not open')
    this.items(entry).set(id, value)
  }

  /** Takes an item out, and for the bank records who did it. */
  remove(space: BankSpace, authorId: string, id: string, record?: UnpublishedRecord): void {
    const entry = this.get(space, authorId)
    if (!entry) throw new Error('document not open')
    entry.doc.transact(() => {
      this.items(entry).delete(id)
      if (record) entry.doc.getArray<UnpublishedRecord>(UNPUBLISHED_LOG).push([record])
    })
  }

  /** Resolves when the server has every change made here to this document (or the wait gives up). */
  async settled(space: BankSpace, authorId: string, timeoutMs = 10_000): Promise<boolean> {
    const entry = this.get(space, authorId)
    if (!entry) return false
    const start = Date.now()
    while (entry.provider.hasUnsyncedChanges || !entry.synced) {
      if (entry.refused || this.destroyed || Date.now() - start > timeoutMs) return false
      await new Promise<void>((resolve) => {
        const done = () => {
          entry.provider.off('unsyncedChanges', done)
          entry.provider.off('synced', done)
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(done, 250)
        entry.provider.on('unsyncedChanges', done)
        entry.provider.on('synced', done)
      })
    }
    return true
  }

  destroy(): void {
    this.destroyed = true
    for (const entry of this.docs.values()) {
      entry.provider.destroy()
      entry.doc.destroy()
    }
    this.docs.clear()
    this.socket.destroy()
  }
}
