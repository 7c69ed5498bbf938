/** Structure: every task typed, levelled, linked and described; criteria and objectives linked both ways; no empty or repeated texts. */
import { criterionPath, descriptorPath, headerPath, listPath, objectivePath, optionPath, partOptionPath, partPath, taskPath } from '../anchors'
import type { Assessment, Task, TaskPart } from '../model'
import { partDescriptors, partLabel, taskParts } from '../parts'
import { optionLetter } from '../options'
import type { RawFinding } from './types'

export const normalise = (s: string) => s.trim().toLowerCase().replace(/[.;:,!?]+$/, '').replace(/\s+/g, ' ')
const short = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s)

export function taskRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  const criterionIds = new Set(a.criteria.map((c) => c.id))
  a.tasks.forEach((t, i) => {
    const n = i + 1
    // a task with parts may open with no text of its own; each part has its own text and type
    const parts = taskParts(t)
    if (!t.text.trim() && parts.length === 0) out.push({ severity: 'error', ruleId: 'task.emptyText', path: taskPath(t.id, 'text'), params: { n } })
    if (!t.type && parts.length === 0) out.push({ severity: 'error', ruleId: 'task.noType', path: taskPath(t.id, 'type'), params: { n } })
    if (!t.level) out.push({ severity: 'error', ruleId: 'task.noLevel', path: taskPath(t.id, 'level'), params: { n } })
    const linked = t.criterionIds.filter((id) => criterionIds.has(id))
    if (linked.length === 0) {
      // with one criterion in the assessment the link is obvious; otherwise the teacher chooses
      const only = a.criteria.length === 1 ? a.criteria[0].id : null
      out.push({
        severity: 'error',
        ruleId: 'task.noCriterion',
        path: taskPath(t.id, 'criterionIds'),
        params: { n },
        ...(only ? { fix: { kind: 'linkCriterion', taskId: t.id, criterionId: only } } : {}),
      })
    }
    if (t.descriptors.length === 0) out.push({ severity: 'error', ruleId: 'task.noDescriptor', path: taskPath(t.id, 'descriptors'), params: { n } })
    const seen = new Set<string>()
    for (const d of t.descriptors) {
      const key = normalise(d.text)
      if (!key) {
        out.push({ severity: 'error', ruleId: 'descriptor.emptyText', path: descriptorPath(t.id, d.id, 'text'), params: { n } })
      } else if (seen.has(key)) {
        out.push({
          severity: 'warning',
          ruleId: 'descriptor.duplicate',
          path: descriptorPath(t.id, d.id, 'text'),
          params: { n, text: short(d.text.trim()) },
          fix: { kind: 'removeDescriptor', taskId: t.id, descriptorId: d.id },
        })
      }
      seen.add(key)
      if (d.criterionId !== null && !linked.includes(d.criterionId)) {
        out.push({
          severity: 'error',
          ruleId: 'descriptor.foreignCriterion',
          path: descriptorPath(t.id, d.id, 'criterionId'),
          params: { n },
          ...(linked.length === 1 ? { fix: { kind: 'setDescriptorCriterion', taskId: t.id, descriptorId: d.id, criterionId: linked[0] } } : {}),
        })
      } else if (d.criterionId === null && linked.length > 1) {
        out.push({ severity: 'warning', ruleId: 'descriptor.noCriterion', path: descriptorPath(t.id, d.id, 'criterionId'), params: { n } })
      }
    }
    if (t.type === 'multipleChoice') {
      t.options.forEach((o, j) => {
        if (!o.text.trim()) out.push({ severity: 'error', ruleId: 'option.emptyText', path: optionPath(t.id, o.id, 'text'), params: { n, letter: optionLetter(j) } })
      })
    }
    parts.forEach((part, k) => out.push(...partRules(t, part, partLabel(a.language, n, k))))
  })
  return out
}

/** One part (`n` is its printed number, 1ә): text, type, options' texts, and a descriptor that marks it. */
function partRules(t: Task, part: TaskPart, n: string): RawFinding[] {
  const out: RawFinding[] = []
  if (!part.text.trim()) out.push({ severity: 'error', ruleId: 'task.emptyText', path: partPath(t.id, part.id, 'text'), params: { n } })
  if (!part.type) out.push({ severity: 'error', ruleId: 'task.noType', path: partPath(t.id, part.id, 'type'), params: { n } })
  if (part.type === 'multipleChoice') {
    part.options.forEach((o, j) => {
      if (!o.text.trim()) out.push({ severity: 'error', ruleId: 'option.emptyText', path: partOptionPath(t.id, part.id, o.id, 'text'), params: { n, letter: optionLetter(j) } })
    })
  }
  if (partDescriptors(t, part.id).length === 0) out.push({ severity: 'warning', ruleId: 'part.noDescriptor', path: partPath(t.id, part.id), params: { n } })
  return out
}

export function criterionRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  const objectiveIds = new Set(a.objectives.map((o) => o.id))
  const used = new Set(a.tasks.flatMap((t) => t.criterionIds))
  for (const c of a.criteria) {
    const text = short(c.text.trim())
    if (!c.text.trim()) out.push({ severity: 'error', ruleId: 'criterion.emptyText', path: criterionPath(c.id, 'text') })
    if (!c.objectiveIds.some((id) => objectiveIds.has(id))) {
      const only = a.objectives.length === 1 ? a.objectives[0].id : null
      out.push({
        severity: 'error',
        ruleId: 'criterion.noObjective',
        path: criterionPath(c.id, 'objectiveIds'),
        params: { text },
        ...(only ? { fix: { kind: 'linkObjective', criterionId: c.id, objectiveId: only } } : {}),
      })
    }
    if (a.tasks.length > 0 && !used.has(c.id)) out.push({ severity: 'warning', ruleId: 'criterion.unused', path: criterionPath(c.id), params: { text } })
  }
  return out
}

export function objectiveRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  const assessed = new Set(a.criteria.flatMap((c) => c.objectiveIds))
  for (const o of a.objectives) {
    const code = o.code.trim() || '…'
    if (!o.code.trim()) out.push({ severity: 'error', ruleId: 'objective.emptyCode', path: objectivePath(o.id, 'code') })
    if (!o.text.trim()) out.push({ severity: 'warning', ruleId: 'objective.emptyText', path: objectivePath(o.id, 'text'), params: { code } })
    if (!assessed.has(o.id)) out.push({ severity: 'error', ruleId: 'objective.notAssessed', path: objectivePath(o.id), params: { code } })
  }
  return out
}

/** The document as a whole: what every summative assessment has before a methodologist reads it. */
export function wholeAssessmentRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  if (a.objectives.length === 0) out.push({ severity: 'error', ruleId: 'assessment.noObjectives', path: listPath('objectives') })
  if (a.criteria.length === 0) out.push({ severity: 'error', ruleId: 'assessment.noCriteria', path: listPath('criteria') })
  if (a.tasks.length === 0) out.push({ severity: 'error', ruleId: 'assessment.noTasks', path: listPath('tasks') })
  if (!a.subject.trim()) out.push({ severity: 'warning', ruleId: 'header.noSubject', path: headerPath('subject') })
  if (a.grade === null) out.push({ severity: 'warning', ruleId: 'header.noGrade', path: headerPath('grade') })
  if (a.term === null) out.push({ severity: 'warning', ruleId: 'header.noTerm', path: headerPath('term') })
  return out
}
