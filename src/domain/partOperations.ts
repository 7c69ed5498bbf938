/**
 * Pure, immutable edits of a task's parts (1а, 1ә …) and their options, like ./operations.ts. The first
 * part added turns the task into one with parts; removing the last turns it back into a task exactly as
 * before (no `parts` field). A descriptor keeps marking its part until the part is removed: then it marks
 * the task as a whole, so no points vanish with an undoable click.
 */
import type { Id } from './ids'
import { newId } from './ids'
import { insertItem, patchItem, removeItem } from './listEdits'
import type { Assessment, ChoiceOption, Descriptor, Task, TaskPart, TaskType } from './model'
import { moveTo } from './order'
import { LIMITS } from './shapes/limits'

function patchTask(a: Assessment, taskId: Id, patch: (t: Task) => Task): Assessment {
  return { ...a, tasks: patchItem(a.tasks, taskId, patch) }
}

/** The task with this parts list; an empty list removes the field, so the task reads as one without parts. */
function withParts(task: Task, parts: TaskPart[]): Task {
  const next: Task = { ...task, parts }
  if (parts.length === 0) delete next.parts
  return next
}

/** A descriptor marking the task as a whole (no `partId` field). */
function wholeTask(d: Descriptor): Descriptor {
  const next = { ...d }
  delete next.partId
  return next
}

export function createPart(order: number, type: TaskType | null = 'shortAnswer', text = ''): TaskPart {
  return { id: newId(), order, text, type, answer: '', options: [] }
}

export function addPart(a: Assessment, taskId: Id, part: TaskPart, afterId?: Id): Assessment {
  return patchTask(a, taskId, (t) => {
    const parts = t.parts ?? []
    return parts.length >= LIMITS.partsPerTask ? t : withParts(t, insertItem(parts, part, afterId))
  })
}

export function updatePart(a: Assessment, taskId: Id, partId: Id, patch: Partial<Pick<TaskPart, 'text' | 'type' | 'answer'>>): Assessment {
  return patchTask(a, taskId, (t) => (t.parts ? { ...t, parts: patchItem(t.parts, partId, (p) => ({ ...p, ...patch })) } : t))
}

/** Removes a part; its descriptors stay, now marking the task as a whole. */
export function removePart(a: Assessment, taskId: Id, partId: Id): Assessment {
  return patchTask(a, taskId, (t) => {
    if (!t.parts?.some((p) => p.id === partId)) return t
    const descriptors = t.descriptors.map((d) => (d.partId === partId ? wholeTask(d) : d))
    return withParts({ ...t, descriptors }, removeItem(t.parts, partId))
  })
}

export function movePart(a: Assessment, taskId: Id, partId: Id, toIndex: number): Assessment {
  return patchTask(a, taskId, (t) => (t.parts ? { ...t, parts: moveTo(t.parts, partId, toIndex) } : t))
}

/** Which part a descriptor marks (`null`: the task as a whole). */
export function setDescriptorPart(a: Assessment, taskId: Id, descriptorId: Id, partId: Id | null): Assessment {
  return patchTask(a, taskId, (t) => ({
    ...t,
    descriptors: patchItem(t.descriptors, descriptorId, (d) => (partId === null ? wholeTask(d) : { ...d, partId })),
  }))
}

function patchPart(a: Assessment, taskId: Id, partId: Id, patch: (p: TaskPart) => TaskPart): Assessment {
  return patchTask(a, taskId, (t) => (t.parts ? { ...t, parts: patchItem(t.parts, partId, patch) } : t))
}

export function addPartOption(a: Assessment, taskId: Id, partId: Id, option: ChoiceOption, afterId?: Id): Assessment {
  return patchPart(a, taskId, partId, (p) => (p.options.length >= LIMITS.optionsPerTask ? p : { ...p, options: insertItem(p.options, option, afterId) }))
}

export function updatePartOption(a: Assessment, taskId: Id, partId: Id, id: Id, patch: Partial<Pick<ChoiceOption, 'text' | 'correct'>>): Assessment {
  return patchPart(a, taskId, partId, (p) => ({ ...p, options: patchItem(p.options, id, (o) => ({ ...o, ...patch })) }))
}

export function removePartOption(a: Assessment, taskId: Id, partId: Id, id: Id): Assessment {
  return patchPart(a, taskId, partId, (p) => ({ ...p, options: removeItem(p.options, id) }))
}

export function movePartOption(a: Assessment, taskId: Id, partId: Id, id: Id, toIndex: number): Assessment {
  return patchPart(a, taskId, partId, (p) => ({ ...p, options: moveTo(p.options, id, toIndex) }))
}

/** A copied task's parts with fresh ids, its descriptors following them (used when a task or document is duplicated). */
export function copyParts(task: Task): Task {
  if (!task.parts) return task
  const ids = new Map(task.parts.map((p) => [p.id, newId()]))
  return {
    ...task,
    parts: task.parts.map((p) => ({ ...p, id: ids.get(p.id) as Id, options: p.options.map((o) => ({ ...o, id: newId() })) })),
    descriptors: task.descriptors.map((d) => (d.partId === undefined ? d : { ...d, partId: ids.get(d.partId) ?? d.partId })),
  }
}
