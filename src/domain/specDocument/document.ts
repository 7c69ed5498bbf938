/**
 * The specification of a term assessment as the document teachers file (ТЖБ / СОч): numbered general
 * parts (purpose, content, expected results, levels, distribution, administration, moderation), then the
 * term's overview (duration, points, task types), structure, characteristics of tasks and mark scheme.
 * A unit assessment's specification is the characteristic table alone. The screen (derived tab) and Word
 * (export/docx) both draw this list of blocks, so they never say different things.
 */
import type { Assessment, Language, SpecLayout, SpecText, ThinkingLevel } from '../model'
import { TASK_TYPES, THINKING_LEVELS } from '../model'
import { specification, specificationMinutes } from '../specification'
import { EN } from './en'
import { KK } from './kk'
import { RU } from './ru'
import type { SpecFacts, SpecWording } from './wording'

export const SPEC_WORDING: Record<Language, SpecWording> = { kk: KK, ru: RU, en: EN }

export type SpecBlock =
  | { kind: 'title'; text: string }
  /** A numbered heading of the general part (1–7) or a heading of the term's part (number null). */
  | { kind: 'heading'; number: number | null; text: string; level: 1 | 2; of?: 'markScheme' }
  /** A paragraph the teacher may reword: `text` is what prints, `generated` the wording it replaces. */
  | { kind: 'text'; key: SpecText; text: string; generated: string; edited: boolean }
  /** Lines of facts (the overview): printed one per line. */
  | { kind: 'lines'; lines: string[] }
  | { kind: 'levels'; head: [string, string, string]; rows: { level: ThinkingLevel; name: string; description: string; recommended: string }[] }
  | { kind: 'distribution'; head: string[]; row: string[] }
  | { kind: 'characteristics'; layout: SpecLayout }
  | { kind: 'markScheme' }

/**
 * The layout the characteristic table takes: the teacher's choice, else the 5–11 one — it prints each task's
 * level, type and minutes, which a printed pack needs to read back whole (domain/wordImport/fromPrint.ts).
 */
export const specLayout = (a: Assessment): SpecLayout => a.specEdits.layout ?? 'secondary'

const upperFirst = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s)

export function specFacts(a: Assessment): SpecFacts {
  const spec = specification(a)
  const used = TASK_TYPES.filter((t) => a.tasks.some((task) => task.type === t))
  return {
    subject: a.subject.trim(),
    grade: a.grade,
    term: a.term,
    minutes: a.durationMinutes ?? specificationMinutes(a, spec),
    points: spec.points,
    taskCount: spec.taskCount,
    types: used.length ? used : [...TASK_TYPES],
  }
}

/** The generated wording of each paragraph the teacher may reword (before her edits). */
export function generatedTexts(a: Assessment): Record<SpecText, string> {
  const w = SPEC_WORDING[a.language]
  const f = specFacts(a)
  const objectives = a.objectives.map((o) => [o.code.trim(), o.text.trim()].filter(Boolean).join(' ')).filter(Boolean)
  return {
    purpose: w.purpose(f),
    content: w.content(f),
    results: [w.resultsIntro, ...objectives].join('\n'),
    administration: w.administration,
    moderation: w.moderation,
    structure: w.structure(f),
  }
}

/**
 * Per level, how many objectives the tasks check at it (an objective checked at two levels counts at
 * each), with the share of all; the last cell is the total.
 */
function distribution(a: Assessment): number[] {
  const spec = specification(a)
  const pairs = new Set<string>()
  for (const s of spec.sections) for (const r of s.rows) if (r.level) for (const o of r.objectives) pairs.add(`${r.level}\u0000${o.id}`)
  return THINKING_LEVELS.map((level) => [...pairs].filter((p) => p.startsWith(`${level}\u0000`)).length)
}

const share = (n: number, total: number) => (total ? `${n} (${Math.round((n / total) * 100)}%)` : '0')

export function specificationDocument(a: Assessment, levelNames: Record<ThinkingLevel, string>): SpecBlock[] {
  const layout = specLayout(a)
  if (a.kind !== 'term') return [{ kind: 'characteristics', layout }]
  const w = SPEC_WORDING[a.language]
  const f = specFacts(a)
  const generated = generatedTexts(a)
  const text = (key: SpecText): SpecBlock => {
    const own = a.specEdits[key]
    const edited = own !== undefined && own !== generated[key]
    return { kind: 'text', key, text: edited ? own : generated[key], generated: generated[key], edited }
  }
  const h = w.headings
  let n = 0
  const numbered = (heading: string): SpecBlock => ({ kind: 'heading', number: ++n, text: upperFirst(heading), level: 2 })
  const counts = distribution(a)
  const total = counts.reduce((s, c) => s + c, 0)
  return [
    { kind: 'title', text: upperFirst(w.title(f)) },
    numbered(h.purpose),
    text('purpose'),
    numbered(h.content),
    text('content'),
    numbered(h.results(f)),
    text('results'),
    numbered(h.levels(f)),
    {
      kind: 'levels',
      head: [w.levelsTable.level, w.levelsTable.description, w.levelsTable.recommended],
      rows: THINKING_LEVELS.map((level) => ({ level, name: levelNames[level], ...w.levelsTable.rows[level] })),
    },
    numbered(h.distribution),
    {
      kind: 'distribution',
      head: [w.distributionTable.term, ...THINKING_LEVELS.map((l) => levelNames[l]), w.distributionTable.total],
      row: [w.distributionTable.termName(a.term), ...counts.map((c) => share(c, total)), String(total)],
    },
    numbered(h.administration),
    text('administration'),
    numbered(h.moderation),
    text('moderation'),
    { kind: 'heading', number: null, text: upperFirst(h.term(f)), level: 1 },
    { kind: 'heading', number: null, text: upperFirst(h.overview(f)), level: 2 },
    { kind: 'lines', lines: [w.overview.duration(f.minutes), w.overview.points(f.points), w.overview.types, ...f.types.map((t, i) => `${w.typesPlural[t]}${i === f.types.length - 1 ? '.' : ';'}`)] },
    { kind: 'heading', number: null, text: upperFirst(h.structure), level: 2 },
    text('structure'),
    { kind: 'heading', number: null, text: upperFirst(h.characteristics(f)), level: 2 },
    { kind: 'characteristics', layout },
    { kind: 'heading', number: null, text: upperFirst(h.markScheme), level: 2, of: 'markScheme' },
    { kind: 'markScheme' },
  ]
}
