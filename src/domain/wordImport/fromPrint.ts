/**
 * A file Bagalau printed, read back by its hidden field markers (../fieldMarks.ts): every field's text is
 * the text inside its marker, so nothing is guessed. What the markers do not carry comes from the printed
 * tables: a descriptor's task is its row's task number, a task's level, type and minutes its row in the
 * specification, a criterion's objectives those of the specification rows of its tasks, the correct options
 * the letters of the mark scheme's answer, and the header from the pupil sheet's lines.
 */
import { parseMarkName, partTypeOfMark, specTextOfMark, variantOfMark } from '../fieldMarks'
import { createCriterion, createDescriptor, createObjective, createOption, createTask } from '../factories'
import { newId } from '../ids'
import type { Assessment, ChoiceOption, Criterion, Language, Objective, SpecEdits, SpecText, Task, TaskPart, TaskType, ThinkingLevel } from '../model'
import { SPEC_TEXTS } from '../model'
import { optionLetter } from '../options'
import { PART_LETTERS } from '../parts'
import { PRINT_LABELS } from '../printLabels'
import { SPEC_WORDING } from '../specDocument/document'
import { flat, leadingNumber, linkByOrder, norm, type PrintReport, type SourceBlock, type SourceCell, type SourceMark, type SourceTable } from './source'

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

/** The primary layout's table (№ | section | subsection | objective | description | tasks | marks): its rows' objective codes and criteria. */
function primaryRows(tables: readonly SourceTable[], language: Language): { codes: string[]; criteria: string[] }[] | null {
  const h = SPEC_WORDING[language].primary
  const table = tables.find((t) => t.rows[0]?.length === 7 && norm(t.rows[0][4]?.text ?? '') === norm(h.description) && norm(t.rows[0][3]?.text ?? '') === norm(h.objective))
  if (!table) return null
  return table.rows.slice(1, -1).map((row) => ({
    codes: row[3].text.split('\n').map((l) => flat(l).split(' ')[0]).filter((c) => c && c !== '—'),
    criteria: row[4].lines.map(flat).filter((l) => l && l !== '—'),
  }))
}

/** The descriptor table's rows: the task number, the part's letter (`1ә` → `ә`, '' for the task itself) and the markers of the row. */
function descriptorRows(tables: readonly SourceTable[]): { taskNumber: number; letter: string; marks: Marked[] }[] {
  const table = tables.find((t) => t.rows.some((r) => r.some((c) => marksOf(c.marks).some((m) => m.kind === 'descriptor'))))
  if (!table) return []
  return table.rows.flatMap((row) => {
    const marks = row.flatMap((c: SourceCell) => marksOf(c.marks))
    const number = flat(row[1]?.text ?? '')
    const n = leadingNumber(number)
    const letter = number.replace(/^\s*(?:№\s*)?\d+\s*/, '').replace(/\)$/, '')
    return n !== null && marks.some((m) => m.kind === 'descriptor') ? [{ taskNumber: n, letter, marks }] : []
  })
}

/** The blocks of the first variant a print of several holds (each variant's parts open with its label's marker), and the others' numbers. */
function firstVariant(blocks: readonly SourceBlock[]): { blocks: readonly SourceBlock[]; variant: { number: number; group: string | null } | null; others: number[] } {
  const starts: { at: number; variant: { number: number; group: string | null } }[] = []
  blocks.forEach((b, at) => {
    if (b.kind !== 'paragraph') return
    for (const m of marksOf(b.marks)) {
      const variant = m.kind === 'variant' ? variantOfMark(m.id) : null
      if (variant) starts.push({ at, variant })
    }
  })
  if (starts.length === 0) return { blocks, variant: null, others: [] }
  return { blocks: blocks.slice(0, starts[1]?.at ?? blocks.length), variant: starts[0].variant, others: starts.slice(1).map((s) => s.variant.number) }
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

type Read = Pick<Assessment, 'title' | 'objectives' | 'criteria' | 'tasks' | 'variant' | 'specEdits'> & ReturnType<typeof header>

const createPart = (order: number, type: TaskType | null): TaskPart => ({ id: newId(), order, text: '', type, answer: '', options: [] })

/** The assessment content of a Bagalau print (ids are new; the caller adds the header's bookkeeping), and what the print did not say. */
export function fromPrint(all: readonly SourceBlock[], language: Language): Read & { report: PrintReport } {
  const { blocks, variant, others } = firstVariant(all)
  const objectives = new Map<string, Objective>()
  const criteria = new Map<string, Criterion>()
  const tasks: Task[] = []
  const answers = new Map<Task | TaskPart, SourceCell>()
  const printed = new Map<string, Task>()
  const parts = new Map<string, TaskPart>()
  const specLines = new Map<SpecText, string[]>()
  let title = ''
  const objective = (id: string) => objectives.get(id) ?? objectives.set(id, createObjective(objectives.size)).get(id)!
  /** The part printed with this id, added to the current task when first met. */
  const part = (id: string, current: Task | undefined): TaskPart | undefined => {
    if (parts.has(id) || !current) return parts.get(id)
    const made = createPart(current.parts?.length ?? 0, null)
    current.parts = [...(current.parts ?? []), made]
    return parts.set(id, made).get(id)
  }
  const take = (m: Marked, current: Task | undefined, cell?: SourceCell) => {
    const task = printed.get(m.id)
    if (m.kind === 'title') title = m.text
    else if (m.kind === 'objectiveCode') objective(m.id).code = m.text
    else if (m.kind === 'objectiveText') objective(m.id).text = m.text
    else if ((m.kind === 'criterion' || m.kind === 'criterionRow') && !criteria.has(m.id)) criteria.set(m.id, createCriterion(criteria.size, m.text))
    else if (m.kind === 'task') printed.set(m.id, tasks[tasks.push({ ...createTask(tasks.length, null), text: m.text }) - 1])
    else if (m.kind === 'option' && current) current.options.push(createOption(current.options.length, m.text))
    else if (m.kind === 'answer' && cell && task) answers.set(task, cell)
    else if (m.kind === 'partKind') {
      const type = partTypeOfMark(m.id)
      const p = type === undefined ? undefined : part(m.id.slice(1), current)
      if (p && type !== undefined) p.type = type
    } else if (m.kind === 'part') {
      const p = part(m.id, current)
      if (p) p.text = m.text
    } else if (m.kind === 'partOption') {
      const p = current?.parts?.at(-1)
      if (p) p.options.push(createOption(p.options.length, m.text))
    } else if (m.kind === 'partAnswer' && cell && parts.has(m.id)) answers.set(parts.get(m.id)!, cell)
    else if ((m.kind === 'script' || m.kind === 'schemeScript') && task) task.script = m.text
    else if ((m.kind === 'teacherNotes' || m.kind === 'schemeNotes') && task) task.teacherNotes = m.text
    else if (m.kind === 'specText') {
      const at = specTextOfMark(m.id)
      if (at) (specLines.get(at.key) ?? specLines.set(at.key, []).get(at.key)!)[at.line] = m.text
    }
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
    // a part's row is numbered by its letter in the document's alphabet (1а, 1ә …: domain/parts.ts)
    const partAt = row.letter ? PART_LETTERS[language].indexOf(row.letter.toLowerCase()) : -1
    const ofPart = partAt >= 0 ? task.parts?.[partAt] : undefined
    if (ofPart) d.partId = ofPart.id
    task.descriptors.push(d)
    if (d.criterionId && !task.criterionIds.includes(d.criterionId)) task.criterionIds.push(d.criterionId)
  }
  const spec = specRows(tables, language)
  const primary = primaryRows(tables, language)
  const missing: PrintReport['missing'] = []
  tasks.forEach((task, i) => {
    const row = spec.get(i + 1)
    // a task with parts prints its parts' types, never its own: it is multiple choice when it prints options of its own
    task.type = task.parts ? (task.options.length ? 'multipleChoice' : null) : (row?.type ?? (task.options.length ? 'multipleChoice' : null))
    task.level = row?.level ?? null
    task.minutes = row?.minutes ?? null
    const lacks = (['level', 'type', 'minutes'] as const).filter((f) => !row && (f !== 'type' || (!task.parts && task.type === null)))
    if (lacks.length) missing.push({ task: i + 1, fields: lacks })
    readAnswer(task, answers.get(task))
    for (const p of task.parts ?? []) readAnswer(p, answers.get(p))
  })
  if (primary) linkPrimary([...criteria.values()], primary, [...objectives.values()])
  linkObjectives([...criteria.values()], tasks, spec, [...objectives.values()])
  const read = { title, objectives: [...objectives.values()], criteria: [...criteria.values()], tasks, ...header(blocks, language) }
  const base: Read = { ...read, variant: variant ? { group: variant.group ?? newId(), number: variant.number } : null, specEdits: specEditsOf(specLines, primary !== null) }
  return {
    ...base,
    report: {
      variant: variant ? { number: variant.number, group: variant.group ? 'printed' : 'new', others } : null,
      parts: tasks.reduce((s, t) => s + (t.parts?.length ?? 0), 0),
      scripts: tasks.filter((t) => t.script || t.teacherNotes).length,
      layout: primary ? 'primary' : spec.size ? 'secondary' : null,
      specTexts: Object.keys(base.specEdits).filter((k) => k !== 'layout').length,
      missing,
    },
  }
}

/** The teacher's wording of the specification (only her reworded paragraphs carry markers) and the primary layout when printed in it. */
function specEditsOf(lines: Map<SpecText, string[]>, primary: boolean): SpecEdits {
  const out: SpecEdits = primary ? { layout: 'primary' } : {}
  for (const key of SPEC_TEXTS) {
    const text = lines.get(key)
    const joined = text ? Array.from(text, (l) => l ?? '').join('\n') : ''
    if (joined.trim()) out[key] = joined
  }
  return out
}

/** The marking of a part or task: its answer and options. */
interface Answerable {
  type: TaskType | null
  answer: string
  options: ChoiceOption[]
}

/** The mark scheme's answer cell: the correct letters of a multiple-choice task or part, else the answer note. */
function readAnswer(item: Answerable, cell: SourceCell | undefined): void {
  if (!cell) return
  const lines = cell.lines.map((l) => l.trim()).filter(Boolean)
  if (item.type === 'multipleChoice' && item.options.length) {
    const letters = new Set(lines[0].split('; ').map((part) => part.split(')')[0].trim()))
    item.options.forEach((o, i) => (o.correct = letters.has(optionLetter(i))))
    item.answer = lines.slice(1).join('\n')
  } else item.answer = lines.join('\n')
}

/** In the primary layout a row names its objectives and, as its description, the criteria of its tasks: each such criterion checks them. */
function linkPrimary(criteria: Criterion[], rows: { codes: string[]; criteria: string[] }[], objectives: readonly Objective[]): void {
  for (const c of criteria) {
    const codes = new Set(rows.filter((r) => r.criteria.includes(flat(c.text))).flatMap((r) => r.codes))
    if (codes.size) c.objectiveIds = objectives.filter((o) => codes.has(o.code.trim())).map((o) => o.id)
  }
}

/**
 * A criterion checks the objectives common to the specification rows of every task that uses it; one that no
 * task uses is linked as the layout reader links it (one objective, or as many criteria as objectives).
 */
function linkObjectives(criteria: Criterion[], tasks: readonly Task[], spec: Map<number, SpecRow>, objectives: readonly Objective[]): void {
  const unused: Criterion[] = []
  for (const c of criteria) {
    if (spec.size === 0 && c.objectiveIds.length) continue
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
