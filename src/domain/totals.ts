/** Derived numbers: never stored, always computed from the descriptors and tasks. */
import type { Id } from './ids'
import type { Assessment, Task, ThinkingLevel } from './model'
import { THINKING_LEVELS } from './model'

export function taskPoints(task: Task): number {
  let sum = 0
  for (const d of task.descriptors) sum += d.points
  return sum
}

export function totalPoints(a: Assessment): number {
  let sum = 0
  for (const t of a.tasks) sum += taskPoints(t)
  return sum
}

/** Task numbers follow the order: 1, 2, 3 … (tasks are kept sorted). */
export function taskNumbers(a: Assessment): Map<Id, number> {
  return new Map(a.tasks.map((t, index) => [t.id, index + 1]))
}

export interface LevelTotals {
  points: number
  tasks: number
}

/** Points and task count per thinking level; tasks without a level are counted under `none`. */
export function totalsByLevel(a: Assessment): Record<ThinkingLevel | 'none', LevelTotals> {
  const result = Object.fromEntries(
    [...THINKING_LEVELS, 'none'].map((level) => [level, { points: 0, tasks: 0 }]),
  ) as Record<ThinkingLevel | 'none', LevelTotals>
  for (const t of a.tasks) {
    const bucket = result[t.level ?? 'none']
    bucket.points += taskPoints(t)
    bucket.tasks += 1
  }
  return result
}

/** Sum of the tasks' own minutes (tasks without a time count as 0). */
export function totalMinutes(a: Assessment): number {
  let sum = 0
  for (const t of a.tasks) sum += t.minutes ?? 0
  return sum
}
