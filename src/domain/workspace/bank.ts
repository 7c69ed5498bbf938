/**
 * The school bank: approved assessments a teacher published to her school, and objectives she shared
 * from her catalogue. Pure: the entry's shape (checked whenever an entry is read from a synced
 * document, since another member's app wrote it), what may be published or unpublished by whom, the
 * bank's search and filters, and the teacher's own copy of an entry with its source kept.
 *
 * One Yjs document per author (`bank/<school>/<author>`, `catalogue/<school>/<author>`, see
 * server/src/documentNames.ts): the author writes only her own, a methodist may remove from any.
 */
import * as v from 'valibot'
import { AssessmentSchema, IdSchema, listOf, ShortSchema, TextSchema, TimeSchema, WholeSchema } from '../shapes/assessment'
import { LANGUAGES } from '../shapes/choices'
import type { Assessment, AssessmentStatus, Language } from '../model'
import { duplicateAssessment } from '../operations'
import { foldText } from '../text/fold'
import type { CatalogueObjective, ObjectiveDraft } from '../catalogue/model'
import type { RowResult } from '../catalogue/rows'

const MemberIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/))
const PersonSchema = v.strictObject({ id: MemberIdSchema, name: ShortSchema })

/** At most this many objectives in one shared set (a subject's whole curriculum for a grade is a few hundred). */
export const SHARED_OBJECTIVES_LIMIT = 2_000

/** One published assessment: a snapshot of it as approved, with who published it, where and when. */
export const BankEntrySchema = v.pipe(
  v.strictObject({
    /** The published assessment's own id: publishing it again replaces the entry. */
    id: IdSchema,
    author: PersonSchema,
    school: PersonSchema,
    publishedAt: TimeSchema,
    assessment: AssessmentSchema,
  }),
  v.check((e) => e.assessment.id === e.id && e.assessment.status === 'approved' && e.assessment.deletedAt === null, 'Not an approved assessment of this entry.'),
)

/** One objective as shared: its place in the curriculum without the sharer's catalogue ids. */
export const SharedObjectiveSchema = v.strictObject({
  code: ShortSchema,
  text: TextSchema,
  section: ShortSchema,
  term: v.nullable(v.pipe(WholeSchema, v.minValue(1), v.maxValue(4))),
})

/** A colleague's own objectives of one subject, grade and language, shared with the school. */
export const SharedObjectivesSchema = v.strictObject({
  /** `<subject>|<grade>|<language>` as hashed by sharedSetId: sharing the set again replaces it. */
  id: IdSchema,
  author: PersonSchema,
  school: PersonSchema,
  sharedAt: TimeSchema,
  /** The subject's name in the objectives' language, as the sharer's catalogue knows it. */
  subject: ShortSchema,
  grade: v.pipe(WholeSchema, v.minValue(1), v.maxValue(12)),
  language: v.picklist(LANGUAGES),
  objectives: listOf(SharedObjectiveSchema, SHARED_OBJECTIVES_LIMIT),
})

export type BankEntry = v.InferOutput<typeof BankEntrySchema>
export type SharedObjectives = v.InferOutput<typeof SharedObjectivesSchema>
export type BankPerson = v.InferOutput<typeof PersonSchema>

/** Who publishes, as the server named her (the membership), never typed. */
export interface Publisher {
  member: BankPerson & { role: 'teacher' | 'mentor' | 'methodist' }
  school: BankPerson
}

/** Only an approved assessment (as the teacher sees its status: approved and unchanged since) goes to the bank. */
export const canPublish = (shownStatus: AssessmentStatus): boolean => shownStatus === 'approved'

export function bankEntry(a: Assessment, by: Publisher, now: number): BankEntry {
  return {
    id: a.id,
    author: { id: by.member.id, name: by.member.name },
    school: { id: by.school.id, name: by.school.name },
    publishedAt: now,
    assessment: { ...a, status: 'approved', deletedAt: null },
  }
}

/** The author takes her own entry back; a methodist moderates the whole bank. */
export function canUnpublish(member: { id: string; role: string }, item: { author: { id: string } }): boolean {
  return member.id === item.author.id || member.role === 'methodist'
}

/**
 * The entries of one author's bank document as read from the network: each checked against its shape,
 * kept only where it is filed under its own id and really names that author and school (a document's
 * writer cannot make an entry pass for someone else's).
 */
export function readBankEntries(values: Iterable<[string, unknown]>, where: { schoolId: string; authorId: string }): BankEntry[] {
  const entries: BankEntry[] = []
  for (const [key, value] of values) {
    const parsed = v.safeParse(BankEntrySchema, value)
    if (!parsed.success) continue
    const entry = parsed.output
    if (entry.id === key && entry.author.id === where.authorId && entry.school.id === where.schoolId) entries.push(entry)
  }
  return entries
}

/** The same for shared objective sets. */
export function readSharedObjectives(values: Iterable<[string, unknown]>, where: { schoolId: string; authorId: string }): SharedObjectives[] {
  const sets: SharedObjectives[] = []
  for (const [key, value] of values) {
    const parsed = v.safeParse(SharedObjectivesSchema, value)
    if (!parsed.success) continue
    const set = parsed.output
    if (set.id === key && set.author.id === where.authorId && set.school.id === where.schoolId) sets.push(set)
  }
  return sets
}

// ---- browsing ------------------------------------------------------------------------------------

export interface BankQuery {
  text: string
  /** A subject as listed by bankFacets (compared folded), or '' for any. */
  subject: string
  grade: number | null
  term: number | null
  /** An objective code or its beginning («5.1» finds 5.1.2.1), or '' for any. */
  objective: string
}

export const EMPTY_BANK_QUERY: BankQuery = { text: '', subject: '', grade: null, term: null, objective: '' }

const folded = (s: string) => foldText(s).replace(/\s+/g, ' ').trim()

/** All of an entry's words a colleague may look for: title, subject, sections, objectives, criteria, tasks, author. */
function haystack(e: BankEntry): string {
  const a = e.assessment
  return folded(
    [
      a.title,
      a.subject,
      e.author.name,
      ...a.sections,
      ...a.objectives.flatMap((o) => [o.code, o.text]),
      ...a.criteria.map((c) => c.text),
      ...a.tasks.map((t) => t.text),
    ].join('\n'),
  )
}

const haystacks = new WeakMap<BankEntry, string>()
function textOf(e: BankEntry): string {
  let text = haystacks.get(e)
  if (text === undefined) haystacks.set(e, (text = haystack(e)))
  return text
}

/** Whether an entry matches the query: every word of the text is found, and each filter set holds. */
export function matchesBankQuery(e: BankEntry, q: BankQuery): boolean {
  const a = e.assessment
  if (q.subject && folded(a.subject) !== folded(q.subject)) return false
  if (q.grade !== null && a.grade !== q.grade) return false
  if (q.term !== null && a.term !== q.term) return false
  const code = q.objective.trim()
  if (code && !a.objectives.some((o) => o.code.trim() === code || o.code.trim().startsWith(code.endsWith('.') ? code : `${code}.`))) return false
  const words = folded(q.text).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const text = textOf(e)
  return words.every((w) => text.includes(w))
}

/** The entries a query finds, newest first. */
export function searchBank(entries: readonly BankEntry[], q: BankQuery): BankEntry[] {
  return entries.filter((e) => matchesBankQuery(e, q)).sort((x, y) => y.publishedAt - x.publishedAt || x.id.localeCompare(y.id))
}

export interface BankFacets {
  subjects: string[]
  grades: number[]
  terms: number[]
}

/** What the filters offer: the subjects, grades and terms present in the bank (subjects once each, whatever their case). */
export function bankFacets(entries: readonly BankEntry[], locale = 'kk'): BankFacets {
  const subjects = new Map<string, string>()
  const grades = new Set<number>()
  const terms = new Set<number>()
  for (const { assessment: a } of entries) {
    const subject = a.subject.trim()
    if (subject && !subjects.has(folded(subject))) subjects.set(folded(subject), subject)
    if (a.grade !== null) grades.add(a.grade)
    if (a.term !== null) terms.add(a.term)
  }
  const numbers = (s: Set<number>) => [...s].sort((x, y) => x - y)
  return { subjects: [...subjects.values()].sort((x, y) => x.localeCompare(y, locale)), grades: numbers(grades), terms: numbers(terms) }
}

// ---- a colleague's copy --------------------------------------------------------------------------

/** How a copy names where it came from, in the document's own language like the rest of its text. */
export const BANK_SOURCE_LABEL: Record<Language, string> = { kk: 'Мектеп банкі', ru: 'Банк школы', en: 'School bank' }

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** «Мектеп банкі: Айгүл Серікова, № 12 мектеп, 2026-12-02» — the author, school and publication day. */
export function bankSourceNote(e: BankEntry): string {
  return `${BANK_SOURCE_LABEL[e.assessment.language]}: ${e.author.name}, ${e.school.name}, ${isoDay(e.publishedAt)}`
}

/** The teacher's own editable copy of an entry: new ids everywhere, a draft, its source kept. */
export function copyFromBank(e: BankEntry, now: number): Assessment {
  return { ...duplicateAssessment(e.assessment, now), source: bankSourceNote(e) }
}

// ---- shared objectives ---------------------------------------------------------------------------

export interface ShareableGroup {
  /** sharedSetId of the group. */
  id: string
  subject: string
  grade: number
  language: Language
  objectives: CatalogueObjective[]
}

/** A stable id for a subject/grade/language set, so sharing it again replaces the earlier one. */
export function sharedSetId(subjectKey: string, grade: number, language: Language): string {
  // FNV-1a over the key: ids allow letters, digits, _ and - only, and a subject key may hold any letter
  let hash = 0x811c9dc5
  for (const ch of `${subjectKey}|${grade}|${language}`) {
    hash ^= ch.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `o${grade}${language}${hash.toString(36)}`
}

/** The teacher's own (imported or typed) objectives, by subject, grade and language: what she can share. */
export function shareableGroups(objectives: readonly CatalogueObjective[], subjectName: (o: CatalogueObjective) => string): ShareableGroup[] {
  const groups = new Map<string, ShareableGroup>()
  for (const o of objectives) {
    if (o.origin !== 'own' || o.hidden) continue
    const id = sharedSetId(o.subject, o.grade, o.language)
    const group = groups.get(id) ?? { id, subject: subjectName(o), grade: o.grade, language: o.language, objectives: [] }
    group.objectives.push(o)
    groups.set(id, group)
  }
  return [...groups.values()].sort((x, y) => x.subject.localeCompare(y.subject) || x.grade - y.grade || x.language.localeCompare(y.language))
}

export function sharedObjectives(group: ShareableGroup, by: Publisher, now: number): SharedObjectives {
  return {
    id: group.id,
    author: { id: by.member.id, name: by.member.name },
    school: { id: by.school.id, name: by.school.name },
    sharedAt: now,
    subject: group.subject,
    grade: group.grade,
    language: group.language,
    objectives: [...group.objectives]
      .sort((x, y) => x.order - y.order)
      .slice(0, SHARED_OBJECTIVES_LIMIT)
      .map((o) => ({ code: o.code, text: o.text, section: o.section, term: o.term })),
  }
}

/**
 * A shared set as the rows of a catalogue import (the catalogue's own import plan then sorts new,
 * duplicate and unchanged), each row naming where it came from.
 */
export function sharedImportRows(set: SharedObjectives): RowResult[] {
  const source = `${BANK_SOURCE_LABEL[set.language]}: ${set.author.name}, ${set.school.name}`
  return set.objectives.map((o, i): RowResult => {
    const draft: ObjectiveDraft = { code: o.code, text: o.text, section: o.section, term: o.term, subject: set.subject, grade: set.grade, language: set.language, source }
    return { ok: true, line: i + 1, draft }
  })
}
