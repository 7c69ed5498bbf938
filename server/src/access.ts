/**
 * Who may open which document: the workspace's access rules, pure, decided from the member the token
 * names (as the directory knows it now) and the document's name. `null` means the member gets nothing —
 * not even whether the document exists.
 */
import { parseDocumentName } from './documentNames.js'

export type Role = 'teacher' | 'mentor' | 'methodist'
export const ROLES: readonly Role[] = ['teacher', 'mentor', 'methodist']

export interface Member {
  id: string
  schoolId: string
  name: string
  role: Role
  revokedAt: number | null
}

/** What the directory knows that access depends on. */
export interface AccessFacts {
  /** The mentors assigned to a teacher (ids). */
  mentorsOf(teacherId: string): readonly string[]
  /** The school a member belongs to, or null when there is no such member. */
  schoolOf(memberId: string): string | null
}

export type Access = 'write' | 'read' | null

export function accessTo(member: Member, documentName: string, facts: AccessFacts): Access {
  if (member.revokedAt !== null) return null
  const doc = parseDocumentName(documentName)
  if (!doc) return null
  switch (doc.space) {
    case 'private':
      return doc.memberId === member.id ? 'write' : null
    case 'review':
      if (facts.schoolOf(doc.teacherId) !== member.schoolId) return null
      if (doc.teacherId === member.id) return 'write'
      return facts.mentorsOf(doc.teacherId).includes(member.id) ? 'write' : null
    case 'bank':
    case 'catalogue':
      if (doc.schoolId !== member.schoolId) return null
      if (facts.schoolOf(doc.authorId) !== member.schoolId) return null
      if (doc.authorId === member.id) return 'write'
      return member.role === 'methodist' ? 'write' : 'read'
  }
}
