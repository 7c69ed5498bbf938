/**
 * Small readers for the values real example files hold: task types and levels as published
 * («МВО», «Қысқа жауапты…», «listening, gap fill», «Знание и понимание»), titles built in the
 * document's own language, and points that the page printed only per task.
 */
import type { AssessmentKind, Language, TaskType, ThinkingLevel } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { foldText } from '@/domain/text/fold'

const words = (value: string) => foldText(value).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** Abbreviations and phrases of the three task types in kk, ru and en, folded. */
const TYPE_SIGNS: Record<TaskType, { abbreviations: string[]; phrases: string[] }> = {
  multipleChoice: { abbreviations: ['мво', 'ктб', 'кт', 'mcq'], phrases: ['multiple choice', 'множествен', 'коп тандау'] },
  shortAnswer: { abbreviations: ['ко', 'кж', 'saq'], phrases: ['short answer', 'кратк', 'кыска жауап', 'gap fill', 'gap-fill'] },
  extendedAnswer: { abbreviations: ['ро', 'тж', 'erq'], phrases: ['extended', 'развернут', 'толык жауап'] },
}

/** The task type a published value names, or null when it names none (e.g. «speaking, dialogue»). */
export function recogniseTaskType(value: string | null): TaskType | null {
  if (value === null) return null
  const folded = foldText(value)
  const tokens = words(value)
  for (const [type, signs] of Object.entries(TYPE_SIGNS) as [TaskType, (typeof TYPE_SIGNS)[TaskType]][]) {
    if (signs.abbreviations.some((a) => tokens.includes(a)) || signs.phrases.some((p) => folded.includes(p))) return type
  }
  return null
}

/** The thinking level a published value names, in any of the three languages, or null. */
export function recogniseLevel(value: string | null): ThinkingLevel | null {
  if (value === null) return null
  const folded = words(value).join(' ')
  if (folded === '') return null
  for (const labels of Object.values(PRINT_LABELS)) {
    for (const [level, label] of Object.entries(labels.levels) as [ThinkingLevel, string][]) {
      if (words(label).join(' ') === folded) return level
    }
  }
  if (/\bhigher\b|высок|жогары/.test(folded)) return 'higher'
  if (/knowledge|знани|билу/.test(folded)) return 'knowledge'
  if (/application|применен|колдану/.test(folded)) return 'application'
  return null
}

/**
 * Whole-number points per descriptor. When the page printed only the task's mark (descriptor points
 * null), the rest of the task's mark is spread over those descriptors if it divides evenly (6 marks for
 * six gap-fill words → 1 each); otherwise they get 0 and the missing part is reported.
 */
export function spreadPoints(points: (number | null)[], taskPoints: number | null): number[] {
  const unknown = points.filter((p) => p === null).length
  const known = points.reduce<number>((sum, p) => sum + (p ?? 0), 0)
  const rest = taskPoints === null ? 0 : taskPoints - known
  const each = unknown > 0 && rest > 0 && rest % unknown === 0 ? rest / unknown : 0
  return points.map((p) => p ?? each)
}

/** A transcriber's remark standing in for a section title, e.g. «(exact title not in the excerpt)». */
export function isEditorialNote(section: string): boolean {
  const s = section.trim()
  return s === '' || (s.startsWith('(') && s.endsWith(')'))
}

const QUOTES: Record<Language, [string, string]> = { kk: ['«', '»'], ru: ['«', '»'], en: ['“', '”'] }

export interface TitleParts {
  kind: AssessmentKind
  language: Language
  subject: string
  grade: number | null
  term: number | null
  sections: string[]
}

/** A title in the document's language: «БЖБ. Математика, 2-сынып, 4-тоқсан. «Тиімді есептеу тәсілдері»». */
export function exampleTitle(parts: TitleParts): string {
  const labels = PRINT_LABELS[parts.language]
  const [open, close] = QUOTES[parts.language]
  const facts = [
    parts.subject.trim(),
    parts.grade === null ? '' : labels.pack.gradeText(parts.grade),
    parts.term === null ? '' : labels.pack.termText(parts.term),
  ].filter(Boolean)
  const sections = parts.sections.filter((s) => !isEditorialNote(s)).map((s) => `${open}${s.trim()}${close}`)
  return [labels.kindShort[parts.kind], facts.join(', '), sections.join(', ')].filter(Boolean).join('. ')
}
