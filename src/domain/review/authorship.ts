/**
 * Whose work a review file is: the teacher who wrote the assessment travels in every package and reply,
 * so that two mentees' copies of the same worked example are never confused. File names and the mentor's
 * round chips carry the name; a reply that is for another teacher's assessment says whose and which.
 */
import type { Person } from './model'

const UNSAFE_NAME = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g

/** A piece of a file name made safe for any file system (Kazakh letters kept); '' when nothing is left. */
export function fileNamePart(text: string, max: number): string {
  return text.normalize('NFC').replace(UNSAFE_NAME, '').replace(/\s+/g, '_').replace(/^[._]+|[._]+$/g, '').slice(0, max).replace(/[._]+$/, '')
}

/** `Айгүл_Серікова` for a person with a name, '' for none (an old file). */
export const authorPart = (author: Person | null | undefined): string => (author ? fileNamePart(author.name, 40) : '')

/** Two people are the same author when their names and schools match (spaces and case aside). */
export function sameAuthor(a: Person | null | undefined, b: Person | null | undefined): boolean {
  if (!a || !b) return true
  const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase().replace(/\s+/g, ' ')
  return norm(a.name) === norm(b.name) && norm(a.school) === norm(b.school)
}

export interface OtherAssessment {
  /** Who sent the reply (the mentor). */
  sender: string
  /** The teacher the reply's assessment belongs to ('' when the reply does not say: an old file). */
  author: string
  /** The title of the assessment the reply is for. */
  title: string
}

/** What to say about a reply opened on the wrong assessment: who sent it, whose assessment, which one. */
export function otherAssessmentOf(reply: { reviewer: Person; author?: Person | null; title: string }): OtherAssessment {
  return { sender: reply.reviewer.name, author: reply.author?.name ?? '', title: reply.title }
}
