/**
 * Rules set by ministry documents, kept as data with their source so that a policy change is a data
 * edit. Sources: «Правила проведения текущего контроля успеваемости…» (percent → mark, grades 2–11) and
 * the NAO Altynsarin «Методические рекомендации по суммативному оцениванию» (durations).
 */
import type { AssessmentKind } from './model'

export interface MarkBand {
  minPercent: number
  maxPercent: number
  mark: number
}

export const MARK_BANDS = {
  source: 'Правила текущего контроля успеваемости (приказ МОН РК № 125, ред. 2022), grades 2–11',
  bands: [
    { minPercent: 0, maxPercent: 39, mark: 2 },
    { minPercent: 40, maxPercent: 64, mark: 3 },
    { minPercent: 65, maxPercent: 84, mark: 4 },
    { minPercent: 85, maxPercent: 100, mark: 5 },
  ] satisfies MarkBand[],
}

export const DURATION_RULES = {
  source: 'NAO Altynsarin, Методические рекомендации по суммативному оцениванию (term: 40 min; unit: 20–25 min)',
  defaults: { unit: 20, term: 40 } satisfies Record<AssessmentKind, number>,
}

export function defaultDurationMinutes(kind: AssessmentKind): number {
  return DURATION_RULES.defaults[kind]
}
