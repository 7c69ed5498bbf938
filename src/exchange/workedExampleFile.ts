/** The shape of one worked example file (src/data/examples/*.json, see its README), validated on the way in. */
import * as v from 'valibot'
import { ASSESSMENT_KINDS, LANGUAGES } from '@/domain/model'

const Whole = v.pipe(v.number(), v.integer(), v.minValue(0))

const ExampleTask = v.object({
  number: v.nullable(Whole),
  text: v.nullable(v.string()),
  type: v.nullable(v.string()),
  level: v.nullable(v.string()),
  criterionIndex: v.nullable(Whole),
  descriptors: v.array(v.object({ text: v.string(), points: v.nullable(Whole) })),
  points: v.nullable(Whole),
  answer: v.optional(v.nullable(v.string())),
  /** written for the example (workedExampleCompletion.ts): minutes and the options of a multiple-choice task */
  minutes: v.optional(v.nullable(Whole)),
  options: v.optional(v.array(v.object({ text: v.string(), correct: v.boolean() }))),
})

/** The shape of one example file; fields not listed (specification, parentRubric, …) are kept out. */
export const WorkedExampleFile = v.pipe(
  v.object({
    source: v.pipe(v.string(), v.url()),
    title: v.optional(v.nullable(v.string())),
    kind: v.picklist(ASSESSMENT_KINDS),
    language: v.picklist(LANGUAGES),
    subject: v.string(),
    grade: v.nullable(v.pipe(Whole, v.maxValue(12))),
    term: v.nullable(v.pipe(Whole, v.minValue(1), v.maxValue(4))),
    sections: v.array(v.string()),
    durationMinutes: v.nullable(Whole),
    objectives: v.array(v.object({ code: v.string(), text: v.string() })),
    criteria: v.array(v.object({ text: v.string(), objectiveCodes: v.array(v.string()) })),
    levels: v.array(v.string()),
    tasks: v.array(ExampleTask),
    totalPoints: v.nullable(Whole),
    notes: v.string(),
  }),
  v.check(
    (f) => f.tasks.every((t) => t.criterionIndex === null || t.criterionIndex < f.criteria.length),
    'A task refers to a criterion that the file does not have.',
  ),
)
export type WorkedExampleFile = v.InferOutput<typeof WorkedExampleFile>
