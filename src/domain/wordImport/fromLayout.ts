/**
 * An old БЖБ / ТЖБ made elsewhere, read by its layout: the descriptor table is found by its headings
 * (criterion | task № | descriptor | points, in kk, ru or en, as ../../shared/GLOSSARY.md lists them), with
 * merged criterion cells and one criterion over several tasks; the objectives from the «Оқу мақсаты / Цель
 * обучения / Learning objective» lines and the codes after them; tasks («1. …») and their options («A) …»)
 * from the pupil's sheet before the tables; the duration and the printed total. What looks like content
 * but finds no place is listed for the report.
 */
import { createCriterion, createDescriptor, createObjective, createOption, createTask } from '../factories'
import type { Criterion, Objective, Task } from '../model'
import { flat, leadingNumber, linkByOrder, norm, pointsIn, type SourceBlock, type SourceCell, type SourceTable } from './source'

const HEAD = {
  criterion: /критери|criteri/,
  task: /тапсырма|задани|task|№/,
  descriptor: /дескриптор|descriptor/,
  points: /балл|mark|point|score/,
  objective: /мақсат|цель|objective/,
}
const SKIP_ROW = /^(білім алушы|обучающийся|обучающиеся|a learner|learner|the learner)$/
const TOTAL_ROW = /жалпы балл|барлығы|всего|итого|total/
const OBJECTIVE_LABEL = /(оқу мақсат|цел[ьи] обучения|learning objectives?)/i
const CODE = /(?:^|\s|\()(\d{1,2}\.(?:\d{1,2}\.){1,3}\d{1,2}|\d{1,2}\.[A-Z]{1,3}\d{1,2})(?=[\s).,:;*]|$)/
const DURATION = /(орындау уақыты|уақыты|время выполнения|время|duration|time)\s*[:–—-]?\s*(\d{1,3})\s*(мин|min)/i
const TASK_LINE = /^\s*(\d{1,2})\s*[.)]\s+(.+)$/s
const OPTION_LINE = /^\s*([A-FА-ЕС])\s*[).]\s+(.+)$/s
const POINTS_TAIL = /\s*[[(]\s*(\d{1,2})\s*(балл\S*|marks?|points?)?\s*[\])]\s*$/i

type Columns = Record<'criterion' | 'task' | 'descriptor' | 'points', number> & { objective: number | null }

/** The columns of a descriptor table by its heading row(s), or null when this table is not one. */
function columnsOf(table: SourceTable): { columns: Columns; bodyFrom: number } | null {
  for (let r = 0; r < Math.min(2, table.rows.length); r++) {
    const heads = table.rows[r].map((c) => norm(c.text))
    const find = (re: RegExp, not: number[] = []) => heads.findIndex((h, i) => re.test(h) && !not.includes(i))
    const descriptor = find(HEAD.descriptor)
    const criterion = find(HEAD.criterion, [descriptor])
    const points = find(HEAD.points, [descriptor, criterion])
    const task = find(HEAD.task, [descriptor, criterion, points])
    if ([descriptor, criterion, points, task].some((i) => i < 0)) continue
    const objective = find(HEAD.objective, [descriptor, criterion, points, task])
    return { columns: { criterion, task, descriptor, points, objective: objective < 0 ? null : objective }, bodyFrom: r + 1 }
  }
  return null
}

export interface LayoutRead {
  objectives: Objective[]
  criteria: Criterion[]
  tasks: Task[]
  durationMinutes: number | null
  printedTotal: number | null
  unplaced: string[]
}

/** Objectives from «code text» lines: after an objective label, or in an objective column. */
function readObjectives(lines: readonly string[], into: Map<string, Objective>): void {
  let on = false
  for (const raw of lines) {
    const line = flat(raw)
    if (OBJECTIVE_LABEL.test(line)) on = true
    else if (/^[^\d]{2,40}:/.test(line)) on = false
    const m = CODE.exec(line)
    if (!on || !m) continue
    const code = m[1]
    if (into.has(code)) continue
    const text = line.slice(m.index + m[0].length).replace(/^[\s*:–—-]+/, '').trim()
    into.set(code, createObjective(into.size, code, text))
  }
}

function readTable(table: SourceTable, found: { columns: Columns; bodyFrom: number }, out: LayoutRead, objectives: Map<string, Objective>, tasks: Map<number, Task>): void {
  const { columns } = found
  const criteria = new Map(out.criteria.map((c) => [flat(c.text), c]))
  for (const row of table.rows.slice(found.bodyFrom)) {
    const at = (i: number): SourceCell | undefined => row.find((_c, k) => k === i)
    const texts = row.map((c) => norm(c.text))
    if (texts.every((t) => !t || SKIP_ROW.test(t))) continue
    if (TOTAL_ROW.test(texts.join(' '))) {
      out.printedTotal = pointsIn(row.at(-1)?.text ?? '') ?? out.printedTotal
      continue
    }
    const n = leadingNumber(at(columns.task)?.text ?? '')
    const descriptorLines = (at(columns.descriptor)?.lines ?? []).map(flat).filter(Boolean)
    const pointLines = (at(columns.points)?.lines ?? []).map(flat).filter(Boolean)
    if (n === null || !descriptorLines.length) {
      const text = flat(row.map((c) => c.text).join(' | '))
      if (text.replace(/[|\s]/g, '')) out.unplaced.push(text)
      continue
    }
    const criterionText = flat(at(columns.criterion)?.text ?? '')
    let criterion = criteria.get(criterionText)
    if (!criterion && criterionText) {
      criterion = createCriterion(criteria.size, criterionText)
      criteria.set(criterionText, criterion)
      out.criteria.push(criterion)
    }
    if (columns.objective !== null && criterion) {
      readObjectives(['Learning objective:', ...(at(columns.objective)?.lines ?? [])], objectives)
      const codes = (at(columns.objective)?.lines ?? []).map((l) => CODE.exec(flat(l))?.[1]).filter((c): c is string => !!c)
      for (const code of codes) if (objectives.has(code) && !criterion.objectiveIds.includes(objectives.get(code)!.id)) criterion.objectiveIds.push(objectives.get(code)!.id)
    }
    const task = tasks.get(n) ?? tasks.set(n, createTask(tasks.size, null)).get(n)!
    if (criterion && !task.criterionIds.includes(criterion.id)) task.criterionIds.push(criterion.id)
    // several descriptors in one cell, with as many points in the next one, are several rows
    const split = pointLines.length === descriptorLines.length
    const list = split ? descriptorLines : [descriptorLines.join(' ')]
    list.forEach((text, i) => {
      const points = pointsIn(split ? pointLines[i] : (at(columns.points)?.text ?? '')) ?? 1
      task.descriptors.push(createDescriptor(task.descriptors.length, criterion?.id ?? null, text.replace(/^[-–•]\s*/, ''), points))
    })
  }
}

/** Tasks and options from the pupil's sheet (paragraphs, or the cells of small tables) before the descriptor table. */
function readSheet(lines: readonly string[], tasks: Map<number, Task>, unplaced: string[]): void {
  let current: Task | null = null
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) continue
    const task = TASK_LINE.exec(line)
    const option = OPTION_LINE.exec(line)
    if (task) {
      const n = Number(task[1])
      current = tasks.get(n) ?? tasks.set(n, createTask(tasks.size, null)).get(n)!
      current.text = task[2].replace(POINTS_TAIL, '').trim()
    } else if (option && current) {
      current.options.push(createOption(current.options.length, option[2].trim()))
    } else if (current && !current.options.length && !/^_+$/.test(line)) {
      current.text = `${current.text}\n${line}`
    } else if (current) unplaced.push(line)
  }
}

export function fromLayout(blocks: readonly SourceBlock[]): LayoutRead {
  const out: LayoutRead = { objectives: [], criteria: [], tasks: [], durationMinutes: null, printedTotal: null, unplaced: [] }
  const objectives = new Map<string, Objective>()
  const tasks = new Map<number, Task>()
  const sheet: string[] = []
  const paragraphs: string[] = []
  let tableSeen = false
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      paragraphs.push(...b.text.split('\n'))
      if (!tableSeen) sheet.push(...b.text.split('\n'))
      continue
    }
    const found = columnsOf(b)
    if (found) {
      tableSeen = true
      readTable(b, found, out, objectives, tasks)
    } else if (!tableSeen) sheet.push(...b.rows.flatMap((r) => r.flatMap((c) => c.lines)))
    else paragraphs.push(...b.rows.flatMap((r) => r.flatMap((c) => c.lines)))
  }
  readObjectives(paragraphs, objectives)
  const taskTexts = new Map<number, Task>()
  readSheet(sheet.filter((l) => !OBJECTIVE_LABEL.test(l) && !CODE.test(flat(l))), taskTexts, out.unplaced)
  for (const [n, t] of taskTexts) {
    const target = tasks.get(n)
    if (target) Object.assign(target, { text: t.text, options: t.options })
    else if (t.text) tasks.set(n, { ...t, order: tasks.size })
  }
  const duration = paragraphs.map((p) => DURATION.exec(p)).find(Boolean)
  out.durationMinutes = duration ? Number(duration[2]) : null
  out.objectives = [...objectives.values()]
  out.tasks = [...tasks.entries()].sort((x, y) => x[0] - y[0]).map(([, t], i) => ({ ...t, order: i, type: t.options.length >= 2 ? 'multipleChoice' : t.type }))
  linkByOrder(out.criteria, out.objectives)
  return out
}
