/**
 * valibot schemas shared by the two review files: the assessment snapshot, threads and comments, as
 * they travel between machines. Strict objects (unknown keys are refused), ids and paths restricted to
 * the characters the app makes, every string and list bounded.
 */
import * as v from 'valibot'
import { ASSESSMENT_KINDS, ASSESSMENT_STATUSES, LANGUAGES, TASK_TYPES, THINKING_LEVELS } from '@/domain/model'
import { ROLES, THREAD_STATUSES } from '@/domain/review/model'

export const LIMITS = {
  /** The largest file accepted, in characters (about 8 MB of Kazakh text). */
  fileChars: 8_000_000,
  text: 20_000,
  short: 300,
  tasks: 500,
  items: 200,
  threads: 5_000,
  comments: 500,
} as const

const ID = /^[A-Za-z0-9_-]{1,64}$/
const IDP = '[A-Za-z0-9_-]{1,64}'
const PATH = new RegExp(`^(document|header/[a-zA-Z]{1,32}|(objectives|criteria|tasks)/${IDP}(/[a-zA-Z]{1,32})?|tasks/${IDP}/(options|descriptors|pictures)/${IDP}(/[a-zA-Z]{1,32})?)$`)

export const Id = v.pipe(v.string(), v.regex(ID, 'Not an id made by Bagalau.'))
export const Path = v.pipe(v.string(), v.maxLength(300), v.regex(PATH, 'Not a field path made by Bagalau.'))
export const Text = v.pipe(v.string(), v.maxLength(LIMITS.text))
export const Short = v.pipe(v.string(), v.maxLength(LIMITS.short))
export const Whole = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER))
export const Time = Whole
const Order = v.pipe(v.number(), v.finite())
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max))

const Objective = v.strictObject({ id: Id, order: Order, code: Short, text: Text, catalogueId: v.optional(Short), section: v.optional(Short) })
const Criterion = v.strictObject({
  id: Id, order: Order, text: Text, objectiveIds: list(Id, LIMITS.items), level: v.nullable(v.picklist(THINKING_LEVELS)),
})
const Descriptor = v.strictObject({ id: Id, order: Order, text: Text, points: v.pipe(Whole, v.maxValue(1000)), criterionId: v.nullable(Id) })
const Option = v.strictObject({ id: Id, order: Order, text: Text, correct: v.boolean() })
const Picture = v.strictObject({ id: Id, order: Order, blobId: Id, caption: Text, width: Whole, height: Whole })
const Task = v.strictObject({
  id: Id,
  order: Order,
  text: Text,
  type: v.nullable(v.picklist(TASK_TYPES)),
  level: v.nullable(v.picklist(THINKING_LEVELS)),
  criterionIds: list(Id, LIMITS.items),
  minutes: v.nullable(v.pipe(Whole, v.maxValue(10_000))),
  answer: Text,
  options: list(Option, LIMITS.items),
  pictures: list(Picture, LIMITS.items),
  descriptors: list(Descriptor, LIMITS.items),
})

export const AssessmentSchema = v.strictObject({
  id: Id,
  kind: v.picklist(ASSESSMENT_KINDS),
  language: v.picklist(LANGUAGES),
  title: Text,
  subject: Short,
  grade: v.nullable(v.pipe(Whole, v.maxValue(12))),
  term: v.nullable(v.pipe(Whole, v.maxValue(4))),
  sections: list(Short, LIMITS.items),
  durationMinutes: v.nullable(v.pipe(Whole, v.maxValue(10_000))),
  objectives: list(Objective, LIMITS.items),
  criteria: list(Criterion, LIMITS.items),
  tasks: list(Task, LIMITS.tasks),
  rubricEdits: v.optional(
    v.pipe(
      v.record(Id, v.strictObject({ criterionText: Text, cells: v.strictObject({ low: v.optional(Text), middle: v.optional(Text), high: v.optional(Text) }) })),
      v.check((r) => Object.keys(r).length <= LIMITS.items, 'too many rubric edits'),
    ),
  ),
  status: v.picklist(ASSESSMENT_STATUSES),
  createdAt: Time,
  updatedAt: Time,
  deletedAt: v.nullable(Time),
  source: Text,
})

export const PersonSchema = v.strictObject({ name: Short, school: Short })

/** A comment as it travels: drafts never leave the machine, so there is no draft flag. */
export const CommentSchema = v.strictObject({
  id: Id, author: Short, role: v.picklist(ROLES), text: Text, createdAt: Time, versionNumber: Whole,
})

/** A thread as it travels: the assessment it belongs to is the file's, never the thread's own say. */
export const ThreadSchema = v.strictObject({
  id: Id,
  path: Path,
  quote: Text,
  versionNumber: Whole,
  status: v.picklist(THREAD_STATUSES),
  statusAt: Time,
  suggestion: v.nullable(Text),
  comments: v.pipe(list(CommentSchema, LIMITS.comments), v.minLength(1)),
  createdAt: Time,
})

export const VersionRef = v.strictObject({ number: v.pipe(Whole, v.minValue(1)), hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)) })
