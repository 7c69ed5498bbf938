/**
 * The assessment as it is stored, backed up and sent for review, declared once: the types of
 * domain/model.ts are inferred from these schemas, and the database rows, the backup file, the review
 * files and the editor's fields share their limits (./limits.ts). Older shapes reach this one through
 * ./up.ts before any reader sees them.
 */
import * as v from 'valibot'
import { ASSESSMENT_KINDS, ASSESSMENT_STATUSES, LANGUAGES, SPEC_LAYOUTS, TASK_TYPES, THINKING_LEVELS } from './choices'
import { ID_PATTERN, LIMITS } from './limits'

export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'Not an id made by Bagalau.'))
export const TextSchema = v.pipe(v.string(), v.maxLength(LIMITS.text, `Longer than ${LIMITS.text} characters.`))
export const ShortSchema = v.pipe(v.string(), v.maxLength(LIMITS.short, `Longer than ${LIMITS.short} characters.`))
/** A moment in milliseconds since 1970. */
export const TimeSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER))
export const WholeSchema = TimeSchema
const Order = v.pipe(v.number(), v.finite())
const Level = v.nullable(v.picklist(THINKING_LEVELS))
const Minutes = v.nullable(v.pipe(WholeSchema, v.maxValue(LIMITS.minutes)))

/** A list of at most `max` items, with a message naming the limit. */
export const listOf = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max, `More than ${max} items.`))

export const ObjectiveSchema = v.strictObject({
  id: IdSchema,
  order: Order,
  code: ShortSchema,
  text: TextSchema,
  /** Id of the catalogue entry it was picked from, if any (shipped entries have ids like `sh:…`). */
  catalogueId: v.optional(ShortSchema),
  /** Title of the section (бөлім / раздел) it belongs to; empty or absent when not known. */
  section: v.optional(ShortSchema),
})

export const CriterionSchema = v.strictObject({
  id: IdSchema,
  order: Order,
  /** "Learner …" statement, e.g. «Тарихи оқиғаны анықтайды». */
  text: TextSchema,
  /** Ids of this assessment's objectives (stable when a code is corrected). */
  objectiveIds: listOf(IdSchema, LIMITS.links),
  level: Level,
})

export const DescriptorSchema = v.strictObject({
  id: IdSchema,
  order: Order,
  /** One observable learner action. */
  text: TextSchema,
  /** Whole number ≥ 0, usually 1. */
  points: v.pipe(WholeSchema, v.maxValue(LIMITS.points)),
  /** The criterion of the task this descriptor evidences; null until chosen. */
  criterionId: v.nullable(IdSchema),
  /** The part of its task (1а, 1ә …) this descriptor marks; absent for the task as a whole (database v7). */
  partId: v.optional(IdSchema),
})

export const ChoiceOptionSchema = v.strictObject({ id: IdSchema, order: Order, text: TextSchema, correct: v.boolean() })

export const PictureSchema = v.strictObject({
  id: IdSchema,
  order: Order,
  /** Key of the image blob in the pictures table. */
  blobId: IdSchema,
  caption: TextSchema,
  width: v.pipe(v.number(), v.finite(), v.minValue(0)),
  height: v.pipe(v.number(), v.finite(), v.minValue(0)),
})

/**
 * One part of a task (1 а), ә), б) …), with its own question, type, options and answer; its descriptors
 * are the task's descriptors whose `partId` names it. Numbered by position in the document's alphabet
 * (domain/parts.ts).
 */
export const TaskPartSchema = v.strictObject({
  id: IdSchema,
  order: Order,
  text: TextSchema,
  type: v.nullable(v.picklist(TASK_TYPES)),
  /** Answer or marking note for the mark scheme. */
  answer: TextSchema,
  options: listOf(ChoiceOptionSchema, LIMITS.optionsPerTask),
})

export const TaskSchema = v.strictObject({
  id: IdSchema,
  order: Order,
  text: TextSchema,
  type: v.nullable(v.picklist(TASK_TYPES)),
  level: Level,
  criterionIds: listOf(IdSchema, LIMITS.links),
  minutes: Minutes,
  /** Answer or marking note for the mark scheme (a model answer, too): never on the pupil's sheet. */
  answer: TextSchema,
  /** Teacher-only: what the teacher reads aloud (a listening text, dictation words); never on the pupil's sheet. */
  script: TextSchema,
  /** Teacher-only: how to run the task; never on the pupil's sheet. */
  teacherNotes: TextSchema,
  options: listOf(ChoiceOptionSchema, LIMITS.optionsPerTask),
  pictures: listOf(PictureSchema, LIMITS.picturesPerTask),
  descriptors: listOf(DescriptorSchema, LIMITS.descriptorsPerTask),
  /** Parts of the task (database v7); absent (never empty) for a task without parts. */
  parts: v.optional(listOf(TaskPartSchema, LIMITS.partsPerTask)),
})

/** A teacher's own wording for one criterion's parent-rubric cells, with the criterion text it was written for. */
export const RubricEditSchema = v.strictObject({
  criterionText: TextSchema,
  cells: v.strictObject({ low: v.optional(TextSchema), middle: v.optional(TextSchema), high: v.optional(TextSchema) }),
})

/** Per criterion id. */
export const RubricEditsSchema = v.pipe(
  v.record(IdSchema, RubricEditSchema),
  v.check((r) => Object.keys(r).length <= LIMITS.criteria, `More than ${LIMITS.criteria} items.`),
)

/**
 * One variant (нұсқа / вариант) of a group: assessments made from one another with the same criteria and
 * descriptor structure. Each keeps its own id, review and history; the group id links them.
 */
export const VariantSchema = v.strictObject({
  group: IdSchema,
  /** 1, 2, … as printed: «1-нұсқа», «Вариант 1», "Variant 1". */
  number: v.pipe(WholeSchema, v.minValue(1), v.maxValue(LIMITS.variants)),
})

/**
 * The teacher's own wording of the specification's paragraphs (absent: as generated in the document's
 * language) and the characteristic table's layout (absent: by grade). Database v8.
 */
export const SpecEditsSchema = v.strictObject({
  layout: v.optional(v.picklist(SPEC_LAYOUTS)),
  purpose: v.optional(TextSchema),
  content: v.optional(TextSchema),
  results: v.optional(TextSchema),
  administration: v.optional(TextSchema),
  moderation: v.optional(TextSchema),
  structure: v.optional(TextSchema),
})

export const AssessmentSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    kind: v.picklist(ASSESSMENT_KINDS),
    /** The document's own language; printed labels follow it. */
    language: v.picklist(LANGUAGES),
    title: ShortSchema,
    subject: ShortSchema,
    grade: v.nullable(v.pipe(WholeSchema, v.maxValue(12))),
    term: v.nullable(v.pipe(WholeSchema, v.maxValue(4))),
    sections: listOf(ShortSchema, LIMITS.sections),
    durationMinutes: Minutes,
    objectives: listOf(ObjectiveSchema, LIMITS.objectives),
    criteria: listOf(CriterionSchema, LIMITS.criteria),
    tasks: listOf(TaskSchema, LIMITS.tasks),
    /** The teacher's rewrites of parent-rubric cells (empty: every cell as generated). */
    rubricEdits: RubricEditsSchema,
    /** The variant group it belongs to; null for an assessment with one variant. */
    variant: v.nullable(VariantSchema),
    /** The teacher's rewrites of the specification's paragraphs and its layout (empty: as generated). */
    specEdits: SpecEditsSchema,
    status: v.picklist(ASSESSMENT_STATUSES),
    createdAt: TimeSchema,
    updatedAt: TimeSchema,
    /** Set when moved to the trash. */
    deletedAt: v.nullable(TimeSchema),
    /** Where a worked example was published; empty for the teacher's own work. */
    source: TextSchema,
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const twice = duplicateId(dataset.value)
    if (twice) addIssue({ message: `${DUPLICATE_ID} (${twice}).` })
  }),
)

/** How a refusal for two items with one id starts (exchange/reviewIssues.ts tells it apart by this). */
export const DUPLICATE_ID = 'An id is used twice'

type Listed = readonly { id: string }[]
type ListsWithIds = {
  objectives: Listed
  criteria: Listed
  tasks: readonly { id: string; options: Listed; pictures: Listed; descriptors: Listed; parts?: readonly { id: string; options: Listed }[] }[]
}

const twiceIn = (list: Listed): string | null => {
  const seen = new Set<string>()
  for (const { id } of list) {
    if (seen.has(id)) return id
    seen.add(id)
  }
  return null
}

/**
 * Where one list of an assessment holds two items with one id, if anywhere (`tasks: abc`). Edits find
 * items by id, so the second item would be overwritten by edits of the first.
 */
export function duplicateId(a: ListsWithIds): string | null {
  const lists: [string, Listed][] = [
    ['objectives', a.objectives],
    ['criteria', a.criteria],
    ['tasks', a.tasks],
    ...a.tasks.flatMap((t): [string, Listed][] => [
      [`tasks/${t.id}/options`, t.options],
      [`tasks/${t.id}/pictures`, t.pictures],
      [`tasks/${t.id}/descriptors`, t.descriptors],
      [`tasks/${t.id}/parts`, t.parts ?? []],
      ...(t.parts ?? []).map((p): [string, Listed] => [`tasks/${t.id}/parts/${p.id}/options`, p.options]),
    ]),
  ]
  for (const [where, list] of lists) {
    const id = twiceIn(list)
    if (id !== null) return `${where}: ${id}`
  }
  return null
}

export type ObjectiveShape = v.InferOutput<typeof ObjectiveSchema>
export type CriterionShape = v.InferOutput<typeof CriterionSchema>
export type DescriptorShape = v.InferOutput<typeof DescriptorSchema>
export type ChoiceOptionShape = v.InferOutput<typeof ChoiceOptionSchema>
export type PictureShape = v.InferOutput<typeof PictureSchema>
export type TaskPartShape = v.InferOutput<typeof TaskPartSchema>
export type TaskShape = v.InferOutput<typeof TaskSchema>
export type RubricEditShape = v.InferOutput<typeof RubricEditSchema>
export type SpecEditsShape = v.InferOutput<typeof SpecEditsSchema>
export type AssessmentShape = v.InferOutput<typeof AssessmentSchema>
export type VariantShape = v.InferOutput<typeof VariantSchema>
