/**
 * A validator's complaint about a review file, turned into what the screen can say in the teacher's
 * words: where in the file (task 3, descriptor 2, its text), what is wrong (too long, too many,
 * missing, a field Bagalau does not know, a wrong value) and the limit, with no validator English in it.
 */
import * as v from 'valibot'
import { DUPLICATE_ID } from '@/domain/shapes/assessment'

export type IssueWhat = 'tooLong' | 'tooMany' | 'empty' | 'missing' | 'unknownField' | 'tooBig' | 'wrongValue' | 'duplicateId'

/** One step of a place in a review file, outermost first. */
export type SpotPart =
  /** The n-th item (1-based) of a list: `{ item: 'task', n: 3 }`. */
  | { item: SpotItem; n: number }
  /** A part of the file: the version sent, the earlier version, who sent it … */
  | { part: SpotArea }
  /** A named field; `known` is false for a field Bagalau never writes (its name is then shown as it is). */
  | { field: string; known: boolean }
  /** A list as a whole (too many items, or none where one is needed). */
  | { list: SpotItem }

export type SpotItem =
  | 'task' | 'taskPart' | 'descriptor' | 'option' | 'picture' | 'objective' | 'criterion' | 'thread' | 'comment' | 'section' | 'criterionLink' | 'objectiveLink'
type SpotArea = 'version' | 'baseline' | 'author' | 'reviewer' | 'rubric' | 'specification'

export interface ReviewFileIssue {
  spot: SpotPart[]
  what: IssueWhat
  /** The limit broken (characters, items, largest number), when there is one. */
  limit: number | null
}

const LISTS: Record<string, SpotItem> = {
  tasks: 'task', parts: 'taskPart', descriptors: 'descriptor', options: 'option', pictures: 'picture', objectives: 'objective', criteria: 'criterion',
  threads: 'thread', comments: 'comment', sections: 'section', criterionIds: 'criterionLink', objectiveIds: 'objectiveLink',
}
const PARTS: Record<string, SpotArea> = { version: 'version', baseline: 'baseline', author: 'author', reviewer: 'reviewer', rubricEdits: 'rubric', specEdits: 'specification' }
/** Fields the app writes; anything else is named as it stands in the file. */
export const KNOWN_FIELDS = [
  'id', 'order', 'code', 'text', 'catalogueId', 'section', 'objectiveIds', 'level', 'points', 'criterionId', 'correct', 'blobId', 'caption', 'width',
  'height', 'type', 'criterionIds', 'partId', 'minutes', 'answer', 'kind', 'language', 'title', 'subject', 'grade', 'term', 'sections', 'durationMinutes', 'status',
  'createdAt', 'updatedAt', 'deletedAt', 'source', 'name', 'school', 'author', 'role', 'versionNumber', 'path', 'quote', 'span', 'start', 'end', 'statusAt', 'suggestion',
  'number', 'hash', 'format', 'formatVersion', 'verdict', 'summary', 'assessmentId', 'criterionText', 'low', 'middle', 'high',
  'script', 'teacherNotes', 'variant', 'group',
  'layout', 'purpose', 'content', 'results', 'administration', 'moderation', 'structure',
] as const
const KNOWN = new Set<string>(KNOWN_FIELDS)
/** Containers that say nothing to a reader: the version's content is "the document" itself. */
const SILENT = new Set(['assessment', 'cells'])

/** Where a path of keys points, in the reader's terms. */
export function spotOf(keys: readonly (string | number)[]): SpotPart[] {
  const spot: SpotPart[] = []
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    const next = keys[i + 1]
    if (typeof key === 'number') continue
    if (keys[i - 1] === 'rubricEdits') continue // a criterion id as a record key
    if (Object.hasOwn(LISTS, key)) {
      spot.push(typeof next === 'number' ? { item: LISTS[key], n: next + 1 } : { list: LISTS[key] })
      continue
    }
    if (Object.hasOwn(PARTS, key)) spot.push({ part: PARTS[key] })
    else if (SILENT.has(key)) continue
    else spot.push({ field: key, known: KNOWN.has(key) })
  }
  return spot
}

const limitOf = (issue: v.BaseIssue<unknown>): number | null => {
  const r = (issue as { requirement?: unknown }).requirement
  return typeof r === 'number' ? r : null
}

/** The first complaint of a validator, in the reader's terms. */
export function describeIssue(issue: v.BaseIssue<unknown>): ReviewFileIssue {
  const keys = (issue.path ?? []).map((p) => p.key as string | number)
  const spot = spotOf(keys)
  const limit = limitOf(issue)
  switch (issue.type) {
    case 'max_length':
    case 'max_graphemes':
      return { spot, what: typeof issue.input === 'string' ? 'tooLong' : 'tooMany', limit }
    case 'max_entries':
      return { spot, what: 'tooMany', limit }
    case 'min_length':
      return { spot, what: 'empty', limit }
    case 'max_value':
      return { spot, what: 'tooBig', limit }
    case 'strict_object':
    case 'object':
      if (issue.expected === 'never') {
        const last = spot[spot.length - 1]
        // an unknown key is never one of ours, even when it happens to share a name with a field elsewhere
        if (last && 'field' in last) spot[spot.length - 1] = { field: last.field, known: false }
        return { spot, what: 'unknownField', limit: null }
      }
      if (issue.received === 'undefined') return { spot, what: 'missing', limit: null }
      return { spot, what: 'wrongValue', limit: null }
    default:
      return { spot, what: issue.message.startsWith(DUPLICATE_ID) ? 'duplicateId' : 'wrongValue', limit: null }
  }
}
