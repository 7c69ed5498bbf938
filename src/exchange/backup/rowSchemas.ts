/**
 * Valibot schemas of the rows a backup may carry for the tables this module knows in detail
 * (assessments and pictures). Limits keep a hostile file from filling the database with giant strings.
 */
import * as v from 'valibot'
import { ASSESSMENT_KINDS, ASSESSMENT_STATUSES, LANGUAGES, TASK_TYPES, THINKING_LEVELS } from '@/domain/model'

/** Longest text a field may hold (about 30 printed pages); anything longer is a broken or hostile file. */
export const MAX_TEXT = 100_000
const MAX_ID = 100
/** A picture's image data, base64 (about 15 MB of image). */
const MAX_PICTURE_BASE64 = 20_000_000

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID))
const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT))
const Order = v.pipe(v.number(), v.finite())
const Time = v.pipe(v.number(), v.integer(), v.minValue(0))
const SmallInt = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)))
const Level = v.nullable(v.picklist(THINKING_LEVELS))
/** Type marks of dexie-export-import (checked path by path in backupFile.ts). */
const TypeMarks = v.record(v.pipe(v.string(), v.maxLength(300)), v.picklist(['arrayNonindexKeys', 'blob2']))

const ObjectiveRow = v.strictObject({ id: Id, order: Order, code: Text, text: Text, catalogueId: v.optional(Id), section: v.optional(Text) })
const CriterionRow = v.strictObject({ id: Id, order: Order, text: Text, objectiveIds: v.array(Id), level: Level })
const DescriptorRow = v.strictObject({
  id: Id,
  order: Order,
  text: Text,
  points: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  criterionId: v.nullable(Id),
})
const OptionRow = v.strictObject({ id: Id, order: Order, text: Text, correct: v.boolean() })
const PictureRef = v.strictObject({
  id: Id,
  order: Order,
  blobId: Id,
  caption: Text,
  width: v.pipe(v.number(), v.minValue(0)),
  height: v.pipe(v.number(), v.minValue(0)),
})
const TaskRow = v.strictObject({
  id: Id,
  order: Order,
  text: Text,
  type: v.nullable(v.picklist(TASK_TYPES)),
  level: Level,
  criterionIds: v.array(Id),
  minutes: SmallInt,
  answer: Text,
  options: v.array(OptionRow),
  pictures: v.array(PictureRef),
  descriptors: v.array(DescriptorRow),
})

/** Loose at the top only: a field a later schema version adds must not make today's backups unreadable. */
export const AssessmentRow = v.looseObject({
  id: Id,
  kind: v.picklist(ASSESSMENT_KINDS),
  language: v.picklist(LANGUAGES),
  title: Text,
  subject: Text,
  grade: SmallInt,
  term: SmallInt,
  sections: v.array(Text),
  durationMinutes: SmallInt,
  objectives: v.array(ObjectiveRow),
  criteria: v.array(CriterionRow),
  tasks: v.array(TaskRow),
  // since database v4; absent in rows of older backups
  rubricEdits: v.optional(v.record(Id, v.strictObject({ criterionText: Text, cells: v.strictObject({ low: v.optional(Text), middle: v.optional(Text), high: v.optional(Text) }) }))),
  status: v.picklist(ASSESSMENT_STATUSES),
  createdAt: Time,
  updatedAt: Time,
  deletedAt: v.nullable(Time),
  source: Text,
  $types: v.optional(TypeMarks),
})

/** A picture row as dexie-export-import writes it: the blob as `{ type, data: base64 }`, typed by `$types`. */
export const ExportedPictureRow = v.strictObject({
  id: Id,
  assessmentId: Id,
  mimeType: v.pipe(v.string(), v.regex(/^image\/[a-z0-9.+-]{1,40}$/)),
  blob: v.strictObject({
    type: v.pipe(v.string(), v.maxLength(60)),
    data: v.pipe(v.string(), v.maxLength(MAX_PICTURE_BASE64), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
  }),
  $types: TypeMarks,
})

