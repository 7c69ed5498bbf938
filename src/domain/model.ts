/** The assessment as a teacher designs it. Every list item has a stable id and an explicit order key. */
import type { Id } from './ids'

export const LANGUAGES = ['kk', 'ru', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export const ASSESSMENT_KINDS = ['unit', 'term'] as const
/** `unit`: БЖБ / СОр, for a section; `term`: ТЖБ / СОч, for a term. */
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number]

export const TASK_TYPES = ['multipleChoice', 'shortAnswer', 'extendedAnswer'] as const
export type TaskType = (typeof TASK_TYPES)[number]

export const THINKING_LEVELS = ['knowledge', 'application', 'higher'] as const
export type ThinkingLevel = (typeof THINKING_LEVELS)[number]

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'changesRequested', 'resubmitted', 'approved'] as const
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]

/** An objective as copied into the assessment: later catalogue edits never change an old document. */
export interface Objective {
  id: Id
  order: number
  code: string
  text: string
  /** Id of the catalogue entry it was picked from, if any. */
  catalogueId?: Id
  /** Title of the section (бөлім / раздел) it belongs to; empty or absent when not known. */
  section?: string
}

export interface Criterion {
  id: Id
  order: number
  /** "Learner …" statement, e.g. «Тарихи оқиғаны анықтайды». */
  text: string
  /** Ids of this assessment's objectives (stable when a code is corrected). */
  objectiveIds: Id[]
  level: ThinkingLevel | null
}

export interface Descriptor {
  id: Id
  order: number
  /** One observable learner action. */
  text: string
  /** Whole number ≥ 0, usually 1. */
  points: number
  /** The criterion of the task this descriptor evidences; null until chosen. */
  criterionId: Id | null
}

export interface ChoiceOption {
  id: Id
  order: number
  text: string
  correct: boolean
}

export interface Picture {
  id: Id
  order: number
  /** Key of the image blob in the pictures table. */
  blobId: Id
  caption: string
  width: number
  height: number
}

export interface Task {
  id: Id
  order: number
  text: string
  type: TaskType | null
  level: ThinkingLevel | null
  criterionIds: Id[]
  minutes: number | null
  /** Answer or marking note for the mark scheme. */
  answer: string
  options: ChoiceOption[]
  pictures: Picture[]
  descriptors: Descriptor[]
}

/** A teacher's own wording for one criterion's parent-rubric cells, with the criterion text it was written for. */
export interface RubricEdit {
  criterionText: string
  cells: Partial<Record<'low' | 'middle' | 'high', string>>
}

/** Per criterion id. */
export type RubricEdits = Record<Id, RubricEdit>

export interface Assessment {
  id: Id
  kind: AssessmentKind
  /** The document's own language; printed labels follow it. */
  language: Language
  title: string
  subject: string
  grade: number | null
  term: number | null
  sections: string[]
  durationMinutes: number | null
  objectives: Objective[]
  criteria: Criterion[]
  tasks: Task[]
  /** The teacher's rewrites of parent-rubric cells (empty: every cell as generated). Optional in old snapshots. */
  rubricEdits?: RubricEdits
  status: AssessmentStatus
  createdAt: number
  updatedAt: number
  /** Set when moved to the trash. */
  deletedAt: number | null
  /** Where a worked example was published; empty for the teacher's own work. */
  source: string
}

export type AssessmentHeader = Pick<
  Assessment,
  'kind' | 'language' | 'title' | 'subject' | 'grade' | 'term' | 'sections' | 'durationMinutes'
>
