/**
 * Hidden field markers in the printed Word file. Each printed field (the title, an objective's code and
 * text, a criterion, a task's text and answer, an option, a descriptor and its points) is wrapped in a
 * bookmark whose name says which field it is, so a comment a mentor writes later in Word or LibreOffice can
 * be traced back to its field, and a printed file can be read back field by field.
 *
 * Word limits bookmark names to 40 characters (letters, digits, `_`), and field paths (domain/anchors.ts)
 * are longer, so a name is `_bg_<kind>_<id>`: the leading `_` hides it in Word's bookmark list, the kind is
 * two letters, and the id is the entity's own id when it fits (else `x` + a hash of it). `markPaths`
 * is the lookup back from names to field paths, for one assessment.
 */
import { criterionPath, descriptorPath, headerPath, objectivePath, optionPath, partOptionPath, partPath, taskPath, type FieldPath } from './anchors'
import { SPEC_TEXTS, type Assessment, type SpecText, type TaskType } from './model'
import { hashText } from './review/hash'

export const MARK_KINDS = {
  title: 'ti',
  objectiveCode: 'oc',
  objectiveText: 'ot',
  /** A criterion's line on the pupil's sheet. */
  criterion: 'cr',
  /** A criterion's cell in the descriptor table (a bookmark name is used once, so the kind differs). */
  criterionRow: 'ct',
  task: 'tt',
  option: 'op',
  descriptor: 'dt',
  descriptorPoints: 'dp',
  answer: 'an',
  /** A part's text on the pupil's sheet (1а, 1ә …). */
  part: 'pt',
  /**
   * A part's letter («а)») on the pupil's sheet; the id is the part's type code (./fieldMarks `PART_TYPE_CODES`)
   * followed by the part's id, the one place a print says a part's type.
   */
  partKind: 'pk',
  /** An option of a part. */
  partOption: 'po',
  /** A part's answer in the mark scheme. */
  partAnswer: 'pa',
  /** Teacher-only: a task's script in the teacher's copy, and in the mark scheme (a name is used once, so two kinds). */
  script: 'sc',
  schemeScript: 'ss',
  /** Teacher-only: a task's notes in the teacher's copy, and in the mark scheme. */
  teacherNotes: 'tn',
  schemeNotes: 'sn',
  /** The variant label («2-нұсқа») at the head of a variant's first part; the id is `<number>` or `<number>g<group id>`. */
  variant: 'va',
  /** One line of a specification paragraph the teacher may reword; the id is the paragraph's key and the line's index. */
  specText: 'sx',
} as const

export type MarkKind = keyof typeof MARK_KINDS

export const MARK_PREFIX = '_bg_'
/** Word's limit on a bookmark name. */
export const MARK_NAME_LIMIT = 40
const ID_ROOM = MARK_NAME_LIMIT - MARK_PREFIX.length - 3

const idPart = (id: string): string => (new RegExp(`^[A-Za-z0-9]{1,${ID_ROOM}}$`).test(id) ? id : `x${hashText(id)}`)

/** The bookmark name of one printed field; the title has no id. */
export const markName = (kind: MarkKind, id = ''): string => (kind === 'title' ? `${MARK_PREFIX}${MARK_KINDS.title}` : `${MARK_PREFIX}${MARK_KINDS[kind]}_${idPart(id)}`)

export const isFieldMark = (name: string): boolean => name.startsWith(MARK_PREFIX)

/** A part's type in its letter's mark (`partKind`): one letter each, `n` for a part with no type yet. */
export const PART_TYPE_CODES = { multipleChoice: 'm', shortAnswer: 's', extendedAnswer: 'e', none: 'n' } as const

export const partKindId = (type: TaskType | null, partId: string): string => `${PART_TYPE_CODES[type ?? 'none']}${partId}`

/** The type a `partKind` mark's id names (undefined when it names none: not a part letter's mark). */
export function partTypeOfMark(id: string): TaskType | null | undefined {
  const type = (Object.keys(PART_TYPE_CODES) as (keyof typeof PART_TYPE_CODES)[]).find((k) => PART_TYPE_CODES[k] === id[0])
  return type === undefined ? undefined : type === 'none' ? null : type
}

/** The variant label's mark: the number, and the group's id when it fits a name whole. */
export function variantMarkName(number: number, group: string): string {
  const id = new RegExp(`^[A-Za-z0-9]{1,${ID_ROOM - 5}}$`).test(group) ? `${number}g${group}` : String(number)
  return `${MARK_PREFIX}${MARK_KINDS.variant}_${id}`
}

/** The number and group (null when not printed whole) a variant mark's id carries. */
export function variantOfMark(id: string): { number: number; group: string | null } | null {
  const m = /^(\d{1,3})(?:g([A-Za-z0-9]+))?$/.exec(id)
  return m ? { number: Number(m[1]), group: m[2] ?? null } : null
}

/** A specification paragraph's line mark: `_bg_sx_purpose0`. */
export const specTextMarkName = (key: SpecText, line: number): string => `${MARK_PREFIX}${MARK_KINDS.specText}_${key}${line}`

/** The paragraph key and line a specification mark's id names, or null. */
export function specTextOfMark(id: string): { key: SpecText; line: number } | null {
  const m = /^([a-z]+)(\d{1,4})$/.exec(id)
  return m && (SPEC_TEXTS as readonly string[]).includes(m[1]) ? { key: m[1] as SpecText, line: Number(m[2]) } : null
}

/** A printed field: its kind and the ids that find it in a read-back document. */
export interface MarkedField {
  kind: MarkKind
  path: FieldPath
  /** The entity's id (the task's for a task or answer, the option's, the descriptor's…); '' for the title. */
  id: string
  /** The task an option or descriptor belongs to. */
  taskId?: string
}

/** Every field Bagalau may print, by bookmark name (Word compares names without case). */
export function markPaths(a: Assessment): Map<string, MarkedField> {
  const out = new Map<string, MarkedField>()
  const put = (kind: MarkKind, path: FieldPath, id: string, taskId?: string) => out.set(markName(kind, id).toLowerCase(), { kind, path, id, taskId })
  put('title', headerPath('title'), '')
  for (const o of a.objectives) {
    put('objectiveCode', objectivePath(o.id, 'code'), o.id)
    put('objectiveText', objectivePath(o.id, 'text'), o.id)
  }
  for (const c of a.criteria) {
    put('criterion', criterionPath(c.id, 'text'), c.id)
    put('criterionRow', criterionPath(c.id, 'text'), c.id)
  }
  for (const t of a.tasks) {
    put('task', taskPath(t.id, 'text'), t.id)
    put('answer', taskPath(t.id, 'answer'), t.id)
    for (const o of t.options) put('option', optionPath(t.id, o.id, 'text'), o.id, t.id)
    for (const d of t.descriptors) {
      put('descriptor', descriptorPath(t.id, d.id, 'text'), d.id, t.id)
      put('descriptorPoints', descriptorPath(t.id, d.id, 'points'), d.id, t.id)
    }
    put('script', taskPath(t.id, 'script'), t.id)
    put('schemeScript', taskPath(t.id, 'script'), t.id)
    put('teacherNotes', taskPath(t.id, 'teacherNotes'), t.id)
    put('schemeNotes', taskPath(t.id, 'teacherNotes'), t.id)
    for (const p of t.parts ?? []) {
      put('part', partPath(t.id, p.id, 'text'), p.id, t.id)
      put('partKind', partPath(t.id, p.id, 'type'), partKindId(p.type, p.id), t.id)
      put('partAnswer', partPath(t.id, p.id, 'answer'), p.id, t.id)
      for (const o of p.options) put('partOption', partOptionPath(t.id, p.id, o.id, 'text'), o.id, t.id)
    }
  }
  return out
}

/** The field a bookmark name points to in this assessment, or null (not a field mark, or the field is gone). */
export function fieldOfMark(lookup: ReadonlyMap<string, MarkedField>, name: string): MarkedField | null {
  return isFieldMark(name) ? (lookup.get(name.toLowerCase()) ?? null) : null
}

/** The kind and id part of a field mark's name, without an assessment to look it up in. */
export function parseMarkName(name: string): { kind: MarkKind; id: string } | null {
  if (!isFieldMark(name)) return null
  const [code, id = ''] = name.slice(MARK_PREFIX.length).split(/_(.*)/s)
  const kind = (Object.keys(MARK_KINDS) as MarkKind[]).find((k) => MARK_KINDS[k] === code.toLowerCase())
  return kind ? { kind, id } : null
}
