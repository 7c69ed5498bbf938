/** Time: task minutes fit the duration; the duration is usual for the kind (rules.ts); term tasks have minutes for the specification. */
import { headerPath, taskPath } from '../anchors'
import type { Assessment } from '../model'
import { DURATION_RANGES, defaultDurationMinutes } from '../rules'
import { totalMinutes } from '../totals'
import type { RawFinding } from './types'

export function timeRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  const duration = a.durationMinutes
  const { min, max } = DURATION_RANGES.usual[a.kind]
  if (duration === null) {
    out.push({ severity: 'warning', ruleId: 'time.noDuration', path: headerPath('durationMinutes'), fix: { kind: 'setDuration', value: defaultDurationMinutes(a.kind) } })
  } else {
    const minutes = totalMinutes(a)
    if (minutes > duration) out.push({ severity: 'error', ruleId: 'time.over', path: headerPath('durationMinutes'), params: { minutes, duration } })
    if (duration < min || duration > max) {
      out.push({
        severity: 'warning',
        ruleId: 'time.duration',
        path: headerPath('durationMinutes'),
        params: { duration, min, max, kind: a.kind },
        ...(minutes <= defaultDurationMinutes(a.kind) ? { fix: { kind: 'setDuration', value: defaultDurationMinutes(a.kind) } } : {}),
      })
    }
  }
  if (a.kind === 'term') {
    a.tasks.forEach((t, i) => {
      if (t.minutes === null) out.push({ severity: 'hint', ruleId: 'time.noMinutes', path: taskPath(t.id, 'minutes'), params: { n: i + 1 } })
    })
  }
  return out
}
