/** Points: whole descriptor points above 0; a total in the usual range for the kind (rules.ts). */
import { DOCUMENT_PATH, descriptorPath } from '../anchors'
import type { Assessment } from '../model'
import { TOTAL_POINTS_RULES } from '../rules'
import { totalPoints } from '../totals'
import type { RawFinding } from './types'

export function pointsRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  a.tasks.forEach((t, i) => {
    for (const d of t.descriptors) {
      if (Number.isInteger(d.points) && d.points > 0) continue
      const value = Number.isFinite(d.points) ? Math.max(1, Math.round(d.points)) : 1
      out.push({
        severity: 'error',
        ruleId: 'descriptor.points',
        path: descriptorPath(t.id, d.id, 'points'),
        params: { n: i + 1, value: String(d.points) },
        fix: { kind: 'setPoints', taskId: t.id, descriptorId: d.id, value },
      })
    }
  })
  const total = totalPoints(a)
  const { min, max } = TOTAL_POINTS_RULES.usual[a.kind]
  if (a.tasks.length > 0 && (total < min || total > max)) {
    out.push({ severity: 'warning', ruleId: 'total.range', path: DOCUMENT_PATH, params: { total, min, max, kind: a.kind } })
  }
  return out
}
