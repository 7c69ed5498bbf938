/**
 * The rows a backup carries, table by table: the stored shapes of domain/shapes (one declaration, one
 * set of limits with the database, the review files and the editor), a picture's blob as
 * dexie-export-import writes it, and the `up` that brings a row of an older database version to the
 * current shape before it is validated.
 */
import * as v from 'valibot'
import type { SubjectRegistry } from '@/domain/catalogue/subjects'
import type { Assessment } from '@/domain/model'
import type { ReviewRow, Version } from '@/domain/review/model'
import { LIMITS } from '@/domain/shapes/limits'
import { PictureRowSchema } from '@/domain/shapes/picture'
import { TABLE_SHAPES } from '@/domain/shapes/tables'
import { catalogueRowV1toV2, upAssessment, upAssessmentRow, upReviewRow, upVersion } from '@/domain/shapes/up'

/** A picture's image data, base64 (about 15 MB of image). */
const MAX_PICTURE_BASE64 = 20_000_000

/** A picture row as dexie-export-import writes it: the blob as `{ type, data: base64 }`, typed by `$types`. */
export const ExportedPictureRow = v.strictObject({
  ...PictureRowSchema.entries,
  blob: v.strictObject({
    type: v.pipe(v.string(), v.maxLength(60)),
    data: v.pipe(v.string(), v.maxLength(MAX_PICTURE_BASE64), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
  }),
})

/** The current shape of each table's rows (without dexie-export-import's `$types`, checked apart). */
export const ROW_SCHEMAS: Readonly<Record<string, v.GenericSchema>> = { ...TABLE_SHAPES, pictures: ExportedPictureRow }

/** Rows per assessment a backup may hold in a table (the lists inside a row are limited by its schema). */
export const ROWS_PER_ASSESSMENT: Readonly<Record<string, number>> = {
  threads: LIMITS.threadsPerAssessment,
  versions: LIMITS.versionsPerAssessment,
  pictures: LIMITS.tasks * LIMITS.picturesPerTask,
}

type Row = Record<string, unknown>

export interface UppedRow {
  /** The row in the current shape, to validate. */
  current: Row
  /**
   * Whether the file may carry `current` in its place: the restore's database upgrade leaves such a
   * row as it is. A v1 catalogue row is only checked in its upgraded form: the v1 → v2 upgrade must
   * still see the row it was written for.
   */
  replaces: boolean
}

/** Brings a row of database version `from` to the current shape (domain/shapes/up.ts). */
export function upRow(table: string, row: Row, from: number, subjects: SubjectRegistry): UppedRow {
  if (from < 5 && table === 'assessments') return { current: upAssessmentRow(row as unknown as Assessment) as unknown as Row, replaces: true }
  // v6: teacher material and variant; v8: specEdits (empty for older rows; hashes unchanged)
  if (from < 8 && table === 'assessments') return { current: upAssessment(row) as unknown as Row, replaces: true }
  if (from < 8 && table === 'versions') return { current: upVersion(row as unknown as Version) as unknown as Row, replaces: true }
  if (from < 8 && table === 'reviews') return { current: upReviewRow(row as unknown as ReviewRow) as unknown as Row, replaces: true }
  if (from < 2 && table === 'catalogue') return { current: catalogueRowV1toV2(row, subjects) as unknown as Row, replaces: false }
  return { current: row, replaces: false }
}
