/**
 * What was written for a worked example, beside what was published. The published excerpts are often cut
 * (no task texts, no levels, sometimes no tasks at all), and a teacher who copies an example to learn from it
 * needs a complete, check-clean assessment. Each `src/data/examples/written/<slug>.json` holds the parts
 * written for that example — task texts, answers, options, levels, descriptors, missing header facts — and
 * is laid over the transcription here: published text is never rewritten, only completed. The screen lists
 * what was written (`added`) next to the source, so the two are never confused.
 */
import * as v from 'valibot'
import type { WorkedExampleFile } from './workedExampleFile'

const Whole = v.pipe(v.number(), v.integer(), v.minValue(0))

const WrittenTask = v.object({
  text: v.optional(v.string()),
  type: v.optional(v.string()),
  level: v.optional(v.string()),
  criterionIndex: v.optional(Whole),
  descriptors: v.optional(v.array(v.object({ text: v.string(), points: Whole }))),
  points: v.optional(Whole),
  answer: v.optional(v.string()),
  minutes: v.optional(Whole),
  options: v.optional(v.array(v.object({ text: v.string(), correct: v.boolean() }))),
})

export const WrittenForExample = v.object({
  /** For maintainers (English): what was written and from what. */
  about: v.string(),
  header: v.optional(
    v.object({
      grade: v.optional(v.pipe(Whole, v.maxValue(12))),
      term: v.optional(v.pipe(Whole, v.minValue(1), v.maxValue(4))),
      durationMinutes: v.optional(Whole),
      sections: v.optional(v.array(v.string())),
      title: v.optional(v.string()),
    }),
  ),
  /** By code: a published objective's cut text is completed; a new code is added. */
  objectives: v.optional(v.array(v.object({ code: v.string(), text: v.string() }))),
  /** By position: completes a published criterion (its objective codes); past the published ones, a new criterion. */
  criteria: v.optional(v.array(v.object({ text: v.optional(v.string()), objectiveCodes: v.optional(v.array(v.string())) }))),
  /** By position: completes a published task (text, type, level, answer…); past the published ones, a new task. */
  tasks: v.optional(v.array(WrittenTask)),
})
export type WrittenForExample = v.InferOutput<typeof WrittenForExample>

export function parseWritten(raw: unknown, slug: string): WrittenForExample {
  const result = v.safeParse(WrittenForExample, raw)
  if (result.success) return result.output
  const issue = result.issues[0]
  throw new Error(`Written part of the worked example ${slug}: ${v.getDotPath(issue) ?? ''} ${issue.message}`)
}

type Task = WorkedExampleFile['tasks'][number]

const blankTask = (number: number): Task => ({ number, text: null, type: null, level: null, criterionIndex: null, descriptors: [], points: null })

/** The transcription with the written parts laid over it (published values kept where they exist). */
export function completeExample(file: WorkedExampleFile, written: WrittenForExample): WorkedExampleFile {
  const h = written.header ?? {}
  const objectives = file.objectives.map((o) => ({ ...o, text: written.objectives?.find((w) => w.code === o.code)?.text ?? o.text }))
  for (const w of written.objectives ?? []) if (!objectives.some((o) => o.code === w.code)) objectives.push(w)
  const criteria = file.criteria.map((c) => ({ ...c }))
  ;(written.criteria ?? []).forEach((w, i) => {
    if (i < criteria.length) criteria[i] = { text: criteria[i].text, objectiveCodes: criteria[i].objectiveCodes.length ? criteria[i].objectiveCodes : (w.objectiveCodes ?? []) }
    else criteria.push({ text: w.text ?? '', objectiveCodes: w.objectiveCodes ?? [] })
  })
  const published = [...file.tasks].sort((x, y) => (x.number ?? Infinity) - (y.number ?? Infinity))
  const tasks: Task[] = published.map((t) => ({ ...t }))
  ;(written.tasks ?? []).forEach((w, i) => {
    const base = tasks[i] ?? blankTask(i + 1)
    tasks[i] = {
      ...base,
      number: base.number ?? i + 1,
      text: base.text?.trim() ? base.text : (w.text ?? base.text),
      // a published type or level that names nothing we know is completed; a recognised one is kept
      type: w.type ?? base.type,
      level: w.level ?? base.level,
      criterionIndex: base.criterionIndex ?? w.criterionIndex ?? null,
      descriptors: w.descriptors && (base.descriptors.length === 0 || base.descriptors.some((d) => d.points === null)) ? w.descriptors : base.descriptors,
      points: base.points ?? w.points ?? null,
      answer: base.answer?.trim() ? base.answer : (w.answer ?? base.answer),
      minutes: w.minutes ?? base.minutes ?? null,
      options: w.options ?? base.options,
    }
  })
  return {
    ...file,
    title: h.title ?? file.title,
    grade: file.grade ?? h.grade ?? null,
    term: file.term ?? h.term ?? null,
    durationMinutes: file.durationMinutes ?? h.durationMinutes ?? null,
    sections: h.sections ?? file.sections,
    objectives,
    criteria,
    tasks,
  }
}
