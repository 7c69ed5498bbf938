/**
 * Older stored shapes brought to the current one: one `up` per shape that changed, used by the database
 * upgrades (db/schema.ts), by the backup door for rows of an older database version, and by the review
 * files for snapshots written before a field existed — so every reader sees only the current shape.
 * Without valibot: the database upgrades load with the first page.
 *
 * History of the shapes:
 * - database v2: catalogue rows carry text, language, section and subject names (`catalogueRowV1toV2`);
 * - database v4: an assessment carries `rubricEdits`;
 * - database v5: the limits of ./limits.ts hold; frozen versions and review rounds carry `rubricEdits` too;
 * - database v6: a task carries teacher-only material (`script`, `teacherNotes`), an assessment its `variant`.
 * - database v7: a task may carry `parts` and a descriptor a `partId` (both optional: a row of an earlier
 *   version is already a v7 row); `upTaskParts` keeps every row in the one form the editor writes.
 * - database v8: an assessment (also a frozen one) carries `specEdits`, the teacher's specification wording.
 */
import type { Assessment, Language, Task } from '../model'
import { LANGUAGES } from './choices'
import type { CatalogueObjective } from '../catalogue/model'
import type { SubjectRegistry } from '../catalogue/subjects'
import type { ReviewRow, Version } from '../review/model'
import { LIMITS } from './limits'

type Loose = Record<string, unknown>

const isObject = (x: unknown): x is object => x !== null && typeof x === 'object' && !Array.isArray(x)

/** Text cut to `max` characters, never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max
  return text.slice(0, end)
}

/** A task of any earlier shape with the teacher-only fields of database v6 (empty). */
function upTeacherMaterial(t: unknown): unknown {
  if (!isObject(t)) return t
  const { script, teacherNotes } = t as { script?: unknown; teacherNotes?: unknown }
  return { ...t, script: script ?? '', teacherNotes: teacherNotes ?? '' }
}

type Upped = Pick<Assessment, 'rubricEdits' | 'specEdits' | 'variant'>

/**
 * Any earlier assessment shape → the current one, without changing its content hash (an empty
 * `rubricEdits`, a null `variant` and empty teacher material hash like missing ones), so frozen
 * versions keep their identity.
 */
export function upAssessment<T extends object>(a: T): T & Upped {
  // rows from files are untrusted: anything but an object is left for the validation to refuse
  if (!isObject(a)) return a
  const { rubricEdits, specEdits, variant, tasks } = a as {
    rubricEdits?: Assessment['rubricEdits']
    specEdits?: Assessment['specEdits']
    variant?: Assessment['variant']
    tasks?: unknown
  }
  return { ...a, rubricEdits: rubricEdits ?? {}, specEdits: specEdits ?? {}, variant: variant ?? null, ...(Array.isArray(tasks) && { tasks: tasks.map(upTeacherMaterial) }) }
}

const short = (text: string) => clip(text, LIMITS.short)
const long = (text: string) => clip(text, LIMITS.text)
const fitCells = (cells: Assessment['rubricEdits'][string]['cells']) => Object.fromEntries(Object.entries(cells).map(([level, text]) => [level, text === undefined ? text : long(text)]))

/**
 * A working assessment from before database v5 cut to the limits of ./limits.ts: the editor did not
 * hold text to them then, and a backup must never carry a row it cannot restore. Frozen versions are
 * left whole: their content is what the mentor saw, and its hash their identity.
 */
export function fitAssessment(a: Assessment): Assessment {
  return {
    ...a,
    title: short(a.title),
    subject: short(a.subject),
    source: long(a.source),
    sections: a.sections.map(short),
    objectives: a.objectives.map((o) => ({
      ...o,
      code: short(o.code),
      text: long(o.text),
      ...(o.section !== undefined && { section: short(o.section) }),
      ...(o.catalogueId !== undefined && { catalogueId: short(o.catalogueId) }),
    })),
    criteria: a.criteria.map((c) => ({ ...c, text: long(c.text) })),
    tasks: a.tasks.map((t) => ({
      ...t,
      text: long(t.text),
      answer: long(t.answer),
      options: t.options.map((o) => ({ ...o, text: long(o.text) })),
      pictures: t.pictures.map((p) => ({ ...p, caption: long(p.caption) })),
      descriptors: t.descriptors.map((d) => ({ ...d, text: long(d.text) })),
    })),
    rubricEdits: Object.fromEntries(Object.entries(a.rubricEdits).map(([id, e]) => [id, { criterionText: long(e.criterionText), cells: fitCells(e.cells) }])),
  }
}

/** An assessment row of database v5 or earlier → v6; a row too broken to cut is left to the validation that follows. */
export function upAssessmentRow(a: Assessment): Assessment {
  const upped = upAssessment(a)
  try {
    return fitAssessment(upped)
  } catch {
    return upped
  }
}

/** A frozen version of database v3 to v5 → v6: its content in the current shape, its hash unchanged. */
export const upVersion = (ver: Version): Version => (isObject(ver) ? { ...ver, content: upAssessment(ver.content) } : ver)

/** A review round of database v3 to v5 → v6. */
export const upReviewRow = (row: ReviewRow): ReviewRow =>
  isObject(row) ? { ...row, version: row.version && upVersion(row.version), baseline: row.baseline && upVersion(row.baseline) } : row

const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value)
const str = (value: unknown) => (typeof value === 'string' ? value : '')
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/**
 * A catalogue row of database v1 → v2. Version 1 stored only id, code, subject, grade, term and origin
 * (anything else was free-form); the subject typed then becomes a subject key.
 */
export function catalogueRowV1toV2(row: Loose, subjects: SubjectRegistry): CatalogueObjective {
  const language = isLanguage(row.language) ? row.language : 'ru'
  const typedSubject = str(row.subject)
  return {
    id: str(row.id),
    code: str(row.code),
    text: str(row.text),
    section: str(row.section),
    language,
    subject: subjects.ensure(typedSubject, language) ?? '',
    subjectNames: typedSubject ? { [language]: typedSubject } : {},
    grade: num(row.grade) ?? 0,
    term: num(row.term),
    origin: 'own',
    hidden: row.hidden === true,
    source: str(row.source),
    order: num(row.order) ?? 0,
    updatedAt: num(row.updatedAt) ?? 0,
  }
}

/**
 * A task in the form the editor writes since database v7: no `parts` field unless it has parts, and no
 * descriptor naming a part the task does not have (it marks the task as a whole). Rows of earlier
 * versions have neither field and come back as they are (same object, same hash).
 */
export function upTask(t: Task): Task {
  if (!isObject(t) || !Array.isArray(t.descriptors)) return t
  const parts = Array.isArray(t.parts) ? t.parts : []
  const ids = new Set(parts.map((p) => (isObject(p) ? p.id : undefined)))
  const stray = t.descriptors.some((d) => isObject(d) && 'partId' in d && !ids.has(d.partId))
  if (!stray && (t.parts === undefined || parts.length > 0)) return t
  const descriptors = t.descriptors.map((d) => {
    if (!isObject(d) || !('partId' in d) || ids.has(d.partId)) return d
    const kept = { ...d }
    delete kept.partId
    return kept
  })
  const next = { ...t, descriptors }
  if (parts.length === 0) delete next.parts
  return next
}

/** An assessment (row, version content or review snapshot) of any version → v7 task shapes. */
export function upTaskParts<T extends object>(a: T): T {
  if (!isObject(a) || !Array.isArray((a as { tasks?: unknown }).tasks)) return a
  const tasks = (a as { tasks: Task[] }).tasks
  const upped = tasks.map(upTask)
  return upped.every((t, i) => t === tasks[i]) ? a : { ...a, tasks: upped }
}
