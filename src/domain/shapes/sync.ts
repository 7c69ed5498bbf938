/**
 * The rows of the school workspace's local Yjs store (database v11, written by y-dexie through
 * src/db/syncDocs.ts): one row per document name, and the document's binary updates.
 */
import * as v from 'valibot'

/** A workspace document's name as the server knows it: `private/<member>/<doc>`, `review/<teacher>/<doc>` … */
export const SyncDocNameSchema = v.pipe(v.string(), v.regex(/^[a-z]+\/[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_-]{1,64}$/))

export const SyncDocRowSchema = v.strictObject({ id: SyncDocNameSchema })

/** One Yjs update of a document `k` (y-dexie's YUpdateRow; `f` marks updates made here). */
export const SyncUpdateRowSchema = v.object({
  i: v.number(),
  k: v.union([SyncDocNameSchema, v.number(), v.string()]),
  u: v.optional(v.instance(Uint8Array)),
})

export type SyncDocRow = v.InferOutput<typeof SyncDocRowSchema>
