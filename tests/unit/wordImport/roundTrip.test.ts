// @vitest-environment happy-dom
/**
 * Every .docx Bagalau prints reads back into an assessment equal field by field: objectives, criteria (and
 * the objectives they check), tasks (text, type, level, minutes), descriptors and points (with their
 * criterion), options (and which are correct) and answers. The worked examples and the shared fixtures'
 * assessments, and the export tests' samples in kk, ru and en.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '@/domain/model'
import { defaultPrintOptions } from '@/domain/printOptions'
import { assessmentFromWord } from '@/domain/wordImport/assessmentFromWord'
import { readDocx } from '@/exchange/docx'
import { assessmentSource } from '@/exchange/fromWord/assessmentSource'
import { convertWorkedExample } from '@/exchange/workedExamples'
import { buildAssessmentDocx } from '@/export/docx'
import { sampleAssessment } from '../export/sample'

/** The content of an assessment with ids replaced by positions, list items in order. */
export function comparable(a: Assessment) {
  const byOrder = <T extends { order: number }>(xs: readonly T[]) => [...xs].sort((x, y) => x.order - y.order)
  const objectives = byOrder(a.objectives)
  const criteria = byOrder(a.criteria)
  const oi = (id: string) => objectives.findIndex((o) => o.id === id)
  const ci = (id: string | null) => (id === null ? null : criteria.findIndex((c) => c.id === id))
  const trimmed = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n')
  const used = (c: { id: string }) => a.tasks.some((t) => t.descriptors.some((d) => d.criterionId === c.id)) || c.id === ''
  return {
    title: a.title.trim(),
    kind: a.kind,
    language: a.language,
    grade: a.grade,
    term: a.term,
    durationMinutes: a.durationMinutes,
    objectives: objectives.map((o) => ({ code: o.code.trim(), text: o.text.trim() })),
    criteria: criteria.filter((c) => c.text.trim() || used(c)).map((c) => ({ text: c.text.trim(), objectives: c.objectiveIds.map(oi).sort() })),
    tasks: byOrder(a.tasks).map((t) => ({
      text: t.text,
      type: t.type ?? (t.options.length ? 'multipleChoice' : null),
      level: t.level,
      minutes: t.minutes,
      answer: trimmed(t.answer),
      options: byOrder(t.options).map((o) => ({ text: o.text, correct: o.correct })),
      descriptors: byOrder(t.descriptors).map((d) => ({ text: d.text, points: d.points, criterion: ci(d.criterionId) })),
    })),
  }
}

const EXAMPLES = 'src/data/examples'
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, convertWorkedExample(JSON.parse(readFileSync(`${EXAMPLES}/${f}`, 'utf8')), f.replace(/\.json$/, '')).assessment] as const)

async function roundTrip(a: Assessment): Promise<Assessment> {
  const bytes = new Uint8Array(await (await buildAssessmentDocx(a, defaultPrintOptions())).arrayBuffer())
  return assessmentFromWord(assessmentSource(readDocx(bytes))).assessment
}

describe('a Bagalau print reads back field by field', () => {
  it.each(examples)('worked example %s', async (_name, a) => {
    expect(comparable(await roundTrip(a))).toEqual(comparable(a))
  })
  it.each(['kk', 'ru', 'en'] as const)('export sample in %s', async (language) => {
    const a = sampleAssessment(language, 6, language === 'ru' ? 'term' : 'unit')
    const back = await roundTrip(a)
    expect(comparable(back)).toEqual(comparable(a))
    expect(back.id).not.toBe(a.id)
    expect(back.status).toBe('draft')
  })
})
