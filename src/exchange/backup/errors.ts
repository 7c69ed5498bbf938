/** Typed errors of the backup door: each kind has a plain-words message in i18n `restoreError.<kind>`. */
export const BACKUP_ERROR_KINDS = [
  'empty',
  'tooLarge',
  'encoding',
  'notJson',
  'notBackup',
  'reviewPackage',
  'reviewReply',
  'newerFormat',
  'newerDatabase',
  'unsafe',
  'invalid',
  'invalidAssessment',
  'write',
  'diskFull',
] as const
export type BackupErrorKind = (typeof BACKUP_ERROR_KINDS)[number]

/** Values the message names: `size` and `limit` in bytes (tooLarge), `title` (invalidAssessment). */
export interface BackupErrorParams {
  size?: number
  limit?: number
  title?: string
}

export class BackupFileError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    /** Technical detail for the tooltip and the console; never needed to understand the message. */
    readonly detail = '',
    readonly params: BackupErrorParams = {},
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`)
    this.name = 'BackupFileError'
  }
}
