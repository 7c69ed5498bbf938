/**
 * A new draft from an old БЖБ / ТЖБ in Word: a file Bagalau printed is read by its field markers
 * (./fromPrint.ts), any other by its layout (./fromLayout.ts). The result is always a new assessment with new
 * ids, a draft, never a change to an existing one; the report says what was taken and what was not placed.
 */
import { createAssessment } from '../factories'
import type { Assessment, Language } from '../model'
import { PRINT_LABELS } from '../printLabels'
import { taskPoints } from '../totals'
import { fromLayout } from './fromLayout'
import { fromPrint, isBagalauPrint } from './fromPrint'
import { flat, norm, type ImportReport, type SourceBlock } from './source'

export type { ImportReport, SourceBlock } from './source'

const KAZAKH = /[әғқңөұүһі]/i
const CYRILLIC = /[а-яё]/i

/** The document's language: by the descriptor table's printed headings, else by its letters. */
export function languageOf(blocks: readonly SourceBlock[]): Language {
  const texts = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.map((c) => c.text))))
  const heads = new Set(texts.map(norm))
  const byLabel = (['kk', 'ru', 'en'] as const).find((l) => heads.has(norm(PRINT_LABELS[l].criterion)) || heads.has(norm(PRINT_LABELS[l].learner)))
  if (byLabel) return byLabel
  const all = texts.join(' ')
  const kazakh = (all.match(new RegExp(KAZAKH.source, 'gi')) ?? []).length
  const cyrillic = (all.match(new RegExp(CYRILLIC.source, 'gi')) ?? []).length
  return kazakh > 0 && kazakh * 40 >= cyrillic ? 'kk' : cyrillic > 0 ? 'ru' : 'en'
}

const TERM = /тжб|соч|тоқсан бойынша|за четверть|for the term|term assessment/i
const TITLE = /жиынтық бағалау|суммативное оценивание|summative assessment/i

export interface WordImport {
  assessment: Assessment
  report: ImportReport
}

export function assessmentFromWord(blocks: readonly SourceBlock[], now = Date.now()): WordImport {
  const language = languageOf(blocks)
  const base = createAssessment({ kind: 'unit', language, now })
  const bagalau = isBagalauPrint(blocks)
  let assessment: Assessment
  let printedTotal: number | null = null
  let unplaced: string[] = []
  let print: ImportReport['print'] = null
  if (bagalau) {
    const { report, ...read } = fromPrint(blocks, language)
    assessment = { ...base, ...read }
    print = report
  } else {
    const read = fromLayout(blocks)
    const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [flat(b.text)] : []))
    const title = paragraphs.find((p) => TITLE.test(p)) ?? ''
    assessment = { ...base, kind: paragraphs.some((p) => TERM.test(p)) ? 'term' : 'unit', title: title.slice(0, 300), objectives: read.objectives, criteria: read.criteria, tasks: read.tasks, durationMinutes: read.durationMinutes }
    printedTotal = read.printedTotal
    unplaced = read.unplaced.slice(0, 200)
  }
  const tasks = assessment.tasks
  return {
    assessment,
    report: {
      bagalauPrint: bagalau,
      objectives: assessment.objectives.length,
      criteria: assessment.criteria.length,
      tasks: tasks.length,
      descriptors: tasks.reduce((s, t) => s + t.descriptors.length, 0),
      options: tasks.reduce((s, t) => s + t.options.length, 0),
      duration: assessment.durationMinutes,
      printedTotal,
      total: tasks.reduce((s, t) => s + taskPoints(t), 0),
      unplaced,
      print,
    },
  }
}
