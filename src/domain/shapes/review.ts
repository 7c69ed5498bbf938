/**
 * Mentor review as it is stored and sent, declared once (the types of domain/review/model.ts are
 * inferred from these): frozen versions, threads with their comments, and review rounds. The review
 * files carry the same shapes without what never leaves the machine (exchange/reviewSchemas.ts).
 */
import * as v from 'valibot'
import { ROLES, THREAD_STATUSES, VERDICTS } from './choices'
import { AssessmentSchema, IdSchema, listOf, ShortSchema, TextSchema, TimeSchema, WholeSchema } from './assessment'
import { LIMITS } from './limits'

const IDP = '[A-Za-z0-9_-]{1,64}'
const PATH = new RegExp(`^(document|header/[a-zA-Z]{1,32}|(objectives|criteria|tasks)/${IDP}(/[a-zA-Z]{1,32})?|tasks/${IDP}/(options|descriptors|pictures|parts)/${IDP}(/[a-zA-Z]{1,32})?|tasks/${IDP}/parts/${IDP}/options/${IDP}(/[a-zA-Z]{1,32})?|table/(specification|markScheme|parentRubric)/${IDP}(/${IDP})?)$`)

/** A field path as domain/anchors.ts builds it, or a derived table's row as domain/review/rows.ts does (files before rows still match). */
export const PathSchema = v.pipe(v.string(), v.maxLength(300), v.regex(PATH, 'Not a field path made by Bagalau.'))
export const HashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'Not a content hash made by Bagalau.'))
export const VersionNumberSchema = v.pipe(WholeSchema, v.minValue(1))

/** Words selected inside a field: offsets into the quoted value and the words themselves. */
export const SpanSchema = v.pipe(
  v.strictObject({ start: WholeSchema, end: WholeSchema, text: v.pipe(TextSchema, v.minLength(1)) }),
  v.check((s) => s.end - s.start === s.text.length, 'A span whose words do not fit its offsets.'),
)

/** Who signs comments and files; stored on each machine, never taken from a file. */
export const PersonSchema = v.strictObject({ name: ShortSchema, school: ShortSchema })

export const ReviewCommentSchema = v.strictObject({
  id: IdSchema,
  author: ShortSchema,
  role: v.picklist(ROLES),
  text: TextSchema,
  createdAt: TimeSchema,
  /** The version the comment was written against. */
  versionNumber: WholeSchema,
  /** A mentor's comment stays private until the review is finished; never leaves the machine as a draft. */
  draft: v.boolean(),
})

export const ThreadSchema = v.strictObject({
  id: IdSchema,
  assessmentId: IdSchema,
  path: PathSchema,
  /** The field's value when the thread was started: the thread is outdated once the field differs. */
  quote: TextSchema,
  versionNumber: WholeSchema,
  status: v.picklist(THREAD_STATUSES),
  /** When the status last changed (creation counts): the later change wins a merge. */
  statusAt: TimeSchema,
  /** A suggested replacement for the field (for the span only, when there is one), if the mentor wrote one. */
  suggestion: v.nullable(TextSchema),
  /** Words inside the field the thread is about (domain/review/span.ts); absent for the field as a whole. */
  span: v.optional(SpanSchema),
  comments: v.pipe(listOf(ReviewCommentSchema, LIMITS.commentsPerThread), v.minLength(1, 'A thread without comments.')),
  createdAt: TimeSchema,
})

/** The rule families of domain/checks/engine.ts RULE_FAMILIES, as a finding count is stored under them. */
export const CHECK_FAMILIES = ['structure', 'points', 'time', 'levels', 'multipleChoice', 'wording', 'teacherMaterial', 'textLanguage'] as const

/** Errors and warnings of one check rule. */
export const RuleCountSchema = v.strictObject({
  family: v.picklist(CHECK_FAMILIES),
  ruleId: v.pipe(v.string(), v.maxLength(64)),
  errors: WholeSchema,
  warnings: WholeSchema,
})

/**
 * What the checks found in a version (database v9): counted per rule when the version was frozen
 * (`at` = its sending), or afterwards (`later`) for a version frozen before the counts were kept.
 */
export const VersionFindingsSchema = v.strictObject({
  at: TimeSchema,
  later: v.boolean(),
  rules: listOf(RuleCountSchema, 200),
})

/** A frozen, immutable copy of an assessment as it was sent for review. */
export const VersionSchema = v.pipe(
  v.strictObject({
    /** `<assessmentId>@<number>` */
    id: v.string(),
    assessmentId: IdSchema,
    number: VersionNumberSchema,
    /** contentHash(content): the identity of what was reviewed. */
    hash: HashSchema,
    createdAt: TimeSchema,
    author: PersonSchema,
    content: AssessmentSchema,
    /**
     * The checks' findings when it was sent (database v9). Null: frozen before they were kept (computed
     * when shown); absent: a version that came in a review package, which does not carry them.
     */
    findings: v.optional(v.nullable(VersionFindingsSchema)),
  }),
  v.check((ver) => ver.id === `${ver.assessmentId}@${ver.number}` && ver.content.id === ver.assessmentId, 'A version of another assessment.'),
)

/**
 * What the growth page needs of a frozen version, without its content (database v12, table
 * `versionSummaries`, one row per version, same id): its findings and which suggestions it holds. Written
 * when the version is frozen and again when a reply or Word comments bring threads; derived, so never
 * backed up (rebuilt after a restore).
 */
export const VersionSummarySchema = v.strictObject({
  id: v.string(),
  assessmentId: IdSchema,
  number: VersionNumberSchema,
  hash: HashSchema,
  createdAt: TimeSchema,
  author: PersonSchema,
  findings: VersionFindingsSchema,
  /** Threads started on an earlier version whose suggestion this version's content holds (domain/review/summary.ts). */
  applied: listOf(IdSchema, LIMITS.threadsPerAssessment),
})

/**
 * One round of review. On the mentor's side (`role: 'mentor'`, id `<assessmentId>@<number>`): a package
 * opened, with the version to review and the one reviewed before; `verdict` is set when finished. On
 * the teacher's side (`role: 'teacher'`, id = the reply's id): a reply that was applied.
 */
export const ReviewRowSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id + 20)),
  assessmentId: IdSchema,
  role: v.picklist(ROLES),
  versionNumber: VersionNumberSchema,
  versionHash: HashSchema,
  title: ShortSchema,
  verdict: v.nullable(v.picklist(VERDICTS)),
  summary: TextSchema,
  reviewer: PersonSchema,
  /** The teacher who sent the package (mentor's side). */
  author: PersonSchema,
  finishedAt: v.nullable(TimeSchema),
  openedAt: TimeSchema,
  version: v.nullable(VersionSchema),
  baseline: v.nullable(VersionSchema),
})

export type PersonShape = v.InferOutput<typeof PersonSchema>
export type ReviewCommentShape = v.InferOutput<typeof ReviewCommentSchema>
export type ThreadShape = v.InferOutput<typeof ThreadSchema>
export type RuleCountShape = v.InferOutput<typeof RuleCountSchema>
export type VersionFindingsShape = v.InferOutput<typeof VersionFindingsSchema>
export type VersionShape = v.InferOutput<typeof VersionSchema>
export type VersionSummaryShape = v.InferOutput<typeof VersionSummarySchema>
export type ReviewRowShape = v.InferOutput<typeof ReviewRowSchema>
