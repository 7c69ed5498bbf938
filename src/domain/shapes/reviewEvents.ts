/**
 * The events of a review pair's workspace document (`review/<teacher>/<assessmentId>`), appended and
 * never changed: a version sent, a comment or reply, a suggestion applied, a thread resolved or reopened, a verdict. Two people never overwrite one field;
 * the current status is derived from the events (domain/workspace/reviewEvents.ts). Each event names its
 * author by the member id the server confirmed, never by a typed name. Checked on the way in.
 */
import * as v from 'valibot'
import { IdSchema, TextSchema, TimeSchema, WholeSchema } from './assessment'
import { THREAD_STATUSES, VERDICTS } from './choices'
import { LIMITS } from './limits'
import { SpanSchema } from './review'

const MemberId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/))
const common = { id: IdSchema, at: TimeSchema, by: MemberId }

export const ReviewEventSchema = v.variant('kind', [
  /** The teacher sent version `number` (its frozen copy travels in the same document). */
  v.strictObject({ ...common, kind: v.literal('sent'), number: v.pipe(WholeSchema, v.minValue(1)), hash: v.pipe(v.string(), v.maxLength(128)) }),
  /** A comment starting a thread (`threadId` = the event's own id) or a reply in one, anchored to a field path. */
  v.strictObject({
    ...common,
    kind: v.literal('comment'),
    number: v.pipe(WholeSchema, v.minValue(1)),
    threadId: IdSchema,
    path: v.pipe(v.string(), v.maxLength(LIMITS.short)),
    text: TextSchema,
    suggestion: v.optional(TextSchema),
    /** Words inside the field the thread is about (offsets into the field's value in version `number`). */
    span: v.optional(SpanSchema),
  }),
  /** The teacher applied the suggestion of thread `threadId` in her editor (her version `number` then the latest she sent). */
  v.strictObject({ ...common, kind: v.literal('applied'), number: v.pipe(WholeSchema, v.minValue(1)), threadId: IdSchema }),
  /** The mentor resolved or reopened thread `threadId`; the latest such event is the thread's status. */
  v.strictObject({ ...common, kind: v.literal('threadStatus'), threadId: IdSchema, status: v.picklist(THREAD_STATUSES) }),
  /**
   * The mentor's verdict on version `number`, with her closing comment on the round (`summary`, as a reply
   * file's verdict carries one). Written only when she wrote one, so a verdict without it still reads in an
   * app from before the field (the schema is strict).
   */
  v.strictObject({ ...common, kind: v.literal('verdict'), number: v.pipe(WholeSchema, v.minValue(1)), verdict: v.picklist(VERDICTS), summary: v.optional(TextSchema) }),
])

export type ReviewEventShape = v.InferOutput<typeof ReviewEventSchema>
