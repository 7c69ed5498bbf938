/**
 * Pure, immutable edits of an assessment. Every function returns a new assessment and leaves unchanged
 * parts shared, so undo history is cheap and the UI re-renders only what changed. Lists stay sorted by
 * their order keys. A list already at its limit (domain/shapes/limits.ts) takes no more items: the
 * assessment comes back unchanged, so what the editor saves is always what a backup can restore.
 */
import type { Id } from './ids'
import { newId } from './ids'
import { insertItem, patchItem, removeItem } from './listEdits'
import { moveTo } from './order'
import { copyParts } from './partOperations'
import { LIMITS } from './shapes/limits'
import { carryCriterionLevel, withDefaultLevel } from './taskLevels'
import type {
  Assessment,
  AssessmentHeader,
  ChoiceOption,
  Criterion,
  Descriptor,
  Objective,
  Picture,
  RubricEdits,
  Task,
} from './model'

export function updateHeader(a: Assessment, patch: Partial<AssessmentHeader>): Assessment {
  return { ...a, ...patch }
}

// --- objectives ---

export function addObjective(a: Assessment, objective: Objective, afterId?: Id): Assessment {
  if (a.objectives.length >= LIMITS.objectives) return a
  return { ...a, objectives: insertItem(a.objectives, objective, afterId) }
}

export function updateObjective(a: Assessment, id: Id, patch: Partial<Omit<Objective, 'id' | 'order'>>): Assessment {
  return { ...a, objectives: patchItem(a.objectives, id, (o) => ({ ...o, ...patch })) }
}

/** Removing an objective also unlinks it from every criterion. */
export function removeObjective(a: Assessment, id: Id): Assessment {
  return {
    ...a,
    objectives: removeItem(a.objectives, id),
    criteria: a.criteria.map((c) =>
      c.objectiveIds.includes(id) ? { ...c, objectiveIds: c.objectiveIds.filter((o) => o !== id) } : c,
    ),
  }
}

export function moveObjective(a: Assessment, id: Id, toIndex: number): Assessment {
  return { ...a, objectives: moveTo(a.objectives, id, toIndex) }
}

// --- criteria ---

export function addCriterion(a: Assessment, criterion: Criterion, afterId?: Id): Assessment {
  if (a.criteria.length >= LIMITS.criteria) return a
  return { ...a, criteria: insertItem(a.criteria, criterion, afterId) }
}

/** A new level also reaches the criterion's tasks that have none of their own (see taskLevels.ts). */
export function updateCriterion(a: Assessment, id: Id, patch: Partial<Omit<Criterion, 'id' | 'order'>>): Assessment {
  const before = a.criteria.find((c) => c.id === id)
  const criteria = patchItem(a.criteria, id, (c) => ({ ...c, ...patch }))
  if (!before || patch.level === undefined) return { ...a, criteria }
  return { ...a, criteria, tasks: carryCriterionLevel(a.tasks, id, before.level, patch.level) }
}

export function toggleCriterionObjective(a: Assessment, criterionId: Id, objectiveId: Id): Assessment {
  return {
    ...a,
    criteria: patchItem(a.criteria, criterionId, (c) => ({
      ...c,
      objectiveIds: c.objectiveIds.includes(objectiveId)
        ? c.objectiveIds.filter((o) => o !== objectiveId)
        : [...c.objectiveIds, objectiveId],
    })),
  }
}

/** Removing a criterion unlinks it from tasks; descriptors that evidenced it fall back to the task's remaining criterion. */
export function removeCriterion(a: Assessment, id: Id): Assessment {
  const tasks = a.tasks.map((t) =>
    t.criterionIds.includes(id) ? withTaskCriteria(t, t.criterionIds.filter((c) => c !== id)) : t,
  )
  return { ...a, criteria: removeItem(a.criteria, id), tasks }
}

/** The teacher's parent-rubric wording (see parentRubric.ts editRubricCell). */
export function setRubricEdits(a: Assessment, rubricEdits: RubricEdits): Assessment {
  return { ...a, rubricEdits }
}

export function moveCriterion(a: Assessment, id: Id, toIndex: number): Assessment {
  return { ...a, criteria: moveTo(a.criteria, id, toIndex) }
}

// --- tasks ---

/** A task created with a criterion and no level takes that criterion's level. */
export function addTask(a: Assessment, task: Task, afterId?: Id): Assessment {
  if (a.tasks.length >= LIMITS.tasks) return a
  return { ...a, tasks: insertItem(a.tasks, withDefaultLevel(task, a.criteria), afterId) }
}

export function updateTask(
  a: Assessment,
  id: Id,
  patch: Partial<Pick<Task, 'text' | 'type' | 'level' | 'minutes' | 'answer' | 'script' | 'teacherNotes'>>,
): Assessment {
  return { ...a, tasks: patchItem(a.tasks, id, (t) => ({ ...t, ...patch })) }
}

export function removeTask(a: Assessment, id: Id): Assessment {
  return { ...a, tasks: removeItem(a.tasks, id) }
}

export function moveTask(a: Assessment, id: Id, toIndex: number): Assessment {
  return { ...a, tasks: moveTo(a.tasks, id, toIndex) }
}

/** A copy of the task with fresh ids, placed right after it. Pictures share their stored image. */
export function duplicateTask(a: Assessment, id: Id): { assessment: Assessment; copyId: Id } {
  const source = a.tasks.find((t) => t.id === id)
  if (!source) return { assessment: a, copyId: id }
  const copy = copyTaskWithNewIds(source, (x) => x)
  return { assessment: addTask(a, copy, id), copyId: copy.id }
}

/**
 * Sets the task's criteria and keeps its descriptors consistent: a descriptor whose criterion is no
 * longer linked moves to the only remaining one, or becomes unassigned when there are several.
 */
function withTaskCriteria(task: Task, criterionIds: Id[]): Task {
  const only = criterionIds.length === 1 ? criterionIds[0] : null
  const descriptors = task.descriptors.map((d) =>
    d.criterionId !== null && criterionIds.includes(d.criterionId) ? d : { ...d, criterionId: only },
  )
  return { ...task, criterionIds, descriptors }
}

/** Linking a criterion to a task without a level gives the task that criterion's level. */
export function toggleTaskCriterion(a: Assessment, taskId: Id, criterionId: Id): Assessment {
  const linked = a.criteria.filter((c) => c.id === criterionId)
  return {
    ...a,
    tasks: patchItem(a.tasks, taskId, (t) =>
      t.criterionIds.includes(criterionId)
        ? withTaskCriteria(t, t.criterionIds.filter((c) => c !== criterionId))
        : withDefaultLevel(withTaskCriteria(t, [...t.criterionIds, criterionId]), linked),
    ),
  }
}

function patchTask(a: Assessment, taskId: Id, patch: (t: Task) => Task): Assessment {
  return { ...a, tasks: patchItem(a.tasks, taskId, patch) }
}

// --- descriptors ---

export function addDescriptor(a: Assessment, taskId: Id, descriptor: Descriptor, afterId?: Id): Assessment {
  return patchTask(a, taskId, (t) => (t.descriptors.length >= LIMITS.descriptorsPerTask ? t : { ...t, descriptors: insertItem(t.descriptors, descriptor, afterId) }))
}

export function updateDescriptor(
  a: Assessment,
  taskId: Id,
  id: Id,
  patch: Partial<Omit<Descriptor, 'id' | 'order' | 'partId'>>,
): Assessment {
  return patchTask(a, taskId, (t) => ({ ...t, descriptors: patchItem(t.descriptors, id, (d) => ({ ...d, ...patch })) }))
}

export function removeDescriptor(a: Assessment, taskId: Id, id: Id): Assessment {
  return patchTask(a, taskId, (t) => ({ ...t, descriptors: removeItem(t.descriptors, id) }))
}

export function moveDescriptor(a: Assessment, taskId: Id, id: Id, toIndex: number): Assessment {
  return patchTask(a, taskId, (t) => ({ ...t, descriptors: moveTo(t.descriptors, id, toIndex) }))
}

// --- multiple-choice options ---

export function addOption(a: Assessment, taskId: Id, option: ChoiceOption, afterId?: Id): Assessment {
  return patchTask(a, taskId, (t) => (t.options.length >= LIMITS.optionsPerTask ? t : { ...t, options: insertItem(t.options, option, afterId) }))
}

export function updateOption(
  a: Assessment,
  taskId: Id,
  id: Id,
  patch: Partial<Omit<ChoiceOption, 'id' | 'order'>>,
): Assessment {
  return patchTask(a, taskId, (t) => ({ ...t, options: patchItem(t.options, id, (o) => ({ ...o, ...patch })) }))
}

export function removeOption(a: Assessment, taskId: Id, id: Id): Assessment {
  return patchTask(a, taskId, (t) => ({ ...t, options: removeItem(t.options, id) }))
}

export function moveOption(a: Assessment, taskId: Id, id: Id, toIndex: number): Assessment {
  return patchTask(a, taskId, (t) => ({ ...t, options: moveTo(t.options, id, toIndex) }))
}

// --- pictures ---

export function addPicture(a: Assessment, taskId: Id, picture: Picture): Assessment {
  return patchTask(a, taskId, (t) => (t.pictures.length >= LIMITS.picturesPerTask ? t : { ...t, pictures: insertItem(t.pictures, picture) }))
}

export function updatePicture(a: Assessment, taskId: Id, id: Id, patch: Partial<Pick<Picture, 'caption'>>): Assessment {
  return patchTask(a, taskId, (t) => ({ ...t, pictures: patchItem(t.pictures, id, (p) => ({ ...p, ...patch })) }))
}

export function removePicture(a: Assessment, taskId: Id, id: Id): Assessment {
  return patchTask(a, taskId, (t) => ({ ...t, pictures: removeItem(t.pictures, id) }))
}

export function movePicture(a: Assessment, taskId: Id, id: Id, toIndex: number): Assessment {
  return patchTask(a, taskId, (t) => ({ ...t, pictures: moveTo(t.pictures, id, toIndex) }))
}

// --- whole documents ---

function copyTaskWithNewIds(task: Task, mapCriterion: (id: Id) => Id): Task {
  const copy: Task = {
    ...task,
    id: newId(),
    criterionIds: task.criterionIds.map(mapCriterion),
    options: task.options.map((o) => ({ ...o, id: newId() })),
    pictures: task.pictures.map((p) => ({ ...p, id: newId() })),
    descriptors: task.descriptors.map((d) => ({
      ...d,
      id: newId(),
      criterionId: d.criterionId === null ? null : mapCriterion(d.criterionId),
    })),
  }
  return copyParts(copy)
}

// kept apart so that the first page can name a copy without loading the editing operations
export { COPY_SUFFIX } from './copySuffix'

/** A new editable draft from any assessment ("use as a template"): fresh ids everywhere, links kept, no variant group. */
export function duplicateAssessment(a: Assessment, now = Date.now(), titleSuffix = ''): Assessment {
  const objectiveIds = new Map(a.objectives.map((o) => [o.id, newId()]))
  const criterionIds = new Map(a.criteria.map((c) => [c.id, newId()]))
  const mapObjective = (id: Id) => objectiveIds.get(id) ?? id
  const mapCriterion = (id: Id) => criterionIds.get(id) ?? id
  return {
    ...a,
    id: newId(),
    title: a.title + titleSuffix,
    objectives: a.objectives.map((o) => ({ ...o, id: mapObjective(o.id) })),
    criteria: a.criteria.map((c) => ({ ...c, id: mapCriterion(c.id), objectiveIds: c.objectiveIds.map(mapObjective) })),
    tasks: a.tasks.map((t) => copyTaskWithNewIds(t, mapCriterion)),
    rubricEdits: Object.fromEntries(Object.entries(a.rubricEdits).map(([id, edit]) => [mapCriterion(id), edit])),
    // a copy used as a template starts a document of its own, outside the source's variant group
    variant: null,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    source: '',
  }
}
