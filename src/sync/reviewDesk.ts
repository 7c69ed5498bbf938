/**
 * The review pairs of one member, opened on the running workspace connection with their documents kept
 * in this browser's IndexedDB (db/syncDocs.ts): a teacher has one (her own, with her mentor), a mentor one
 * per mentee. Loaded by import() from stores/workspaceReview.ts only once a workspace is joined.
 */
import { openLocalDocument } from '@/db/syncDocs'
import type { WorkspaceConnection } from './connection'
import { ReviewPair } from './reviewPair'

export class ReviewDesk {
  private readonly pairs = new Map<string, ReviewPair>()

  constructor(
    private readonly me: string,
    private readonly connection: WorkspaceConnection,
  ) {}

  /** The pair whose documents belong to teacher `teacherId` (the member herself when she is the teacher). */
  pair(teacherId: string): ReviewPair {
    let pair = this.pairs.get(teacherId)
    if (!pair) {
      pair = new ReviewPair(this.me, teacherId, this.connection, openLocalDocument)
      this.pairs.set(teacherId, pair)
    }
    return pair
  }

  close(): void {
    for (const pair of this.pairs.values()) pair.close()
    this.pairs.clear()
  }
}
