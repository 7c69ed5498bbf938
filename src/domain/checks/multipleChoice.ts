/** Multiple choice: at least three options, a correct one marked, no option repeated. */
import { optionPath, taskPath } from '../anchors'
import type { Assessment } from '../model'
import { optionLetter } from '../options'
import { normalise } from './structure'
import type { RawFinding } from './types'

export const MIN_OPTIONS = 3

export function multipleChoiceRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  a.tasks.forEach((t, i) => {
    if (t.type !== 'multipleChoice') return
    const n = i + 1
    if (t.options.length < MIN_OPTIONS) out.push({ severity: 'error', ruleId: 'mc.fewOptions', path: taskPath(t.id, 'options'), params: { n, count: t.options.length } })
    if (t.options.length > 0 && !t.options.some((o) => o.correct)) out.push({ severity: 'error', ruleId: 'mc.noCorrect', path: taskPath(t.id, 'options'), params: { n } })
    const seen = new Set<string>()
    t.options.forEach((o, j) => {
      const key = normalise(o.text)
      if (key && seen.has(key)) {
        out.push({
          severity: 'error',
          ruleId: 'mc.duplicateOption',
          path: optionPath(t.id, o.id, 'text'),
          params: { n, letter: optionLetter(j) },
          ...(o.correct ? {} : { fix: { kind: 'removeOption', taskId: t.id, optionId: o.id } }),
        })
      }
      seen.add(key)
    })
  })
  return out
}
