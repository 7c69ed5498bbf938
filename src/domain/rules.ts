/**
 * Rules set by ministry documents, kept as data with their source so that a policy change is a data
 * edit. Sources: «Правила проведения текущего контроля успеваемости…» (percent → mark, grades 2–11) and
 * the NAO Altynsarin «Методические рекомендации по суммативному оцениванию» (durations).
 */
import type { AssessmentKind } from './model'

/**
 * A published document a rule comes from, as data: its title exactly as published (in its own language),
 * who issued it and which edition. `citeSource` (domain/sources.ts) words it for a reader, marking the
 * title as quoted when it is in another language.
 */
export interface CitedSource {
  title: string
  titleLanguage: 'ru' | 'kk'
  issuer: 'ministryOrder125' | 'altynsarin'
  /** the years of the edition, as published: '2022', '2021–2023' */
  edition: string
  grades?: { from: number; to: number }
}

export interface MarkBand {
  minPercent: number
  maxPercent: number
  mark: number
}

export const MARK_BANDS = {
  source: 'Правила текущего контроля успеваемости (приказ МОН РК № 125, ред. 2022), grades 2–11',
  cited: {
    title: 'Правила проведения текущего контроля успеваемости, промежуточной и итоговой аттестации обучающихся',
    titleLanguage: 'ru',
    issuer: 'ministryOrder125',
    edition: '2022',
    grades: { from: 2, to: 11 },
  } satisfies CitedSource,
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

/** A closed range of whole numbers, with where it comes from. */
export interface UsualRange {
  min: number
  max: number
}

/**
 * Usual total points per kind. Not a ministry rule but what published documents show: unit assessments of
 * about 7–15 points, term ones of 15–30 (fixtures: СОр history 10 and 13, БЖБ maths 12; СОч 20, ТЖБ 30).
 */
export const TOTAL_POINTS_RULES = {
  source: 'Published БЖБ/СОр and ТЖБ/СОч on teacher sites (see shared/fixtures), 2021–2023 editions',
  usual: { unit: { min: 7, max: 15 }, term: { min: 15, max: 30 } } satisfies Record<AssessmentKind, UsualRange>,
}

/**
 * Usual durations per kind: term assessments are 40 minutes (45 in some primary and history
 * specifications); unit ones commonly 20–25 (some primary ones 15).
 */
export const DURATION_RANGES = {
  source: DURATION_RULES.source,
  usual: { unit: { min: 15, max: 25 }, term: { min: 40, max: 45 } } satisfies Record<AssessmentKind, UsualRange>,
}

/** Grade 1 has its own bands and, in practice, no marks (levels only). Kept for reference with its source. */
export const GRADE_1_BANDS = {
  source: MARK_BANDS.source + ', grade 1',
  bands: [
    { minPercent: 0, maxPercent: 20, mark: 1 },
    { minPercent: 21, maxPercent: 50, mark: 2 },
    { minPercent: 51, maxPercent: 80, mark: 3 },
    { minPercent: 81, maxPercent: 100, mark: 4 },
  ] satisfies MarkBand[],
}

/** How the summative parts weigh in the term mark, in per cent. Sources disagree by year: a setting, not a constant. */
export interface TermMarkWeights {
  id: string
  source: string
  cited: CitedSource
  /** formative (ФО / ҚБ), unit (СОр / БЖБ), term (СОч / ТЖБ); they sum to 100 */
  weights: { formative: number; unit: number; term: number }
}

export const TERM_MARK_WEIGHT_PRESETS: TermMarkWeights[] = [
  {
    id: 'sor50-soch50',
    source: 'Сборники заданий для суммативного оценивания (НАО им. Ы. Алтынсарина), 2021–2023: СОр 50 % + СОч 50 %',
    cited: { title: 'Сборник заданий для суммативного оценивания', titleLanguage: 'ru', issuer: 'altynsarin', edition: '2021–2023' },
    weights: { formative: 0, unit: 50, term: 50 },
  },
  {
    id: 'fo25-sor25-soch50',
    source: 'Правила текущего контроля (ред. 2016–2020): ФО 25 % + СОр 25 % + СОч 50 %',
    cited: { title: 'Правила проведения текущего контроля успеваемости', titleLanguage: 'ru', issuer: 'ministryOrder125', edition: '2016–2020' },
    weights: { formative: 25, unit: 25, term: 50 },
  },
]

/** The preset used until the teacher chooses another one in the settings. */
export const DEFAULT_TERM_MARK_WEIGHTS_ID = 'sor50-soch50'
