/**
 * Worked examples: real published БЖБ/СОр and ТЖБ/СОч, transcribed (partly) into the JSON files of
 * src/data/examples (see its README). Each file is validated with valibot and turned into a domain
 * `Assessment` (status `approved`, `source` = the page it was published on) that a teacher can study
 * read-only and duplicate. What the excerpt lacked is written for the example in src/data/examples/written
 * (workedExampleCompletion.ts) and listed in `added`, so the screen says what was published and what was
 * written; whatever is still lacking is listed in `missing`.
 * The files are loaded lazily, one chunk each, and only when the examples are asked for.
 */
import * as v from 'valibot'
import { createAssessment, createCriterion, createDescriptor, createObjective, createOption, createTask } from '@/domain/factories'
import { TASK_TYPES, THINKING_LEVELS, type Assessment, type Criterion, type Objective, type TaskType, type ThinkingLevel } from '@/domain/model'
import { ORDER_STEP } from '@/domain/order'
import { totalPoints } from '@/domain/totals'
import { completeExample, parseWritten } from './workedExampleCompletion'
import { WorkedExampleFile } from './workedExampleFile'
import { exampleTitle, isEditorialNote, recogniseLevel, recogniseTaskType, spreadPoints } from './workedExampleParts'

export { WorkedExampleFile } from './workedExampleFile'

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
  | 'answers'
  | 'descriptors'

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
  /** What the published page lacks and nothing written fills. */
  missing: MissingPart[]
  /** What was written for the example where the page had nothing (workedExampleCompletion.ts). */
  added: MissingPart[]
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

// a value written for the example names the type or level by its code; a published one in words
const typeOf = (value: string | null): TaskType | null => ((TASK_TYPES as readonly string[]).includes(value ?? '') ? (value as TaskType) : recogniseTaskType(value))
const levelOf = (value: string | null): ThinkingLevel | null =>
  (THINKING_LEVELS as readonly string[]).includes(value ?? '') ? (value as ThinkingLevel) : recogniseLevel(value)

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
      ...createTask((i + 1) * ORDER_STEP, typeOf(t.type)),
      text: t.text ?? '',
      level: levelOf(t.level),
      criterionIds: criterionId === null ? [] : [criterionId],
      minutes: t.minutes ?? null,
      answer: t.answer ?? '',
      options: (t.options ?? []).map((o, k) => createOption((k + 1) * ORDER_STEP, o.text, o.correct)),
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

/** What the written part filled: parts missing from the page and not any more, answers and descriptors it gave. */
function addedParts(published: WorkedExampleFile, complete: WorkedExampleFile, slug: string): MissingPart[] {
  const before = missingParts(published, workedExampleToAssessment(published, slug))
  const after = new Set(missingParts(complete, workedExampleToAssessment(complete, slug)))
  const added = before.filter((part) => !after.has(part))
  // parts the page had some of, to which more was written
  const more: [MissingPart, (f: WorkedExampleFile) => string][] = [
    ['objectives', (f) => f.objectives.map((o) => `${o.code} ${o.text}`).join('\n')],
    ['criteria', (f) => String(f.criteria.length)],
    ['tasks', (f) => String(f.tasks.length)],
  ]
  for (const [part, of] of more) if (!added.includes(part) && of(complete) !== of(published)) added.push(part)
  const answered = (f: WorkedExampleFile) => f.tasks.filter((t) => t.answer?.trim()).length
  if (answered(complete) > answered(published)) added.push('answers')
  const described = (f: WorkedExampleFile) => f.tasks.map((t) => t.descriptors.map((d) => d.text).join('\n')).join('\n\n')
  if (!added.includes('tasks') && described(complete) !== described(published)) added.push('descriptors')
  return added
}

export function convertWorkedExample(raw: unknown, slug: string, writtenRaw?: unknown): WorkedExample {
  const parsed = parseWorkedExample(raw)
  if (!parsed.ok) throw new Error(`Worked example ${slug}: ${parsed.error}`)
  const published = parsed.file
  const file = writtenRaw === undefined ? published : completeExample(published, parseWritten(writtenRaw, slug))
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
      added: file === published ? [] : addedParts(published, file, slug),
    },
  }
}

const files = import.meta.glob<unknown>('../data/examples/*.json', { import: 'default' })
const writtenFiles = import.meta.glob<unknown>('../data/examples/written/*.json', { import: 'default' })
const slugOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '')
const loaders = new Map(Object.entries(files).map(([path, load]) => [slugOf(path), load]))
const writtenLoaders = new Map(Object.entries(writtenFiles).map(([path, load]) => [slugOf(path), load]))

/** The slugs (file names without .json) of the bundled examples, in name order. */
export function workedExampleSlugs(): string[] {
  return [...loaders.keys()].sort()
}

/** Loads (its own chunk) and converts one example; rejects for an unknown slug or an invalid file. */
export async function loadWorkedExample(slug: string): Promise<WorkedExample> {
  const load = loaders.get(slug)
  if (!load) throw new Error(`No worked example “${slug}”`)
  const written = writtenLoaders.get(slug)
  const [raw, writtenRaw] = await Promise.all([load(), written?.()])
  return convertWorkedExample(raw, slug, writtenRaw)
}
