/**
 * The specification («Характеристика заданий», the official table of a term assessment, also useful for a
 * unit one): per section, one row per task with the objectives it checks (through its criteria), thinking
 * level, task number, type, minutes and points; the section's task count and points; a total row.
 * Rows follow the objectives' order as published tables do, then the task number.
 */
import type { Id } from './ids'
import type { Assessment, Objective, Task, TaskType, ThinkingLevel } from './model'
import { taskTypes } from './parts'
import { taskPoints } from './totals'

export interface SpecificationRow {
  task: Task
  taskNumber: number
  objectives: Objective[]
  level: ThinkingLevel | null
  type: TaskType | null
  /** Every type the task uses: its own, or its parts' (1а multiple choice, 1ә short answer …). */
  types: TaskType[]
  minutes: number | null
  points: number
}

export interface SpecificationSection {
  /** The section's title; null for tasks whose objectives have no known section (or no objectives). */
  title: string | null
  rows: SpecificationRow[]
  taskCount: number
  points: number
  /** Σ of the rows' minutes; null when no row has minutes. */
  minutes: number | null
}

export interface Specification {
  sections: SpecificationSection[]
  taskCount: number
  /** Σ of the tasks' minutes; null when no task has minutes (print the assessment's duration or «—»). */
  minutes: number | null
  points: number
}

/** Tells the section title of an objective, or null when unknown. */
export type SectionOf = (objective: Objective) => string | null

export interface SpecificationOptions {
  /**
   * Where each objective's section comes from. @default {@link defaultSectionOf}: the only section when
   * there is one; otherwise the code's section number (7.**2**.1.1 → the 2nd section) when the
   * assessment lists one section per distinct number; otherwise unknown.
   */
  sectionOf?: SectionOf
}

/** The second part of a numeric code (grade.section.subsection.objective); null for codes like 5.L3. */
export function codeSectionKey(code: string): string | null {
  const m = /^\s*\d+\.(\d+)\.\d+/.exec(code)
  return m ? m[1] : null
}

export function defaultSectionOf(a: Assessment): SectionOf {
  const titles = a.sections.map((s) => s.trim()).filter(Boolean)
  if (titles.length === 1) return () => titles[0]
  const keys = [...new Set(a.objectives.map((o) => codeSectionKey(o.code)).filter((k): k is string => k !== null))].sort(
    (x, y) => Number(x) - Number(y),
  )
  if (titles.length === 0 || keys.length !== titles.length) return () => null
  const byKey = new Map(keys.map((k, i) => [k, titles[i]]))
  return (o) => byKey.get(codeSectionKey(o.code) ?? '') ?? null
}

/** The objectives a task checks: those of its criteria, in the assessment's objective order. */
export function taskObjectives(a: Assessment, task: Task): Objective[] {
  const ids = new Set<Id>()
  for (const c of a.criteria) if (task.criterionIds.includes(c.id)) for (const id of c.objectiveIds) ids.add(id)
  return a.objectives.filter((o) => ids.has(o.id))
}

/** Σ of the known minutes; null when none is known (never a printed «0» for «not given»). */
function sumMinutes(list: (number | null)[]): number | null {
  const known = list.filter((m): m is number => m !== null)
  return known.length ? known.reduce((s, m) => s + m, 0) : null
}

/** The total time a specification prints: the tasks' minutes, else the assessment's duration, else null («—»). */
export const specificationMinutes = (a: Assessment, spec: Specification): number | null => spec.minutes ?? a.durationMinutes

export function specification(a: Assessment, options: SpecificationOptions = {}): Specification {
  // an objective's own section (picked from the catalogue or chosen by the teacher) wins over guessing
  const guess = defaultSectionOf(a)
  const sectionOf = options.sectionOf ?? ((o: Objective) => o.section?.trim() || guess(o))
  const objectiveRank = new Map(a.objectives.map((o, i) => [o.id, i]))
  const groups = new Map<string | null, SpecificationRow[]>()
  // an assessment of one section: every task belongs to it, also one with no objective yet
  const titles = a.sections.map((s) => s.trim()).filter(Boolean)
  const onlySection = options.sectionOf === undefined && titles.length === 1 ? titles[0] : null
  a.tasks.forEach((task, index) => {
    const objectives = taskObjectives(a, task)
    const title = (objectives.length ? sectionOf(objectives[0]) : null) ?? onlySection
    const row: SpecificationRow = {
      task,
      taskNumber: index + 1,
      objectives,
      level: task.level,
      type: taskTypes(task)[0] ?? null,
      types: taskTypes(task),
      minutes: task.minutes,
      points: taskPoints(task),
    }
    const list = groups.get(title)
    if (list) list.push(row)
    else groups.set(title, [row])
  })
  const firstRank = (r: SpecificationRow) => (r.objectives.length ? (objectiveRank.get(r.objectives[0].id) ?? Infinity) : Infinity)
  const sections: SpecificationSection[] = [...groups.entries()].map(([title, rows]) => {
    rows.sort((x, y) => firstRank(x) - firstRank(y) || x.taskNumber - y.taskNumber)
    return {
      title,
      rows,
      taskCount: rows.length,
      points: rows.reduce((s, r) => s + r.points, 0),
      minutes: sumMinutes(rows.map((r) => r.minutes)),
    }
  })
  // sections in the order the assessment lists them; unknown ones last
  const sectionRank = (title: string | null) => {
    if (title === null) return Infinity
    const i = a.sections.findIndex((s) => s.trim() === title || title.split(' / ').includes(s.trim()))
    return i < 0 ? a.sections.length : i
  }
  sections.sort((x, y) => sectionRank(x.title) - sectionRank(y.title))
  return {
    sections,
    taskCount: a.tasks.length,
    minutes: sumMinutes(sections.map((x) => x.minutes)),
    points: sections.reduce((s, x) => s + x.points, 0),
  }
}
