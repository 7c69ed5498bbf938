/**
 * Every key Bagalau uses in the browser's localStorage. Plain constants with no imports, so the build
 * (build/earlyChunks.ts, which reads the interface language in index.html) uses the same names as the app.
 */
export const STORAGE_KEYS = {
  /** interface language: 'kk' | 'ru' | 'en' */
  locale: 'bagalau.locale',
  /** who signs at this machine: `{ teacher: { name, school }, mentor: { name, school } }` */
  profiles: 'bagalau.profiles',
  /** when the last backup file was made, ms since 1970 */
  lastBackupAt: 'bagalau.lastBackupAt',
  /** remind about a backup after this many whole days */
  backupRemindDays: 'bagalau.backupRemindDays',
  /** id of the chosen preset of term-mark weights */
  termWeights: 'bagalau.termWeights',
  /** `bagalau.unsaved.<assessment id>`: an assessment typed but not yet in IndexedDB (JSON) */
  unsavedPrefix: 'bagalau.unsaved.',
  /** `bagalau.writing.<assessment id>`: the mark (domain/savePolicy documentMark) of a save started and not yet seen to finish */
  writingPrefix: 'bagalau.writing.',
  /** the school workspace joined on this browser: server addresses, signed token, who the member is (domain/shapes/membership.ts) */
  workspace: 'bagalau.workspace',
  /** the mentor's review queue: `{ "<teacher id>/<assessment id>": ms of the latest event she has seen }` */
  reviewSeen: 'bagalau.reviewSeen',
} as const
