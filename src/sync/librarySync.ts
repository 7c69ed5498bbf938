/**
 * One teacher, several devices: her library mirrored both ways between the app's database (the rows the
 * editor and the library read, unchanged) and her private workspace documents, which the server keeps in
 * step across her devices:
 *
 * - `private/<member>/library`: the index, map `assessments` of assessment id → 1, so a device learns of an
 *   assessment made on another one (and of one deleted for good);
 * - `private/<member>/<assessmentId>`: the assessment itself, field by field (assessmentDoc.ts).
 *
 * A change in the database is written into the document as the difference from what both last agreed on
 * (so a device never overwrites what another changed elsewhere); a change arriving in the document is read
 * back, checked against the stored shape and written to the database. Work on one assessment runs in
 * order, and a database change not yet written to the document is written before a change from the
 * document is read back, so neither side is lost. Task pictures (blobs) go through documents of their
 * own, listed in the index (pictureSync.ts).
 */
import type * as Y from 'yjs'
import type { Assessment } from '@/domain/model'
import { db } from '@/db/database'
import { observe } from '@/db/live'
import { assessmentsRepo } from '@/db/assessments'
import { openLocalDocument, type LocalDocument } from '@/db/syncDocs'
import { readAssessment, writeAssessment } from './assessmentDoc'
import type { DocumentLink, WorkspaceConnection } from './connection'
import { sameRecord } from '@/domain/sameRecord'
import { PictureSync } from './pictureSync'

/** The origin of changes this device writes into a document (anything else came from elsewhere). */
export const LOCAL_ORIGIN = Symbol('bagalau-local')

export const libraryDocName = (memberId: string) => `private/${memberId}/library`
export const assessmentDocName = (memberId: string, id: string) => `private/${memberId}/${id}`

interface Tracked {
  id: string
  local: LocalDocument
  link: DocumentLink
  /** The assessment as the document and the database last agreed on it. */
  base: Assessment | null
  /** The database row as last handled here. */
  dexie: Assessment | null
  queue: Promise<void>
  stop(): void
}

export interface LibrarySyncFacts {
  /** Assessments whose document could not be read back in the stored shape (kept out of the database). */
  refusedShapes: number
}

export class LibrarySync {
  private readonly tracked = new Map<string, Tracked>()
  private readonly opening = new Map<string, Promise<void>>()
  private readonly deletedHere = new Set<string>()
  private readonly removedElsewhere = new Set<string>()
  private index!: LocalDocument
  private indexLink!: DocumentLink
  private rowsSubscription: { unsubscribe(): void } | null = null
  private pictures: PictureSync | null = null
  private stopped = false
  readonly facts: LibrarySyncFacts = { refusedShapes: 0 }

  private constructor(
    private readonly memberId: string,
    private readonly connection: WorkspaceConnection,
  ) {}

  /** Opens the library's documents as stored here, starts syncing them and mirroring the database. */
  static async start(memberId: string, connection: WorkspaceConnection): Promise<LibrarySync> {
    const sync = new LibrarySync(memberId, connection)
    await sync.begin()
    return sync
  }

  private get ids(): Y.Map<number> {
    return this.index.doc.getMap<number>('assessments')
  }

  private async begin(): Promise<void> {
    this.index = await openLocalDocument(libraryDocName(this.memberId))
    this.indexLink = this.connection.open(libraryDocName(this.memberId), this.index.doc)
    this.pictures = new PictureSync(this.memberId, this.connection, this.index.doc, LOCAL_ORIGIN)
    this.ids.observe((event, transaction) => {
      if (transaction.origin === LOCAL_ORIGIN) return
      for (const [id, change] of event.changes.keys) {
        if (change.action === 'delete') void this.removedOnAnotherDevice(id)
        else void this.track(id)
      }
    })
    const rows = await db().assessments.toArray()
    const all = new Set([...rows.map((row) => row.id), ...this.ids.keys()])
    await Promise.all([...all].map((id) => this.track(id)))
    this.rowsSubscription = observe(() => db().assessments.toArray()).subscribe({
      next: (list) => this.onRows(list),
      error: () => undefined,
    })
  }

  /** Resolves when every assessment known now has had its first exchange with the server. */
  async whenSynced(): Promise<void> {
    await this.indexLink.synced
    await Promise.all([...this.tracked.values()].map((t) => t.link.synced))
  }

  /** Resolves once every change queued so far has been handled. */
  async settled(): Promise<void> {
    await Promise.all([...this.opening.values()])
    await Promise.all([...this.tracked.values()].map((t) => t.queue))
    await this.pictures?.settled()
  }

  /** What the pictures' sync did (uploaded, downloaded, refused). */
  get pictureFacts() {
    return this.pictures?.facts ?? null
  }

  stop(): void {
    this.stopped = true
    this.rowsSubscription?.unsubscribe()
    this.pictures?.stop()
    for (const t of this.tracked.values()) t.stop()
    this.tracked.clear()
    this.indexLink?.close()
    this.index?.release()
  }

  private track(id: string): Promise<void> {
    if (this.tracked.has(id) || this.stopped) return Promise.resolve()
    const pending = this.opening.get(id)
    if (pending) return pending
    const opening = this.open(id).finally(() => this.opening.delete(id))
    this.opening.set(id, opening)
    return opening
  }

  private async open(id: string): Promise<void> {
    const name = assessmentDocName(this.memberId, id)
    const local = await openLocalDocument(name)
    if (this.stopped) return local.release()
    const link = this.connection.open(name, local.doc)
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL_ORIGIN) this.enqueue(t, () => this.mirrorToDatabase(t))
    }
    const t: Tracked = {
      id,
      local,
      link,
      base: null,
      dexie: null,
      queue: Promise.resolve(),
      stop: () => {
        local.doc.off('update', onUpdate)
        link.close()
        local.release()
      },
    }
    this.tracked.set(id, t)
    local.doc.on('update', onUpdate)
    this.enqueue(t, () => this.reconcile(t))
    await t.queue
  }

  private enqueue(t: Tracked, work: () => Promise<void>): void {
    t.queue = t.queue.then(work).catch(() => undefined)
  }

  /** First meeting of the database row and the document as stored here. */
  private async reconcile(t: Tracked): Promise<void> {
    const row = (await assessmentsRepo.get(t.id)) ?? null
    const held = readAssessment(t.local.doc)
    if (row && !held.ok) {
      writeAssessment(t.local.doc, null, row, LOCAL_ORIGIN)
      t.base = row
      t.dexie = row
    } else if (row && held.ok) {
      if (sameRecord(row, held.assessment)) t.base = row
      else if (row.updatedAt > held.assessment.updatedAt) {
        // changed here while not mirrored (the tab closed first): only what differs goes to the document
        writeAssessment(t.local.doc, held.assessment, row, LOCAL_ORIGIN)
        t.base = row
      } else await this.putRow(t, held.assessment)
      t.dexie = t.dexie ?? row
    } else if (!row && held.ok) await this.putRow(t, held.assessment)
    if (row && !this.ids.has(t.id)) this.index.doc.transact(() => this.ids.set(t.id, 1), LOCAL_ORIGIN)
  }

  /** A change came into the document: write what it now holds to the database, keeping any change made here first. */
  private async mirrorToDatabase(t: Tracked): Promise<void> {
    const row = (await assessmentsRepo.get(t.id)) ?? null
    if (row && t.dexie && !sameRecord(row, t.dexie) && !(t.base && sameRecord(row, t.base))) {
      writeAssessment(t.local.doc, t.base, row, LOCAL_ORIGIN)
      t.base = row
      t.dexie = row
    }
    const held = readAssessment(t.local.doc)
    if (!held.ok) {
      if (held.reason === 'shape') this.facts.refusedShapes += 1
      return
    }
    if (row && sameRecord(row, held.assessment)) {
      t.base = row
      t.dexie = row
      return
    }
    await this.putRow(t, held.assessment)
  }

  private async putRow(t: Tracked, assessment: Assessment): Promise<void> {
    if (this.removedElsewhere.has(t.id)) return
    t.base = assessment
    t.dexie = assessment
    await assessmentsRepo.putFromSync(assessment)
  }

  /** The database changed (the editor saved, the library moved something to the trash …). */
  private onRows(rows: Assessment[]): void {
    if (this.stopped) return
    void this.pictures?.update(rows)
    const present = new Set<string>()
    for (const row of rows) {
      present.add(row.id)
      if (this.removedElsewhere.has(row.id)) continue
      const t = this.tracked.get(row.id)
      if (!t) {
        void this.track(row.id)
        continue
      }
      this.enqueue(t, async () => this.pushRow(t, row))
    }
    for (const t of [...this.tracked.values()]) {
      if (!present.has(t.id) && t.dexie && !this.removedElsewhere.has(t.id)) this.deletedHere.add(t.id)
    }
    for (const id of this.deletedHere) this.forget(id, true)
    this.deletedHere.clear()
  }

  private async pushRow(t: Tracked, row: Assessment): Promise<void> {
    if (t.dexie && sameRecord(row, t.dexie)) return
    if (t.base && sameRecord(row, t.base)) {
      t.dexie = row
      return
    }
    writeAssessment(t.local.doc, t.base, row, LOCAL_ORIGIN)
    t.base = row
    t.dexie = row
    const held = readAssessment(t.local.doc)
    if (held.ok && !sameRecord(held.assessment, row)) await this.putRow(t, held.assessment)
  }

  /** Deleted for good on this device: other devices learn it from the index. */
  private forget(id: string, tellOthers: boolean): void {
    const t = this.tracked.get(id)
    t?.stop()
    this.tracked.delete(id)
    if (tellOthers && this.ids.has(id)) this.index.doc.transact(() => this.ids.delete(id), LOCAL_ORIGIN)
  }

  private async removedOnAnotherDevice(id: string): Promise<void> {
    this.removedElsewhere.add(id)
    await this.opening.get(id)
    this.forget(id, false)
    await assessmentsRepo.deleteForever(id)
  }
}
