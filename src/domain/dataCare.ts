/** Rules of keeping the teacher's data: how long the trash keeps things, when to remind about a backup. */

const DAY_MS = 86_400_000

/** Assessments stay restorable in the trash this many days, then are removed for good. */
export const TRASH_KEEP_DAYS = 30
/** @default reminder after 7 days of work that is in no backup file */
export const DEFAULT_REMIND_AFTER_DAYS = 7

/** Ids of trashed assessments deleted at least `keepDays` days before `now`. */
export function expiredFromTrash(rows: readonly { id: string; deletedAt: number | null }[], now: number, keepDays = TRASH_KEEP_DAYS): string[] {
  const limit = now - keepDays * DAY_MS
  return rows.filter((r) => r.deletedAt !== null && r.deletedAt <= limit).map((r) => r.id)
}

/** A reminder is due when some work not in a backup is older than `remindAfterDays`. */
export function backupDue(oldestUnbacked: number | null, now: number, remindAfterDays = DEFAULT_REMIND_AFTER_DAYS): boolean {
  return oldestUnbacked !== null && now - oldestUnbacked >= remindAfterDays * DAY_MS
}

/** A reminder setting typed by the teacher: a whole number of days from 1 to 365, else the default. */
export function normalizeRemindDays(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : DEFAULT_REMIND_AFTER_DAYS
}
