/**
 * Stable field paths ("anchors") built from ids, never from positions or text offsets:
 * `header/title`, `objectives/<id>/code`, `criteria/<id>/text`, `tasks/<id>/text`,
 * `tasks/<id>/options/<id>/text`, `tasks/<id>/descriptors/<id>/points`, `tasks/<id>/parts/<id>/text`,
 * `tasks/<id>/parts/<id>/options/<id>/correct`, `document`.
 * Check findings, review threads and the editor's focus all speak this language.
 */
import type { Id } from './ids'
import type { Assessment, AssessmentHeader, ChoiceOption, Criterion, Descriptor, Objective, Picture, Task, TaskPart } from './model'

export type FieldPath = string

export const DOCUMENT_PATH: FieldPath = 'document'

export const headerPath = (field: keyof AssessmentHeader): FieldPath => `header/${field}`
/** A whole list of the document (a finding that it is empty points here: the list's "add" button). */
export const listPath = (list: 'objectives' | 'criteria' | 'tasks'): FieldPath => list
export const objectivePath = (id: Id, field?: keyof Objective): FieldPath => join('objectives', id, field)
export const criterionPath = (id: Id, field?: keyof Criterion): FieldPath => join('criteria', id, field)
export const taskPath = (id: Id, field?: keyof Task): FieldPath => join('tasks', id, field)
export const optionPath = (taskId: Id, id: Id, field?: keyof ChoiceOption): FieldPath =>
  join(`tasks/${taskId}/options`, id, field)
export const descriptorPath = (taskId: Id, id: Id, field?: keyof Descriptor): FieldPath =>
  join(`tasks/${taskId}/descriptors`, id, field)
export const picturePath = (taskId: Id, id: Id, field?: keyof Picture): FieldPath => join(`tasks/${taskId}/pictures`, id, field)
/** A part of a task (1а, 1ә …) or one of its fields. */
export const partPath = (taskId: Id, id: Id, field?: keyof TaskPart): FieldPath => join(`tasks/${taskId}/parts`, id, field)
export const partOptionPath = (taskId: Id, partId: Id, id: Id, field?: keyof ChoiceOption): FieldPath =>
  join(`tasks/${taskId}/parts/${partId}/options`, id, field)

function join(list: string, id: Id, field?: string): FieldPath {
  return field ? `${list}/${id}/${field}` : `${list}/${id}`
}

export type ResolvedField =
  | { kind: 'document' }
  | { kind: 'header'; field: string }
  | { kind: 'objective'; objective: Objective; field: string | null }
  | { kind: 'criterion'; criterion: Criterion; field: string | null }
  | { kind: 'task'; task: Task; field: string | null }
  | { kind: 'option'; task: Task; option: ChoiceOption; field: string | null }
  | { kind: 'descriptor'; task: Task; descriptor: Descriptor; field: string | null }
  | { kind: 'picture'; task: Task; picture: Picture; field: string | null }
  | { kind: 'part'; task: Task; part: TaskPart; field: string | null }
  | { kind: 'partOption'; task: Task; part: TaskPart; option: ChoiceOption; field: string | null }

/** Finds what a path points to in this assessment, or null when it is gone (an orphaned anchor). */
export function resolvePath(a: Assessment, path: FieldPath): ResolvedField | null {
  const parts = path.split('/')
  if (path === DOCUMENT_PATH) return { kind: 'document' }
  if (parts[0] === 'header' && parts.length === 2) return { kind: 'header', field: parts[1] }
  const field = (at: number) => parts[at] ?? null
  if (parts[0] === 'objectives') {
    const objective = a.objectives.find((o) => o.id === parts[1])
    return objective ? { kind: 'objective', objective, field: field(2) } : null
  }
  if (parts[0] === 'criteria') {
    const criterion = a.criteria.find((c) => c.id === parts[1])
    return criterion ? { kind: 'criterion', criterion, field: field(2) } : null
  }
  if (parts[0] !== 'tasks') return null
  const task = a.tasks.find((t) => t.id === parts[1])
  if (!task) return null
  if (parts.length <= 3) return { kind: 'task', task, field: field(2) }
  if (parts[2] === 'options') {
    const option = task.options.find((o) => o.id === parts[3])
    return option ? { kind: 'option', task, option, field: field(4) } : null
  }
  if (parts[2] === 'descriptors') {
    const descriptor = task.descriptors.find((d) => d.id === parts[3])
    return descriptor ? { kind: 'descriptor', task, descriptor, field: field(4) } : null
  }
  if (parts[2] === 'pictures') {
    const picture = task.pictures.find((p) => p.id === parts[3])
    return picture ? { kind: 'picture', task, picture, field: field(4) } : null
  }
  if (parts[2] === 'parts') return resolvePart(task, parts.slice(3))
  return null
}

/** `<partId>[/field]` or `<partId>/options/<optionId>[/field]` inside a task. */
function resolvePart(task: Task, rest: string[]): ResolvedField | null {
  const part = task.parts?.find((p) => p.id === rest[0])
  if (!part) return null
  if (rest[1] !== 'options' || rest.length < 3) return { kind: 'part', task, part, field: rest[1] ?? null }
  const option = part.options.find((o) => o.id === rest[2])
  return option ? { kind: 'partOption', task, part, option, field: rest[3] ?? null } : null
}

/** The current value of the field a path names (text for text fields, JSON for others), or null if gone. */
export function valueAt(a: Assessment, path: FieldPath): string | null {
  const r = resolvePath(a, path)
  if (!r) return null
  const pick = (obj: object, f: string | null) => {
    if (f === null) return JSON.stringify(obj)
    const v = (obj as Record<string, unknown>)[f]
    return typeof v === 'string' ? v : JSON.stringify(v ?? null)
  }
  switch (r.kind) {
    case 'document':
      return ''
    case 'header':
      return pick(a, r.field)
    case 'objective':
      return pick(r.objective, r.field)
    case 'criterion':
      return pick(r.criterion, r.field)
    case 'task':
      return pick(r.task, r.field)
    case 'option':
      return pick(r.option, r.field)
    case 'descriptor':
      return pick(r.descriptor, r.field)
    case 'picture':
      return pick(r.picture, r.field)
    case 'part':
      return pick(r.part, r.field)
    case 'partOption':
      return pick(r.option, r.field)
  }
}
