/**
 * A teacher's membership of a school workspace, as the server hands it out when she types her
 * invitation code and as this browser keeps it (storage/membership.ts): the signed token and who she
 * is there. Names on comments come from here, never from free text.
 */
import * as v from 'valibot'
import { LIMITS } from './limits'

export const WORKSPACE_ROLES = ['teacher', 'mentor', 'methodist'] as const
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number]

const MemberId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/))
const Name = v.pipe(v.string(), v.maxLength(LIMITS.short))

export const WorkspacePersonSchema = v.object({ id: MemberId, name: Name, role: v.picklist(WORKSPACE_ROLES) })

/** What the server answers to an invitation code (`POST /api/join`), checked on the way in. */
export const JoinAnswerSchema = v.object({
  token: v.pipe(v.string(), v.maxLength(4_096), v.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/)),
  member: WorkspacePersonSchema,
  school: v.object({ id: MemberId, name: Name }),
  mentors: v.pipe(v.array(WorkspacePersonSchema), v.maxLength(1_000)),
  mentees: v.pipe(v.array(WorkspacePersonSchema), v.maxLength(1_000)),
  colleagues: v.pipe(v.array(WorkspacePersonSchema), v.maxLength(5_000)),
})

export const MembershipSchema = v.object({
  ...JoinAnswerSchema.entries,
  /** The addresses the server answers on: `wss://…` for sync, `https://…` for the API. */
  server: v.object({ socket: v.pipe(v.string(), v.url()), api: v.pipe(v.string(), v.url()) }),
  joinedAt: v.number(),
})

export type WorkspacePerson = v.InferOutput<typeof WorkspacePersonSchema>
export type JoinAnswer = v.InferOutput<typeof JoinAnswerSchema>
export type Membership = v.InferOutput<typeof MembershipSchema>
