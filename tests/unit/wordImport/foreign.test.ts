// @vitest-environment happy-dom
/**
 * Old БЖБ made elsewhere, in kk, ru and en, as the `docx` library writes them and as LibreOffice saves them
 * again (committed under tests/fixtures/docx/assessment-*-foreign.docx; `BAGALAU_WRITE_FIXTURES=1` remakes
 * them): the descriptor table with merged cells, the objectives, tasks, options, time and total are all found.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '@/domain/model'
import { assessmentFromWord } from '@/domain/wordImport/assessmentFromWord'
import { readDocx } from '@/exchange/docx'
import { assessmentSource } from '@/exchange/fromWord/assessmentSource'
import { readAssessment } from '@/exchange/fromWord/readAssessment'
import { makeDocx } from '../docx/make'
import { hasLibreOffice, resaveWithLibreOffice } from '../review/mentorWordFile'
import { FOREIGN, type ForeignExpectation } from './foreignLayouts'

const LANGUAGES = ['kk', 'ru', 'en'] as const
const fixture = (language: string) => `tests/fixtures/docx/assessment-${language}-foreign.docx`

function expectRead(a: Assessment, expected: ForeignExpectation, report: ReturnType<typeof assessmentFromWord>['report']): void {
  expect(a.objectives.map((o) => o.code)).toEqual(expected.objectives)
  expect(a.objectives.every((o) => o.text.length > 5)).toBe(true)
  expect(a.criteria).toHaveLength(expected.criteria)
  expect(a.criteria.every((c) => c.objectiveIds.length > 0)).toBe(true)
  expect(a.tasks.map((t) => ({ descriptors: t.descriptors.length, points: t.descriptors.map((d) => d.points), options: t.options.length }))).toEqual(expected.tasks)
  expect(a.tasks.every((t) => t.text.trim() && t.descriptors.every((d) => d.criterionId && t.criterionIds.includes(d.criterionId)))).toBe(true)
  expect(a.durationMinutes).toBe(expected.duration)
  expect(report.printedTotal).toBe(expected.total)
  expect(report.total).toBe(expected.total)
  expect(a.status).toBe('draft')
}

describe('an old БЖБ in a foreign layout', () => {
  it.each(LANGUAGES)('%s, as the docx library writes it', async (language) => {
    const { blocks, expected } = FOREIGN[language]
    const { assessment, report } = assessmentFromWord(assessmentSource(readDocx(await makeDocx(blocks))))
    expect(assessment.language).toBe(language)
    expect(report.bagalauPrint).toBe(false)
    expectRead(assessment, expected, report)
  })

  it('keeps to the stored limits, and a letter with no assessment in it gives nothing to take', async () => {
    const long = 'Оқу мақсаты: 7.3.1.1 ' + 'ұзын мәтін '.repeat(6000)
    const read = readAssessment(readDocx(await makeDocx([{ paragraph: long }, ...FOREIGN.kk.blocks.slice(2)])))!
    expect(read.assessment.objectives[0].text.length).toBeLessThanOrEqual(50_000)
    const letter = readAssessment(readDocx(await makeDocx([{ heading: 'Хат' }, { paragraph: 'Құрметті әріптестер, жиналыс сәрсенбіде болады.' }])))!
    expect([letter.report.tasks, letter.report.criteria, letter.report.objectives]).toEqual([0, 0, 0])
  })

  it.each(LANGUAGES)('%s, saved again by LibreOffice', async (language) => {
    if (process.env.BAGALAU_WRITE_FIXTURES && hasLibreOffice) writeFileSync(fixture(language), resaveWithLibreOffice(await makeDocx(FOREIGN[language].blocks), `foreign-${language}`))
    expect(existsSync(fixture(language))).toBe(true)
    const { assessment, report } = assessmentFromWord(assessmentSource(readDocx(new Uint8Array(readFileSync(fixture(language))))))
    expect(assessment.language).toBe(language)
    expectRead(assessment, FOREIGN[language].expected, report)
  }, 180_000)
})
