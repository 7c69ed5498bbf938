/**
 * Task pictures between one teacher's devices. The assessment documents carry only a picture's blob id;
 * the image itself goes once through its own private document, `private/<member>/picture-<blobId>` (map
 * `picture`: assessment id, type, bytes), so the library's documents stay small and each picture is one
 * update within the server's limit (shapes/limits.ts `syncedPictureBytes`). The library's index document
 * lists, in map `pictures`, every picture the server already has: a device uploads a picture of hers not
 * listed, and fetches a listed picture its assessments use but its database lacks. A picture's document
 * is held in memory only while it goes up or comes down (the database row is the copy kept here), and
 * what comes down is checked (domain/workspace/pictures.ts) before it is stored.
 */
import * as Y from 'yjs'
import type { Assessment } from '@/domain/model'
import { checkSyncedPicture, pictureDocId, picturesInUse, type PictureProblem, type SyncedPicture } from '@/domain/workspace/pictures'
import { picturesRepo } from '@/db/pictures'
import type { DocumentLink, WorkspaceConnection } from './connection'

export interface PictureSyncFacts {
  uploaded: number
  downloaded: number
  /** Pictures refused on the way in or kept back on the way out, by reason. */
  refused: Record<PictureProblem, number>
}

export const pictureDocName = (memberId: string, blobId: string) => `private/${memberId}/${pictureDocId(blobId)}`

export class PictureSync {
  private readonly busy = new Map<string, { link: DocumentLink; doc: Y.Doc }>()
  private readonly given = new Set<string>()
  /** Uploads still reading their blob, before their document is open. */
  private readonly starting = new Set<string>()
  private readonly waiters = new Set<() => void>()
  private rows: Assessment[] = []
  private stopped = false
  private readonly stopHearing: () => void
  readonly facts: PictureSyncFacts = { uploaded: 0, downloaded: 0, refused: { shape: 0, type: 0, size: 0 } }

  constructor(
    private readonly memberId: string,
    private readonly connection: WorkspaceConnection,
    /** The library's index document (its map `pictures` lists what the server has). */
    private readonly index: Y.Doc,
    private readonly origin: unknown,
  ) {
    this.onListed = this.onListed.bind(this)
    this.listed.observe(this.onListed)
    // back online: what waited goes up now
    this.stopHearing = connection.onState((state) => state === 'online' && void this.scan())
  }

  private get listed(): Y.Map<number> {
    return this.index.getMap<number>('pictures')
  }

  private onListed(): void {
    void this.scan()
  }

  /** The assessments changed (saved here, or arrived from another device). */
  update(rows: Assessment[]): Promise<void> {
    this.rows = rows
    return this.scan()
  }

  /** Resolves when no picture is on its way. */
  async settled(): Promise<void> {
    while ((this.busy.size > 0 || this.starting.size > 0) && !this.stopped) await new Promise<void>((resolve) => this.waiters.add(resolve))
  }

  stop(): void {
    this.stopped = true
    this.listed.unobserve(this.onListed)
    this.stopHearing()
    for (const blobId of [...this.busy.keys()]) this.finish(blobId)
  }

  private async scan(): Promise<void> {
    if (this.stopped) return
    const inUse = picturesInUse(this.rows)
    if (inUse.size === 0) return
    const here = await picturesRepo.ids()
    for (const [blobId] of inUse) {
      if (this.busy.has(blobId) || this.starting.has(blobId) || this.given.has(blobId)) continue
      if (here.has(blobId) && !this.listed.has(blobId)) void this.upload(blobId)
      else if (!here.has(blobId) && this.listed.has(blobId)) this.download(blobId)
    }
  }

  private begin(blobId: string): { link: DocumentLink; doc: Y.Doc } {
    const doc = new Y.Doc()
    const link = this.connection.open(pictureDocName(this.memberId, blobId), doc)
    const work = { link, doc }
    this.busy.set(blobId, work)
    return work
  }

  private finish(blobId: string): void {
    const work = this.busy.get(blobId)
    if (!work) return
    this.busy.delete(blobId)
    work.link.close()
    work.doc.destroy()
    this.wake()
  }

  private wake(): void {
    const waiters = [...this.waiters]
    this.waiters.clear()
    for (const waiter of waiters) waiter()
  }

  private refuse(blobId: string, problem: PictureProblem): void {
    this.facts.refused[problem] += 1
    // not tried again in this session: the same bytes would be refused again
    this.given.add(blobId)
  }

  /** Reads the blob and checks it as a receiving device will. */
  private async read(blobId: string) {
    const row = await picturesRepo.get(blobId)
    if (!row) return null
    const bytes = new Uint8Array(await row.blob.arrayBuffer())
    return checkSyncedPicture({ assessmentId: row.assessmentId, mimeType: row.mimeType, bytes })
  }

  private async upload(blobId: string): Promise<void> {
    this.starting.add(blobId)
    try {
      const checked = await this.read(blobId)
      if (!checked || this.stopped || this.busy.has(blobId)) return
      if (!checked.ok) return this.refuse(blobId, checked.problem)
      await this.send(blobId, this.begin(blobId), checked.picture)
    } finally {
      this.starting.delete(blobId)
      this.wake()
    }
  }

  private async send(blobId: string, { link, doc }: { link: DocumentLink; doc: Y.Doc }, picture: SyncedPicture): Promise<void> {
    await link.synced
    if (this.stopped || link.refused) return this.finish(blobId)
    const map = doc.getMap<unknown>('picture')
    if (!map.has('bytes')) {
      doc.transact(() => {
        map.set('assessmentId', picture.assessmentId)
        map.set('mimeType', picture.mimeType)
        map.set('bytes', picture.bytes)
      })
    }
    await this.whenSent(link)
    if (this.stopped || link.refused) return this.finish(blobId)
    this.index.transact(() => this.listed.set(blobId, 1), this.origin)
    this.facts.uploaded += 1
    this.finish(blobId)
  }

  /** Resolves when the server has every change made to the document here. */
  private whenSent(link: DocumentLink): Promise<void> {
    const provider = link.provider
    return new Promise((resolve) => {
      const check = () => {
        if (provider.hasUnsyncedChanges && !link.refused && !this.stopped) return
        provider.off('unsyncedChanges', check)
        resolve()
      }
      provider.on('unsyncedChanges', check)
      check()
    })
  }

  private download(blobId: string): void {
    const { doc } = this.begin(blobId)
    const map = doc.getMap<unknown>('picture')
    const arrived = () => {
      if (!map.has('bytes') || this.stopped) return
      map.unobserve(arrived)
      const checked = checkSyncedPicture(map.toJSON())
      if (!checked.ok) {
        this.refuse(blobId, checked.problem)
        return this.finish(blobId)
      }
      const { assessmentId, mimeType, bytes } = checked.picture
      void picturesRepo
        .put({ id: blobId, assessmentId, mimeType, blob: new Blob([bytes as BlobPart], { type: mimeType }) })
        .then(() => (this.facts.downloaded += 1))
        .finally(() => this.finish(blobId))
    }
    map.observe(arrived)
    arrived()
  }
}
