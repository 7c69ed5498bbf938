/**
 * The names of the workspace's Yjs documents, and what each one is. The app and the server agree on
 * these names; the server decides from them who may open a document (access.ts).
 *
 * - `private/<memberId>/<docId>`: a teacher's own drafts and library, for her devices only;
 * - `review/<teacherId>/<docId>`: a review pair's documents (an assessment's rounds, the pair's queue),
 *   for the teacher and each mentor assigned to her;
 * - `bank/<schoolId>/<authorId>`: what one teacher published to her school's bank, read by every member
 *   of that school, written by its author and moderated (unpublished) by methodists;
 * - `catalogue/<schoolId>/<authorId>`: objectives one colleague imported and shared with the school.
 */
export type DocumentName =
  | { space: 'private'; memberId: string; docId: string }
  | { space: 'review'; teacherId: string; docId: string }
  | { space: 'bank' | 'catalogue'; schoolId: string; authorId: string }

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** Reads a document name; anything else (extra parts, odd characters, unknown space) is null. */
export function parseDocumentName(name: string): DocumentName | null {
  const parts = name.split('/')
  if (parts.length !== 3 || !parts.every((part) => ID.test(part))) return null
  const [space, first, second] = parts as [string, string, string]
  switch (space) {
    case 'private':
      return { space, memberId: first, docId: second }
    case 'review':
      return { space, teacherId: first, docId: second }
    case 'bank':
    case 'catalogue':
      return { space, schoolId: first, authorId: second }
    default:
      return null
  }
}

export function isId(value: string): boolean {
  return ID.test(value)
}
