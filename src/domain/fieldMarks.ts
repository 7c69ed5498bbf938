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
import { criterionPath, descriptorPath, headerPath, objectivePath, optionPath, taskPath, type FieldPath } from './anchors'
import type { Assessment } from './model'
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
