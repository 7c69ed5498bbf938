/**
 * The limits of every stored shape, in one place. The schemas (./assessment.ts, ./review.ts,
 * ./catalogue.ts) hold the database rows, the backup file, the review files and the editor's fields to
 * them, so a file the app writes is always a file it reads. Plain constants without valibot: the editor
 * imports them on the first page.
 */
export const LIMITS = {
  /** Longest text of one field: a reading passage of about 15 printed pages (30–40k characters is common). */
  text: 50_000,
  /** A name, a school, a subject key: one line. */
  short: 300,
  /** Length of an id the app makes (16 letters and digits; room for ids of other Bagalau versions). */
  id: 64,
  objectives: 200,
  criteria: 200,
  tasks: 200,
  sections: 50,
  /** Links from a criterion to objectives or from a task to criteria. */
  links: 200,
  optionsPerTask: 50,
  descriptorsPerTask: 100,
  picturesPerTask: 20,
  /**
   * Bytes of one task picture carried between a teacher's devices by the school workspace: it travels as
   * one Yjs update, and the server closes a document sending an update over 8 MiB (server/src/workspace.ts
   * DEFAULT_MAX_UPDATE_BYTES), so 7 MiB leaves room for the message around it. A picture shrunk to
   * 1600 px (domain/pictureSize.ts) is far smaller: a JPEG photo some 300–600 KB, a PNG drawing 1–3 MB.
   */
  syncedPictureBytes: 7 * 1024 * 1024,
  /** Parts of one task (1а, 1ә …): the shortest part alphabet, English a–z, has 26 letters. */
  partsPerTask: 26,
  threadsPerAssessment: 1_000,
  commentsPerThread: 200,
  versionsPerAssessment: 1_000,
  /** Variants (нұсқа) in one group. */
  variants: 20,
  /** Whole points of one descriptor; minutes of a task or an assessment. */
  points: 1_000,
  minutes: 10_000,
} as const

/** An id as the app makes it (domain/ids.ts): letters, digits, `_` and `-`. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
