/**
 * The fixed wording of a term specification (the document teachers file with a ТЖБ / СОч), one module per
 * language: kk.ts, ru.ts, en.ts. The sentences follow the published specifications' structure (purpose;
 * the document defining the content; expected results; levels of thinking skills; distribution of
 * objectives by level; rules of administration; moderation and marking; then per term: overview,
 * structure, characteristics of tasks, mark scheme). Facts (subject, grade, term, minutes, points, task
 * types) are put in by the functions; the teacher may reword any paragraph (Assessment.specEdits).
 */
import type { TaskType, ThinkingLevel } from '../model'

/** What the wording needs to know of the assessment. */
export interface SpecFacts {
  subject: string
  grade: number | null
  term: number | null
  minutes: number | null
  points: number
  taskCount: number
  /** Task types used, in the order of TASK_TYPES (every type when no task has one yet). */
  types: TaskType[]
}

export interface SpecWording {
  title: (f: SpecFacts) => string
  headings: {
    purpose: string
    content: string
    results: (f: SpecFacts) => string
    levels: (f: SpecFacts) => string
    distribution: string
    administration: string
    moderation: string
    term: (f: SpecFacts) => string
    overview: (f: SpecFacts) => string
    structure: string
    characteristics: (f: SpecFacts) => string
    markScheme: string
  }
  purpose: (f: SpecFacts) => string
  content: (f: SpecFacts) => string
  /** The line before the list of objectives in the expected results. */
  resultsIntro: string
  administration: string
  moderation: string
  structure: (f: SpecFacts) => string
  overview: { duration: (minutes: number | null) => string; points: (points: number) => string; types: string }
  /** A task type as listed in the overview: «МВО – задания с множественным выбором ответов». */
  typesPlural: Record<TaskType, string>
  levelsTable: { level: string; description: string; recommended: string; rows: Record<ThinkingLevel, { description: string; recommended: string }> }
  distributionTable: { term: string; total: string; termName: (term: number | null) => string }
  /** Headings of the primary-school characteristic table. */
  primary: { number: string; section: string; subsection: string; objective: string; description: string; taskCount: string; points: string }
}

/** Stage of schooling of a grade, for «… уровня основного среднего образования». */
export type Stage = 'primary' | 'lowerSecondary' | 'upperSecondary'

export const stageOf = (grade: number | null): Stage | null =>
  grade === null ? null : grade <= 4 ? 'primary' : grade <= 9 ? 'lowerSecondary' : 'upperSecondary'

/** «a, b and c» with the language's word for «and». */
export function listJoin(items: string[], and: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`
}
