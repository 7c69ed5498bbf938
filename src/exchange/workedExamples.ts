/**
 * Worked examples: real published БЖБ/СОр and ТЖБ/СОч, transcribed (partly) into the JSON files of
 * src/data/examples (see its README). Each file is validated with valibot and turned into a domain
 * `Assessment` (status `approved`, `source` = the page it was published on) that a teacher can study
 * read-only and duplicate. Nothing missing is invented: a task without text gets empty text, and what
 * the excerpt lacked is listed in `missing` (and in the file's own `notes`) for the screen to say.
 * The files are loaded lazily, one chunk each, and only when the examples are asked for.
 */
import * as v from 'valibot'
import { createAssessment, createCriterion, createDescriptor, createObjective, createTask } from '@/domain/factories'
import { ASSESSMENT_KINDS, LANGUAGES, type Assessment, type Criterion, type Objective } from '@/domain/model'
import { ORDER_STEP } from '@/domain/order'
import { totalPoints } from '@/domain/totals'
import { exampleTitle, isEditorialNote, recogniseLevel, recogniseTaskType, spreadPoints } from './workedExampleParts'

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

/** What the published excerpt did not show (or showed only in part). */
export type MissingPart =
  | 'tasks'
  | 'taskTexts'
  | 'objectives'
  | 'criteria'
  | 'objectiveLinks'
  | 'descriptorPoints'
  | 'levels'
  | 'taskTypes'
  | 'duration'
  | 'grade'
  | 'term'
  | 'sections'
  | 'points'

export interface WorkedExampleSummary {
  slug: string
  title: string
  kind: Assessment['kind']
  language: Assessment['language']
  subject: string
  grade: number | null
  term: number | null
  source: string
  /** The transcriber's notes (English) on what the page showed. */
  notes: string
  taskCount: number
  descriptorCount: number
  /** Total points of what was transcribed. */
  points: number
  /** The total the document printed, if shown. */
  printedTotal: number | null
  missing: MissingPart[]
}

export interface WorkedExample {
  summary: WorkedExampleSummary
  assessment: Assessment
}

export type ParseResult = { ok: true; file: WorkedExampleFile } | { ok: false; error: string }

export function parseWorkedExample(raw: unknown): ParseResult {
  const result = v.safeParse(WorkedExampleFile, raw)
  if (result.success) return { ok: true, file: result.output }
  const issue = result.issues[0]
  const path = v.getDotPath(issue)
  return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message }
}

/** The example as a domain assessment. Ids of the parts are fresh; the assessment's id is `example-<slug>`. */
export function workedExampleToAssessment(file: WorkedExampleFile, slug: string): Assessment {
  const objectives: Objective[] = file.objectives.map((o, i) => createObjective((i + 1) * ORDER_STEP, o.code.trim(), o.text))
  const objectiveId = (code: string): string => {
    const trimmed = code.trim()
    let found = objectives.find((o) => o.code === trimmed)
    if (!found) {
      // a criterion names a code the objective list lacks: keep the link, with the code alone
      found = createObjective((objectives.length + 1) * ORDER_STEP, trimmed, '')
      objectives.push(found)
    }
    return found.id
  }
  const criteria: Criterion[] = file.criteria.map((c, i) =>
    createCriterion((i + 1) * ORDER_STEP, c.text, c.objectiveCodes.map(objectiveId)),
  )
  const ordered = [...file.tasks].sort((x, y) => (x.number ?? Infinity) - (y.number ?? Infinity))
  const tasks = ordered.map((t, i) => {
    const criterionId = t.criterionIndex === null ? null : criteria[t.criterionIndex].id
    const points = spreadPoints(t.descriptors.map((d) => d.points), t.points)
    return {
      ...createTask((i + 1) * ORDER_STEP, recogniseTaskType(t.type)),
      text: t.text ?? '',
      level: recogniseLevel(t.level),
      criterionIds: criterionId === null ? [] : [criterionId],
      answer: t.answer ?? '',
      descriptors: t.descriptors.map((d, k) => createDescriptor((k + 1) * ORDER_STEP, criterionId, d.text, points[k])),
    }
  })
  return {
    ...createAssessment({ kind: file.kind, language: file.language, now: 0 }),
    id: `example-${slug}`,
    title: file.title?.trim() || exampleTitle(file),
    subject: file.subject,
    grade: file.grade,
    term: file.term,
    sections: file.sections.filter((s) => !isEditorialNote(s)),
    durationMinutes: file.durationMinutes,
    objectives,
    criteria,
    tasks,
    status: 'approved',
    source: file.source,
  }
}

export function missingParts(file: WorkedExampleFile, assessment: Assessment): MissingPart[] {
  const hasTasks = file.tasks.length > 0
  const checks: [MissingPart, boolean][] = [
    ['tasks', !hasTasks],
    ['taskTexts', hasTasks && file.tasks.some((t) => t.text === null || t.text.trim() === '')],
    ['objectives', file.objectives.length === 0],
    ['criteria', file.criteria.length === 0],
    ['objectiveLinks', file.criteria.some((c) => c.objectiveCodes.length === 0)],
    ['descriptorPoints', file.tasks.some((t) => t.descriptors.some((d) => d.points === null))],
    ['levels', hasTasks && assessment.tasks.every((t) => t.level === null)],
    ['taskTypes', hasTasks && assessment.tasks.some((t) => t.type === null)],
    ['duration', file.durationMinutes === null],
    ['grade', file.grade === null],
    ['term', file.term === null],
    ['sections', assessment.sections.length === 0],
    ['points', file.totalPoints !== null && totalPoints(assessment) < file.totalPoints],
  ]
  return checks.filter(([, missing]) => missing).map(([part]) => part)
}

export function convertWorkedExample(raw: unknown, slug: string): WorkedExample {
  const parsed = parseWorkedExample(raw)
  if (!parsed.ok) throw new Error(`Worked example ${slug}: ${parsed.error}`)
  const { file } = parsed
  const assessment = workedExampleToAssessment(file, slug)
  return {
    assessment,
    summary: {
      slug,
      title: assessment.title,
      kind: file.kind,
      language: file.language,
      subject: file.subject,
      grade: file.grade,
      term: file.term,
      source: file.source,
      notes: file.notes,
      taskCount: assessment.tasks.length,
      descriptorCount: assessment.tasks.reduce((n, t) => n + t.descriptors.length, 0),
      points: totalPoints(assessment),
      printedTotal: file.totalPoints,
      missing: missingParts(file, assessment),
    },
  }
}

const files = import.meta.glob<unknown>('../data/examples/*.json', { import: 'default' })
const slugOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '')
const loaders = new Map(Object.entries(files).map(([path, load]) => [slugOf(path), load]))

/** The slugs (file names without .json) of the bundled examples, in name order. */
export function workedExampleSlugs(): string[] {
  return [...loaders.keys()].sort()
}

/** Loads (its own chunk) and converts one example; rejects for an unknown slug or an invalid file. */
export async function loadWorkedExample(slug: string): Promise<WorkedExample> {
  const load = loaders.get(slug)
  if (!load) throw new Error(`No worked example “${slug}”`)
  return convertWorkedExample(await load(), slug)
}
