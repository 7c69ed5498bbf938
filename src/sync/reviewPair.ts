/**
 * Review without files: a teacher and her mentor share, per assessment, the document
 * `review/<teacherId>/<assessmentId>`, and the teacher's queue `review/<teacherId>/queue`.
 *
 * - the assessment document holds the frozen versions sent (map `versions`: number → the assessment as
 *   sent) and the append-only events (array `events`: sent, comment/reply, applied, thread status, verdict —
 *   shapes/reviewEvents.ts);
 *   nothing in it is ever overwritten, and the status is derived (domain/workspace/reviewEvents.ts);
 * - the queue (map `items`: assessmentId → { title, number, at }) tells the mentor what is waiting.
 *
 * «Send to my mentor» writes the frozen version, its `sent` event and the queue entry in one go; the
 * mentor's comments and verdicts are events on the same document, so each side sees the other's at once.
 */
import * as v from 'valibot'
import type * as Y from 'yjs'
import type { Assessment } from '@/domain/model'
import { newId } from '@/domain/ids'
import { AssessmentSchema } from '@/domain/shapes/assessment'
import { contentHash } from '@/domain/review/hash'
import type { Span } from '@/domain/review/span'
import { derivedStatus, latestSent, newFor, orderedEvents, threadsOf, type ReviewEvent } from '@/domain/workspace/reviewEvents'
import type { DocumentLink, WorkspaceConnection } from './connection'

export const reviewDocName = (teacherId: string, assessmentId: string) => `review/${teacherId}/${assessmentId}`
export const queueDocName = (teacherId: string) => `review/${teacherId}/queue`

export interface QueueItem {
  assessmentId: string
  title: string
  number: number
  at: number
}

/** How a document is opened: stored locally (db/syncDocs.ts openLocalDocument) in the app, in memory in tests. */
export type OpenDocument = (name: string) => Promise<{ doc: Y.Doc; release(): void }>

export interface ReviewView {
  events: ReviewEvent[]
  status: ReturnType<typeof derivedStatus>
  threads: ReturnType<typeof threadsOf>
  latest: number | null
  /** The frozen version `number` as sent, checked against the stored shape. */
  version(number: number): Assessment | null
  /** The other side's events after `seenAt`. */
  newSince(seenAt: number): ReviewEvent[]
}

/** One review pair's documents as one member (the teacher or her mentor) sees them. */
export class ReviewPair {
  private readonly open = new Map<string, { doc: Y.Doc; link: DocumentLink; release(): void }>()

  constructor(
    private readonly me: string,
    private readonly teacherId: string,
    private readonly connection: WorkspaceConnection,
    private readonly openDocument: OpenDocument,
  ) {}

  private async document(name: string): Promise<Y.Doc> {
    const held = this.open.get(name)
    if (held) return held.doc
    const local = await this.openDocument(name)
    const link = this.connection.open(name, local.doc)
    this.open.set(name, { doc: local.doc, link, release: local.release })
    return local.doc
  }

  /** Resolves once the named documents opened so far had their first exchange with the server. */
  async synced(): Promise<void> {
    await Promise.all([...this.open.values()].map((held) => held.link.synced))
  }

  /** The teacher sends the assessment as it is now: a frozen version, its event and the queue entry. */
  async send(assessment: Assessment, now = Date.now()): Promise<number> {
    const doc = await this.document(reviewDocName(this.teacherId, assessment.id))
    const queue = await this.document(queueDocName(this.teacherId))
    const events = doc.getArray<unknown>('events')
    const number = (latestSent(orderedEvents(events.toArray())) ?? 0) + 1
    doc.transact(() => {
      doc.getMap<unknown>('versions').set(String(number), JSON.parse(JSON.stringify(assessment)))
      events.push([{ id: newId(), at: now, by: this.me, kind: 'sent', number, hash: contentHash(assessment) }])
    })
    queue.getMap<QueueItem>('items').set(assessment.id, { assessmentId: assessment.id, title: assessment.title, number, at: now })
    return number
  }

  /**
   * A round that came as a file, moved here (domain/workspace/fromFile.ts): the version, its events and the
   * queue entry. A version already here with the same content is not added again. Resolves to its number.
   */
  async adoptFromFile(assessment: Assessment, roundEvents: (number: number) => ReviewEvent[], sentAt: number): Promise<number> {
    const doc = await this.document(reviewDocName(this.teacherId, assessment.id))
    const queue = await this.document(queueDocName(this.teacherId))
    const events = doc.getArray<unknown>('events')
    const held = orderedEvents(events.toArray())
    const hash = contentHash(assessment)
    const same = held.find((e) => e.kind === 'sent' && e.hash === hash)
    if (same?.kind === 'sent') return same.number
    const number = (latestSent(held) ?? 0) + 1
    const known = new Set(held.map((e) => e.id))
    doc.transact(() => {
      doc.getMap<unknown>('versions').set(String(number), JSON.parse(JSON.stringify(assessment)))
      events.push(roundEvents(number).filter((e) => !known.has(e.id)))
    })
    queue.getMap<QueueItem>('items').set(assessment.id, { assessmentId: assessment.id, title: assessment.title, number, at: sentAt })
    return number
  }

  /** A comment (a new thread when `threadId` is absent) or a reply, on version `number`, anchored to a field path. */
  async comment(assessmentId: string, input: { number: number; path: string; text: string; threadId?: string; suggestion?: string; span?: Span }, now = Date.now()): Promise<void> {
    const id = newId()
    const { threadId = id, suggestion, span } = input
    await this.append(assessmentId, { id, at: now, by: this.me, kind: 'comment', number: input.number, threadId, path: input.path, text: input.text, ...(suggestion !== undefined && { suggestion }), ...(span && { span }) })
  }

  /** The teacher applied the suggestion of thread `threadId` in her editor. */
  async applied(assessmentId: string, number: number, threadId: string, now = Date.now()): Promise<void> {
    await this.append(assessmentId, { id: newId(), at: now, by: this.me, kind: 'applied', number, threadId })
  }

  /** The mentor resolves or reopens a thread. */
  async threadStatus(assessmentId: string, threadId: string, status: 'open' | 'resolved', now = Date.now()): Promise<void> {
    await this.append(assessmentId, { id: newId(), at: now, by: this.me, kind: 'threadStatus', threadId, status })
  }

  private async append(assessmentId: string, event: ReviewEvent): Promise<void> {
    const doc = await this.document(reviewDocName(this.teacherId, assessmentId))
    doc.getArray<unknown>('events').push([event])
  }

  /**
   * Whether the assessment was sent in this pair (it is in the teacher's queue): only then is its
   * document opened, so merely opening an assessment in the editor creates nothing on the server.
   */
  async isSent(assessmentId: string): Promise<boolean> {
    const queue = await this.document(queueDocName(this.teacherId))
    return queue.getMap<QueueItem>('items').has(assessmentId)
  }

  /** The mentor's verdict on version `number`; `summary` (her closing comment) is written only when not blank. */
  async verdict(assessmentId: string, number: number, verdict: 'comment' | 'requestChanges' | 'approve', summary = '', now = Date.now()): Promise<void> {
    const said = summary.trim()
    await this.append(assessmentId, { id: newId(), at: now, by: this.me, kind: 'verdict', number, verdict, ...(said && { summary: said }) })
  }

  /** What waits in the teacher's queue (the mentor's view of her). */
  async queue(): Promise<QueueItem[]> {
    const queue = await this.document(queueDocName(this.teacherId))
    return [...queue.getMap<QueueItem>('items').values()].sort((a, b) => b.at - a.at)
  }

  /** The review of one assessment as derived from its events now. */
  async view(assessmentId: string): Promise<ReviewView> {
    const doc = await this.document(reviewDocName(this.teacherId, assessmentId))
    const events = orderedEvents(doc.getArray<unknown>('events').toArray())
    return {
      events,
      status: derivedStatus(events),
      threads: threadsOf(events),
      latest: latestSent(events),
      version: (number) => {
        const parsed = v.safeParse(AssessmentSchema, doc.getMap<unknown>('versions').get(String(number)))
        return parsed.success ? (parsed.output as Assessment) : null
      },
      newSince: (seenAt) => newFor(events, this.me, seenAt),
    }
  }

  /** Calls `listener` whenever anything of this pair's open documents changes; returns the unsubscribe. */
  async watch(assessmentId: string, listener: () => void): Promise<() => void> {
    const doc = await this.document(reviewDocName(this.teacherId, assessmentId))
    const queue = await this.document(queueDocName(this.teacherId))
    doc.on('update', listener)
    queue.on('update', listener)
    return () => {
      doc.off('update', listener)
      queue.off('update', listener)
    }
  }

  /** Calls `listener` whenever the teacher's queue changes (the mentor's list of her sent versions); returns the unsubscribe. */
  async watchQueue(listener: () => void): Promise<() => void> {
    const queue = await this.document(queueDocName(this.teacherId))
    queue.on('update', listener)
    return () => queue.off('update', listener)
  }

  close(): void {
    for (const held of this.open.values()) {
      held.link.close()
      held.release()
    }
    this.open.clear()
  }
}
