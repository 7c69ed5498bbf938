/**
 * A review round that came as a file, moved into the school workspace: the mentor who opened a teacher's
 * package (or the teacher who sent one) puts that version and its threads into the pair's document, so
 * the next rounds go without files. The file names its author only by the name typed on her computer, so
 * the round is offered for moving only when exactly one of the mentor's mentees bears that name; the
 * events then name people by the ids the server confirmed (the mentee for the sending and her replies,
 * the mentor for the mentor's comments).
 */
import * as v from 'valibot'
import { ReviewEventSchema } from '@/domain/shapes/reviewEvents'
import type { Thread } from '@/domain/review/model'
import type { ReviewEvent } from './reviewEvents'

const plainName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()

/** The one mentee whose name is the package's author's; null when none is, or several are. */
export function menteeForAuthor<P extends { name: string }>(mentees: readonly P[], authorName: string): P | null {
  const wanted = plainName(authorName)
  if (!wanted) return null
  const found = mentees.filter((m) => plainName(m.name) === wanted)
  return found.length === 1 ? found[0]! : null
}

export interface FileRound {
  /** The version number as the pair's document will hold it. */
  number: number
  hash: string
  /** When the teacher made the package (the `sent` event's time). */
  sentAt: number
  threads: readonly Thread[]
  teacherId: string
  mentorId: string
}

/**
 * The events of a round from a file: its sending, then every comment of every thread in the order written,
 * with the thread's words (span) and suggestion on its first comment and its status when not open.
 */
export function fileRoundEvents(round: FileRound): ReviewEvent[] {
  const events: unknown[] = [{ id: `sent-${round.number}-${round.hash.replace(/[^A-Za-z0-9]/g, '').slice(0, 32)}`, at: round.sentAt, by: round.teacherId, kind: 'sent', number: round.number, hash: round.hash }]
  const threads = [...round.threads].sort((a, b) => a.createdAt - b.createdAt)
  for (const thread of threads) {
    const comments = [...thread.comments].sort((a, b) => a.createdAt - b.createdAt)
    const threadId = comments[0]?.id
    if (!threadId) continue
    comments.forEach((comment, i) => {
      const suggestion = i === 0 && thread.suggestion !== null ? { suggestion: thread.suggestion } : {}
      const span = i === 0 && thread.span ? { span: thread.span } : {}
      events.push({
        id: comment.id,
        at: comment.createdAt,
        by: comment.role === 'mentor' ? round.mentorId : round.teacherId,
        kind: 'comment',
        number: round.number,
        threadId,
        path: thread.path,
        text: comment.text,
        ...suggestion,
        ...span,
      })
    })
    // a thread the mentor resolved in the file stays resolved in the workspace
    if (thread.status !== 'open') events.push({ id: `status-${threadId}`, at: thread.statusAt, by: round.mentorId, kind: 'threadStatus', threadId, status: thread.status })
  }
  // what the pair's document would refuse on the way in is not put there
  return events.filter((e): e is ReviewEvent => v.safeParse(ReviewEventSchema, e).success)
}
