/**
 * What a merge restore does with one record that the backup file and this machine may both hold.
 * Merge never loses a newer record: a record only in the file is added; where both hold it, the
 * newer one stays, by the clock of its table:
 * - assessments: the later of `updatedAt` and `deletedAt` (moving to the trash is a change too);
 * - catalogue objectives and sections: `updatedAt`;
 * - review rounds: the later of `openedAt` and `finishedAt` (a verdict given is a change);
 * - review threads: merged by their own rules (domain/review/merge.ts): comments are never edited, so
 *   both sides' comments are kept, and the status with the later `statusAt` wins;
 * - versions sent for review and pictures are never edited, catalogue settings and tables this app does
 *   not know carry no clock: what is here stays, the file only adds what is missing.
 * On a tie (same clock, different content) what is here stays, as the restore dialog promises.
 */
import { sameRecord } from './sameRecord'
import { mergeThreads } from './review/merge'
import type { Thread } from './review/model'

export type RestoreRow = Record<string, unknown>

/** added: only in the file · same: equal on both sides · keptHere / takenFromFile: the newer side won · combined: threads merged. */
export const MERGE_OUTCOMES = ['added', 'same', 'keptHere', 'takenFromFile', 'combined'] as const
export type MergeOutcome = (typeof MERGE_OUTCOMES)[number]

export type MergeDecision =
  | { outcome: 'added' | 'takenFromFile' }
  | { outcome: 'same' | 'keptHere' }
  | { outcome: 'combined'; row: RestoreRow }

export type MergeCounts = Record<MergeOutcome, number>

const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0)

/** The moment a record last changed, for tables that keep one; null where records carry no clock. */
export function changedAt(table: string, row: RestoreRow): number | null {
  switch (table) {
    case 'assessments':
      return Math.max(num(row.updatedAt), num(row.deletedAt))
    case 'catalogue':
    case 'catalogueSections':
      return num(row.updatedAt)
    case 'reviews':
      return Math.max(num(row.openedAt), num(row.finishedAt))
    default:
      return null
  }
}

/**
 * Decides one record of `table`. `here` is the record on this machine (undefined when there is none),
 * `fromFile` the backup's; both as plain data (a picture's blob summarised by the caller).
 */
export function decideMerge(table: string, here: RestoreRow | undefined, fromFile: RestoreRow): MergeDecision {
  if (here === undefined) return { outcome: 'added' }
  if (sameRecord(here, fromFile)) return { outcome: 'same' }
  if (table === 'threads') return mergeThread(here as unknown as Thread, fromFile as unknown as Thread)
  const hereAt = changedAt(table, here)
  const fileAt = changedAt(table, fromFile)
  if (hereAt === null || fileAt === null) return { outcome: 'keptHere' }
  return fileAt > hereAt ? { outcome: 'takenFromFile' } : { outcome: 'keptHere' }
}

function mergeThread(here: Thread, fromFile: Thread): MergeDecision {
  const { changed } = mergeThreads([here], [fromFile])
  return changed.length === 0 ? { outcome: 'keptHere' } : { outcome: 'combined', row: changed[0] as unknown as RestoreRow }
}

export function emptyCounts(): MergeCounts {
  return { added: 0, same: 0, keptHere: 0, takenFromFile: 0, combined: 0 }
}

/** An assessment both here and in the file, with different content: the teacher sees it before restoring. */
export interface AssessmentCollision {
  id: string
  titleHere: string
  titleInFile: string
  changedHere: number
  changedInFile: number
  /** Which copy a merge keeps. */
  kept: 'here' | 'file'
}

/** The collision a decision on an assessment means, or null when the two copies are equal or only one exists. */
export function assessmentCollision(here: RestoreRow | undefined, fromFile: RestoreRow, decision: MergeDecision): AssessmentCollision | null {
  if (here === undefined || decision.outcome === 'same' || decision.outcome === 'added') return null
  const title = (row: RestoreRow) => (typeof row.title === 'string' ? row.title : '')
  return {
    id: String(fromFile.id),
    titleHere: title(here),
    titleInFile: title(fromFile),
    changedHere: changedAt('assessments', here) ?? 0,
    changedInFile: changedAt('assessments', fromFile) ?? 0,
    kept: decision.outcome === 'takenFromFile' ? 'file' : 'here',
  }
}
