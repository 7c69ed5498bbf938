/** A task picture's image as it is stored (table `pictures`), declared once; the backup carries its blob as base64. */
import * as v from 'valibot'
import { IdSchema } from './assessment'

export const MIME_PATTERN = /^image\/[a-z0-9.+-]{1,40}$/

export const PictureRowSchema = v.strictObject({
  id: IdSchema,
  assessmentId: IdSchema,
  blob: v.blob(),
  mimeType: v.pipe(v.string(), v.regex(MIME_PATTERN, 'Not an image type.')),
})

export type PictureRowShape = v.InferOutput<typeof PictureRowSchema>
