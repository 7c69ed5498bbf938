/**
 * A file Bagalau printed, read back by its hidden field markers (../fieldMarks.ts): every field's text is
 * the text inside its marker, so nothing is guessed. What the markers do not carry comes from the printed
 * tables: a descriptor's task is its row's task number, a task's level, type and minutes its row in the
 * specification, a criterion's objectives those of the specification rows of its tasks, the correct options
 * the letters of the mark scheme's answer, and the header from the pupil sheet's lines.
 */
import { parseMarkName } from '../fieldMarks'
import { createCriterion, createDescriptor, createObjective, createOption, createTask } from '../factories'
import type { Assessment, Criterion, Language, Objective, Task, TaskType, ThinkingLevel } from '../model'
import { optionLetter } from '../options'
import { PRINT_LABELS } from '../printLabels'
import { flat, leadingNumber, linkByOrder, norm, type SourceBlock, type SourceCell, type SourceMark, type SourceTable } from './source'

interface Marked extends SourceMark {
  kind: NonNullable<ReturnType<typeof parseMarkName>>['kind']
  id: string
}

const marksOf = (marks: readonly SourceMark[]): Marked[] =>
  marks.flatMap((m) => {
    const parsed = parseMarkName(m.name)
    return parsed ? [{ ...m, ...parsed }] : []
  })

/** Whether the blocks carry Bagalau's field markers. */
export const isBagalauPrint = (blocks: readonly SourceBlock[]): boolean =>
  blocks.some((b) => (b.kind === 'paragraph' ? marksOf(b.marks).length > 0 : b.rows.some((r) => r.some((c) => marksOf(c.marks).length > 0))))

const reverse = <K extends string>(labels: Record<K, string>, text: string): K | null =>
  (Object.keys(labels) as K[]).find((k) => norm(labels[k]) === norm(text)) ?? null

interface SpecRow {
  level: ThinkingLevel | null
  type: TaskType | null
  minutes: number | null
  codes: string[]
}

/** The specification table's rows by task number. */
function specRows(tables: readonly SourceTable[], language: Language): Map<number, SpecRow> {
  const labels = PRINT_LABELS[language]
  const out = new Map<number, SpecRow>()
  const spec = tables.find((t) => t.rows[0]?.length === 9 && norm(t.rows[0][4]?.text ?? '') === norm(labels.pack.spec.taskNumber))
  for (const row of spec?.rows.slice(1) ?? []) {
    const n = leadingNumber(row[4]?.text ?? '')
    if (n === null || row.length !== 9) continue
    const minutes = leadingNumber(row[6].text)
    out.set(n, {
      level: reverse(labels.levels, row[2].text),
      type: reverse(labels.taskTypesShort, row[5].text),
      minutes,
      codes: row[1].text.split('\n').map((l) => flat(l).split(' ')[0]).filter(Boolean),
    })
  }
  return out
}

/** The descriptor table's rows: the task number and the markers of the row. */
function descriptorRows(tables: readonly SourceTable[]): { taskNumber: number; marks: Marked[] }[] {
  const table = tables.find((t) => t.rows.some((r) => r.some((c) => marksOf(c.marks).some((m) => m.kind === 'descriptor'))))
  if (!table) return []
  return table.rows.flatMap((row) => {
    const marks = row.flatMap((c: SourceCell) => marksOf(c.marks))
    const n = leadingNumber(row[1]?.text ?? '')
    return n !== null && marks.some((m) => m.kind === 'descriptor') ? [{ taskNumber: n, marks }] : []
  })
}

/** Header facts from the pupil sheet: subject · grade · term, the duration. */
function header(blocks: readonly SourceBlock[], language: Language): Pick<Assessment, 'subject' | 'grade' | 'term' | 'durationMinutes' | 'sections' | 'kind'> {
  const labels = PRINT_LABELS[language]
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [flat(b.text)] : []))
  const grade = labels.pack.gradeText(99).replace('99', '(\\d{1,2})')
  const term = labels.pack.termText(9).replace('9', '(\\d)')
  const facts = paragraphs.find((p) => p.includes(' · ') && new RegExp(grade).test(p)) ?? ''
  const parts = facts.split(' · ')
  const gradeMatch = new RegExp(`^${grade}$`).exec(parts[1] ?? '') ?? new RegExp(`^${grade}$`).exec(parts[0] ?? '')
  const termMatch = parts.map((p) => new RegExp(`^${term}$`).exec(p)).find(Boolean)
  const after = (label: string) => paragraphs.find((p) => p.startsWith(`${label}:`))?.slice(label.length + 1).trim() ?? null
  const duration = after(labels.duration)
  const sections = after(labels.section)
  return {
    kind: paragraphs.some((p) => norm(p) === norm(labels.kindTitle.term)) ? 'term' : 'unit',
    subject: gradeMatch && parts[0] !== gradeMatch[0] ? parts[0] : '',
    grade: gradeMatch ? Number(gradeMatch[1]) : null,
    term: termMatch ? Number(termMatch[1]) : null,
    durationMinutes: duration ? leadingNumber(duration) : null,
    sections: sections ? sections.split('; ').filter(Boolean) : [],
  }
}

/** The assessment content of a Bagalau print (ids are new; the caller adds the header's bookkeeping). */
export function fromPrint(blocks: readonly SourceBlock[], language: Language): Pick<Assessment, 'title' | 'objectives' | 'criteria' | 'tasks'> & ReturnType<typeof header> {
  const objectives = new Map<string, Objective>()
  const criteria = new Map<string, Criterion>()
  const tasks: Task[] = []
  const answers = new Map<Task, SourceCell>()
  const printed = new Map<string, Task>()
  let title = ''
  const objective = (id: string) => objectives.get(id) ?? objectives.set(id, createObjective(objectives.size)).get(id)!
  const take = (m: Marked, current: Task | undefined, cell?: SourceCell) => {
    if (m.kind === 'title') title = m.text
    else if (m.kind === 'objectiveCode') objective(m.id).code = m.text
    else if (m.kind === 'objectiveText') objective(m.id).text = m.text
    else if ((m.kind === 'criterion' || m.kind === 'criterionRow') && !criteria.has(m.id)) criteria.set(m.id, createCriterion(criteria.size, m.text))
    else if (m.kind === 'task') printed.set(m.id, tasks[tasks.push({ ...createTask(tasks.length, null), text: m.text }) - 1])
    else if (m.kind === 'option' && current) current.options.push(createOption(current.options.length, m.text))
    else if (m.kind === 'answer' && cell && printed.has(m.id)) answers.set(printed.get(m.id)!, cell)
  }
  for (const block of blocks) {
    if (block.kind === 'paragraph') for (const m of marksOf(block.marks)) take(m, tasks.at(-1))
    else for (const row of block.rows) for (const cell of row) if (!cell.continued) for (const m of marksOf(cell.marks)) take(m, tasks.at(-1), cell)
  }
  const tables = blocks.filter((b): b is SourceTable => b.kind === 'table')
  const criterionIds = new Map([...criteria.keys()].map((printed) => [printed, criteria.get(printed)!.id]))
  for (const row of descriptorRows(tables)) {
    const task = tasks[row.taskNumber - 1]
    const text = row.marks.find((m) => m.kind === 'descriptor')
    if (!task || !text) continue
    const points = row.marks.find((m) => m.kind === 'descriptorPoints')
    const criterion = row.marks.find((m) => m.kind === 'criterionRow')
    const d = createDescriptor(task.descriptors.length, criterion ? (criterionIds.get(criterion.id) ?? null) : null, text.text, points ? (leadingNumber(points.text) ?? 0) : 0)
    task.descriptors.push(d)
    if (d.criterionId && !task.criterionIds.includes(d.criterionId)) task.criterionIds.push(d.criterionId)
  }
  const spec = specRows(tables, language)
  tasks.forEach((task, i) => {
    const row = spec.get(i + 1)
    task.type = row?.type ?? (task.options.length ? 'multipleChoice' : null)
    task.level = row?.level ?? null
    task.minutes = row?.minutes ?? null
    readAnswer(task, answers.get(task))
  })
  linkObjectives([...criteria.values()], tasks, spec, [...objectives.values()])
  return { title, objectives: [...objectives.values()], criteria: [...criteria.values()], tasks, ...header(blocks, language) }
}

/** The mark scheme's answer cell: the correct letters of a multiple-choice task, else the answer note. */
function readAnswer(task: Task, cell: SourceCell | undefined): void {
  if (!cell) return
  const lines = cell.lines.map((l) => l.trim()).filter(Boolean)
  if (task.type === 'multipleChoice' && task.options.length) {
    const letters = new Set(lines[0].split('; ').map((part) => part.split(')')[0].trim()))
    task.options.forEach((o, i) => (o.correct = letters.has(optionLetter(i))))
    task.answer = lines.slice(1).join('\n')
  } else task.answer = lines.join('\n')
}

/**
 * A criterion checks the objectives common to the specification rows of every task that uses it; one that no
 * task uses is linked as the layout reader links it (one objective, or as many criteria as objectives).
 */
function linkObjectives(criteria: Criterion[], tasks: readonly Task[], spec: Map<number, SpecRow>, objectives: readonly Objective[]): void {
  const unused: Criterion[] = []
  for (const c of criteria) {
    let common: Set<string> | null = null
    tasks.forEach((t, i) => {
      if (!t.criterionIds.includes(c.id)) return
      const codes = new Set(spec.get(i + 1)?.codes ?? [])
      common = common ? new Set([...common].filter((x) => codes.has(x))) : codes
    })
    if (common === null) unused.push(c)
    const codes: Set<string> = common ?? new Set()
    c.objectiveIds = objectives.filter((o) => codes.has(o.code.trim())).map((o) => o.id)
  }
  linkByOrder(
    criteria.map((c) => (unused.includes(c) ? c : { objectiveIds: ['known'] })),
    objectives,
  )
}
