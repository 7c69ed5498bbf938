/** Thinking levels: a term assessment spans two levels and has a higher-order task; a unit one is not all recall. */
import { DOCUMENT_PATH } from '../anchors'
import type { Assessment, ThinkingLevel } from '../model'
import type { RawFinding } from './types'

export function levelRules(a: Assessment): RawFinding[] {
  const levels = a.tasks.map((t) => t.level).filter((l): l is ThinkingLevel => l !== null)
  // levels not chosen yet are reported per task by the structure rules; judge the balance once they are
  if (levels.length === 0 || levels.length < a.tasks.length) return []
  const distinct = new Set(levels)
  const out: RawFinding[] = []
  if (a.kind === 'term') {
    if (distinct.size < 2) out.push({ severity: 'warning', ruleId: 'levels.termSpread', path: DOCUMENT_PATH })
    if (!distinct.has('higher')) out.push({ severity: 'warning', ruleId: 'levels.termHigher', path: DOCUMENT_PATH })
  } else if (distinct.size === 1 && distinct.has('knowledge')) {
    out.push({ severity: 'hint', ruleId: 'levels.unitRecall', path: DOCUMENT_PATH })
  }
  return out
}
