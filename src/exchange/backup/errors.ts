/** Typed errors of the backup door: each kind has a plain-words message in i18n `data.error.<kind>`. */
export const BACKUP_ERROR_KINDS = [
  'empty',
  'tooLarge',
  'encoding',
  'notJson',
  'notBackup',
  'newerFormat',
  'newerDatabase',
  'unsafe',
  'invalid',
  'write',
] as const
export type BackupErrorKind = (typeof BACKUP_ERROR_KINDS)[number]

export class BackupFileError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    /** Technical detail for the tooltip and the console; never needed to understand the message. */
    readonly detail = '',
    /** The title (or id) of the assessment a refused row belongs to, where one does. */
    readonly assessment = '',
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`)
    this.name = 'BackupFileError'
  }
}
