/** Multiple choice: at least three options, a correct one marked, no option repeated. */
import { optionPath, partOptionPath, partPath, taskPath } from '../anchors'
import type { Assessment, ChoiceOption } from '../model'
import { partLabel, taskParts } from '../parts'
import { optionLetter } from '../options'
import { normalise } from './structure'
import type { Fix, RawFinding } from './types'

export const MIN_OPTIONS = 3

/** Where a question's findings point: a task's own options, or a part's. */
interface Question {
  options: ChoiceOption[]
  listPath: string
  optionPath: (id: string) => string
  /** The fix that removes a repeated option; a part's options are removed by hand. */
  removeFix: (id: string) => Fix | null
}

function questionRules(q: Question, n: number | string): RawFinding[] {
  const out: RawFinding[] = []
  if (q.options.length < MIN_OPTIONS) out.push({ severity: 'error', ruleId: 'mc.fewOptions', path: q.listPath, params: { n, count: q.options.length } })
  if (q.options.length > 0 && !q.options.some((o) => o.correct)) out.push({ severity: 'error', ruleId: 'mc.noCorrect', path: q.listPath, params: { n } })
  const seen = new Set<string>()
  q.options.forEach((o, j) => {
    const key = normalise(o.text)
    const fix = o.correct ? null : q.removeFix(o.id)
    if (key && seen.has(key)) {
      out.push({ severity: 'error', ruleId: 'mc.duplicateOption', path: q.optionPath(o.id), params: { n, letter: optionLetter(j) }, ...(fix ? { fix } : {}) })
    }
    seen.add(key)
  })
  return out
}

export function multipleChoiceRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  a.tasks.forEach((t, i) => {
    const n = i + 1
    if (t.type === 'multipleChoice') {
      const own: Question = {
        options: t.options,
        listPath: taskPath(t.id, 'options'),
        optionPath: (id) => optionPath(t.id, id, 'text'),
        removeFix: (id) => ({ kind: 'removeOption', taskId: t.id, optionId: id }),
      }
      out.push(...questionRules(own, n))
    }
    taskParts(t).forEach((part, k) => {
      if (part.type !== 'multipleChoice') return
      const q: Question = { options: part.options, listPath: partPath(t.id, part.id, 'options'), optionPath: (id) => partOptionPath(t.id, part.id, id, 'text'), removeFix: () => null }
      out.push(...questionRules(q, partLabel(a.language, n, k)))
    })
  })
  return out
}
