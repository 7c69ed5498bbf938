/** The assessment as a teacher designs it. Every list item has a stable id and an explicit order key. */
import type { Id } from './ids'
import type {
  AssessmentShape,
  ChoiceOptionShape,
  CriterionShape,
  DescriptorShape,
  ObjectiveShape,
  PictureShape,
  RubricEditShape,
  SpecEditsShape,
  TaskPartShape,
  TaskShape,
  VariantShape,
} from './shapes/assessment'
import { ASSESSMENT_KINDS, ASSESSMENT_STATUSES, LANGUAGES, SPEC_LAYOUTS, SPEC_TEXTS, TASK_TYPES, THINKING_LEVELS } from './shapes/choices'

export { ASSESSMENT_KINDS, ASSESSMENT_STATUSES, LANGUAGES, SPEC_LAYOUTS, SPEC_TEXTS, TASK_TYPES, THINKING_LEVELS }
export type SpecText = (typeof SPEC_TEXTS)[number]
export type SpecLayout = (typeof SPEC_LAYOUTS)[number]
export type Language = (typeof LANGUAGES)[number]

/** `unit`: БЖБ / СОр, for a section; `term`: ТЖБ / СОч, for a term. */
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number]

export type TaskType = (typeof TASK_TYPES)[number]

export type ThinkingLevel = (typeof THINKING_LEVELS)[number]

export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]

// The stored shapes are declared once, as valibot schemas in ./shapes/assessment.ts (with their limits);
// these are their inferred types. `import type` keeps valibot off the first page.

/** An objective as copied into the assessment: later catalogue edits never change an old document. */
export type Objective = ObjectiveShape
export type Criterion = CriterionShape
export type Descriptor = DescriptorShape
export type ChoiceOption = ChoiceOptionShape
export type Picture = PictureShape
export type Task = TaskShape
/** One part of a task (1а, 1ә …): its own question, type, options and answer. */
export type TaskPart = TaskPartShape
/** A teacher's own wording for one criterion's parent-rubric cells, with the criterion text it was written for. */
export type RubricEdit = RubricEditShape
/** Per criterion id. */
export type RubricEdits = Record<Id, RubricEdit>
/** The teacher's wording of the specification's paragraphs and its table layout. */
export type SpecEdits = SpecEditsShape
export type Assessment = AssessmentShape
/** Which variant (нұсқа / вариант) of a group an assessment is. */
export type Variant = VariantShape

export type AssessmentHeader = Pick<
  Assessment,
  'kind' | 'language' | 'title' | 'subject' | 'grade' | 'term' | 'sections' | 'durationMinutes'
>
