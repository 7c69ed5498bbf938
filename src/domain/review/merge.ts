/**
 * Merging threads that arrive in a file into the threads kept here. Threads and comments are matched
 * by id (comments are never edited, so the union is the answer); the status with the later `statusAt`
 * wins. The merge is idempotent — merging the same file twice changes nothing — and does not depend on
 * the order in which files are opened.
 */
import type { ReviewComment, Thread } from './model'

export interface MergeResult {
  threads: Thread[]
  /** Threads that are new or changed, i.e. what has to be written. */
  changed: Thread[]
  added: number
  updated: number
}

function mergeComments(local: readonly ReviewComment[], incoming: readonly ReviewComment[]): { comments: ReviewComment[]; changed: boolean } {
  const byId = new Map(local.map((c) => [c.id, c]))
  let changed = false
  for (const c of incoming) {
    const mine = byId.get(c.id)
    if (!mine) {
      byId.set(c.id, c)
      changed = true
    } else if (mine.draft && !c.draft) {
      // a draft of mine that has since been published elsewhere
      byId.set(c.id, { ...mine, draft: false })
      changed = true
    }
  }
  if (!changed) return { comments: local as ReviewComment[], changed }
  const comments = [...byId.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  return { comments, changed }
}

export function mergeThreads(local: readonly Thread[], incoming: readonly Thread[]): MergeResult {
  const byId = new Map(local.map((t) => [t.id, t]))
  const changed = new Map<string, Thread>()
  let added = 0
  let updated = 0
  for (const theirs of incoming) {
    const mine = byId.get(theirs.id)
    if (!mine) {
      byId.set(theirs.id, theirs)
      changed.set(theirs.id, theirs)
      added++
      continue
    }
    const { comments, changed: commentsChanged } = mergeComments(mine.comments, theirs.comments)
    const laterStatus = theirs.statusAt > mine.statusAt
    if (!commentsChanged && !laterStatus) continue
    const next: Thread = {
      ...mine,
      comments,
      ...(laterStatus ? { status: theirs.status, statusAt: theirs.statusAt } : {}),
    }
    byId.set(next.id, next)
    changed.set(next.id, next)
    updated++
  }
  return { threads: [...byId.values()], changed: [...changed.values()], added, updated }
}
