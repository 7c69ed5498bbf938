/**
 * The school bank on the member's one workspace connection (src/sync/connection.ts, the same WebSocket
 * as her library and review pairs): one Yjs document per colleague for the bank (`bank/<school>/<author>`)
 * and for shared objectives (`catalogue/<school>/<author>`). The connection reconnects with back-off,
 * follows online/offline and stops when the server refuses the member. The server decides what each may
 * do with each document (read for colleagues, write for the author and methodists); this module only
 * opens, reads, writes and reports. Loaded lazily, once a workspace is joined.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider'
import * as Y from 'yjs'
import type { DocumentLink, WorkspaceConnection } from '../connection'

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
  link: DocumentLink
  /** The first exchange with the server is done: the document holds what the server has. */
  synced: boolean
  /** The server refused this document (no longer a colleague, revoked, another school). */
  refused: boolean
}

export interface BankConnectionOptions {
  schoolId: string
  /** Called after any change of any document or of its state (synced, refused, connection). */
  onChange: () => void
}

export class BankConnection {
  private readonly docs = new Map<string, AuthorDoc>()
  private destroyed = false
  private readonly stopHearing: () => void

  constructor(
    private readonly connection: WorkspaceConnection,
    private readonly options: BankConnectionOptions,
  ) {
    this.stopHearing = connection.onState(() => options.onChange())
  }

  /** The shared connection's state: online, connecting, offline, or refused (revoked, token expired). */
  get status(): WorkspaceConnection['state'] {
    return this.connection.state
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
      const entry = { space, authorId, doc, synced: false, refused: false } as AuthorDoc
      entry.link = this.connection.open(name, doc, {
        onChange: () => {
          entry.synced = !entry.link.refused
          entry.refused = entry.link.refused
          this.options.onChange()
        },
      })
      entry.provider = entry.link.provider
      entry.provider.on('unsyncedChanges', () => this.options.onChange())
      doc.on('update', () => this.options.onChange())
      this.docs.set(name, entry)
    }
  }

  /** Closes the documents of authors no longer listed (a colleague who left the school). */
  keepOnly(space: BankSpace, authorIds: readonly string[]): void {
    const keep = new Set(authorIds.map((id) => this.key(space, id)))
    for (const [name, entry] of this.docs) {
      if (entry.space !== space || keep.has(name)) continue
      entry.link.close()
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
    this.stopHearing()
    for (const entry of this.docs.values()) {
      entry.link.close()
      entry.doc.destroy()
    }
    this.docs.clear()
  }
}
