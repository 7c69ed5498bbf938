/**
 * What is new in the workspace review for one member, derived from the events and the moment she last
 * looked at each item: for a mentor, the versions her mentees sent and their replies (a suggestion applied
 * counts as a reply); for a teacher, her mentor's comments and verdicts. The navigation's badge says it.
 */
import type { ReviewEvent } from './reviewEvents'

export interface ReviewNews {
  versions: number
  replies: number
  comments: number
  verdicts: number
}

export const NO_NEWS: ReviewNews = { versions: 0, replies: 0, comments: 0, verdicts: 0 }

/** The other side's events in `events` after `seenAt`, counted by what they are. */
export function newsOf(events: readonly ReviewEvent[], me: string, teacherId: string, seenAt: number): ReviewNews {
  const news = { ...NO_NEWS }
  const teacher = me === teacherId
  for (const e of events) {
    if (e.by === me || e.at <= seenAt) continue
    if (teacher) {
      if (e.kind === 'comment') news.comments++
      else if (e.kind === 'verdict') news.verdicts++
    } else if (e.by === teacherId) {
      if (e.kind === 'sent') news.versions++
      else if (e.kind === 'comment' || e.kind === 'applied') news.replies++
    }
  }
  return news
}

/** The news of several items together. */
export function addNews(items: readonly ReviewNews[]): ReviewNews {
  return items.reduce((sum, n) => ({ versions: sum.versions + n.versions, replies: sum.replies + n.replies, comments: sum.comments + n.comments, verdicts: sum.verdicts + n.verdicts }), { ...NO_NEWS })
}

export const newsCount = (news: ReviewNews): number => news.versions + news.replies + news.comments + news.verdicts
