// @vitest-environment happy-dom
/**
 * Every .docx Bagalau prints reads back into an assessment equal field by field: objectives, criteria (and
 * the objectives they check), tasks (text, type, level, minutes), descriptors and points (with their
 * criterion), options (and which are correct) and answers. The worked examples and the shared fixtures'
 * assessments, and the export tests' samples in kk, ru and en.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runChecks } from '@/domain/checks/engine'
import type { Assessment } from '@/domain/model'
import { defaultPrintOptions } from '@/domain/printOptions'
import { assessmentFromWord } from '@/domain/wordImport/assessmentFromWord'
import { readDocx } from '@/exchange/docx'
import { assessmentSource } from '@/exchange/fromWord/assessmentSource'
import { convertWorkedExample } from '@/exchange/workedExamples'
import { buildAssessmentDocx } from '@/export/docx'
import { sampleAssessment } from '../export/sample'
import { comparable } from './comparable'
import { hasLibreOffice, resaveWithLibreOffice } from '../review/mentorWordFile'

const EXAMPLES = 'src/data/examples'
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, convertWorkedExample(JSON.parse(readFileSync(`${EXAMPLES}/${f}`, 'utf8')), f.replace(/\.json$/, '')).assessment] as const)

const print = async (a: Assessment) => new Uint8Array(await (await buildAssessmentDocx(a, defaultPrintOptions())).arrayBuffer())
const readBack = (bytes: Uint8Array) => assessmentFromWord(assessmentSource(readDocx(bytes))).assessment
const roundTrip = async (a: Assessment) => readBack(await print(a))

/** One worked example per language, printed and saved again by LibreOffice (tests/fixtures/docx/assessment-*-print.docx). */
const RESAVED = { kk: 'sor-kk-history-9.json', ru: 'sor-ru-history-kz-kazakh-khanate.json', en: 'sor-en-english-5-t1.json' }

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
  it('a check-clean sample saved again by LibreOffice (the browser test opens it)', async () => {
    const fixture = 'tests/fixtures/docx/assessment-kk-sample.docx'
    const json = 'tests/fixtures/docx/assessment-kk-sample.json'
    if (process.env.BAGALAU_WRITE_FIXTURES && hasLibreOffice) {
      const a = sampleAssessment('kk', 4)
      writeFileSync(json, JSON.stringify(a, null, 1))
      writeFileSync(fixture, resaveWithLibreOffice(await print(a), 'sample-kk'))
    }
    const a = JSON.parse(readFileSync(json, 'utf8')) as Assessment
    const back = readBack(new Uint8Array(readFileSync(fixture)))
    expect(comparable(back)).toEqual(comparable(a))
    expect(runChecks(back).filter((f) => f.severity === 'error')).toEqual([])
  }, 180_000)
  it.each(Object.entries(RESAVED))('%s worked example saved again by LibreOffice', async (language, name) => {
    const a = examples.find(([n]) => n === name)![1]
    const fixture = `tests/fixtures/docx/assessment-${language}-print.docx`
    if (process.env.BAGALAU_WRITE_FIXTURES && hasLibreOffice) writeFileSync(fixture, resaveWithLibreOffice(await print(a), `print-${language}`))
    expect(existsSync(fixture)).toBe(true)
    expect(comparable(readBack(new Uint8Array(readFileSync(fixture))))).toEqual(comparable(a))
  }, 180_000)
})
