/**
 * How a criterion's thinking level and its tasks' levels relate. The specification counts the task's
 * own level; the criterion's level is where it starts: a task without a level takes its criterion's
 * when it is linked to it, and follows the criterion's later changes as long as the teacher has not
 * given it a different level of its own.
 */
import type { Id } from './ids'
import type { Criterion, Task, ThinkingLevel } from './model'

/** The task with its first linked criterion's level when it has none of its own yet. */
export function withDefaultLevel(task: Task, criteria: readonly Criterion[]): Task {
  if (task.level !== null) return task
  const level = criteria.find((c) => task.criterionIds.includes(c.id) && c.level !== null)?.level ?? null
  return level === null ? task : { ...task, level }
}

/**
 * After a criterion's level moved from `before` to `after`: its tasks with no level, or with the level
 * they took from it, get the new one. Clearing the criterion's level leaves the tasks' levels alone.
 */
export function carryCriterionLevel(tasks: Task[], criterionId: Id, before: ThinkingLevel | null, after: ThinkingLevel | null): Task[] {
  if (after === null || after === before) return tasks
  const follows = (t: Task) => t.criterionIds.includes(criterionId) && (t.level === null || t.level === before)
  return tasks.some(follows) ? tasks.map((t) => (follows(t) ? { ...t, level: after } : t)) : tasks
}

/** The task's linked criteria whose level is set and differs from the task's (what the task card points out). */
export function criteriaWithOtherLevel(task: Task, criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter((c) => task.criterionIds.includes(c.id) && c.level !== null && c.level !== task.level)
}
