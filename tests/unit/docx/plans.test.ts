/**
 * Objectives read from long-term plans in kk, ru and en, as the docx library writes them and as LibreOffice
 * re-saves them (tests/fixtures/docx/libreoffice, made by scripts/make-docx-fixtures.mjs): every objective
 * present is found, with its section and term, and nothing else; the document's subject, grade and language.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { recogniseObjectives, type RecognisedDocument } from '@/domain/catalogue/recognise'
import { readDocx, unitsOfDocx } from '@/exchange/docx'
import { longPlan, PLANS } from '../../fixtures/docx/plans.mjs'
import { makeDocx } from './make'

const recognise = (bytes: Uint8Array): RecognisedDocument => recogniseObjectives(unitsOfDocx(readDocx(bytes).body))
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/docx/libreoffice', `${name}.docx`)))

describe.each(PLANS)('the long-term plan $name', (plan) => {
  const sources: [string, () => Promise<Uint8Array>][] = [
    ['as the docx library writes it', () => makeDocx(plan.blocks)],
    ['re-saved by LibreOffice', () => Promise.resolve(fixture(plan.name))],
  ]
  for (const [label, bytes] of sources) {
    it(`gives every objective with its section and term, ${label}`, async () => {
      const found = recognise(await bytes())
      expect(found.objectives.map((o) => [o.code, o.section, o.term])).toEqual(plan.expected)
      expect(found.objectives.every((o) => o.text.length > 10 && !/\d\.\d/.test(o.text.slice(0, 4)))).toBe(true)
      expect({ subject: found.subject, grade: found.grade, language: found.language }).toEqual({ subject: plan.subject, grade: plan.grade, language: plan.language })
      expect(found.sections.reduce((n, s) => n + s.count, 0)).toBe(plan.expected.length)
    })
  }
})

describe('texts as printed', () => {
  it('joins a text wrapped inside its cell and keeps the marks of codes', async () => {
    const ru = recognise(await makeDocx(PLANS[1].blocks))
    expect(ru.objectives.find((o) => o.code === '5.1.2.17')?.text).toBe('знать определения наибольшего общего делителя (НОД) и наименьшего общего кратного (НОК)')
    expect(ru.objectives.find((o) => o.code === '5.1.2.15')?.text).toBe('знать определения простых и составных чисел*')
  })

  it('pairs codes alone in a cell with the texts beside them, line by line', async () => {
    const kk = recognise(await makeDocx(PLANS[0].blocks))
    expect(kk.objectives.filter((o) => o.code.startsWith('7.2.2.1')).map((o) => [o.code, o.text])).toEqual([
      ['7.2.2.12', 'жылдамдықты есептеу'],
      ['7.2.2.13', 'орташа жылдамдықты анықтау'],
      ['7.2.2.15', 'бірқалыпсыз қозғалыс кезінде жылдамдықтың өзгерісін сипаттау'],
    ])
  })

  it('lists the lines it could not read', async () => {
    const kk = recognise(await makeDocx(PLANS[0].blocks))
    expect(kk.unread.map((u) => u.text)).toEqual(['Оқу жүктемесі: аптасына 2 сағат.'])
  })
})

describe('a 30-page plan', () => {
  it('gives all 432 objectives of 72 units over four terms, and no unread line', async () => {
    const plan = longPlan(72, 6)
    const found = recognise(await makeDocx(plan.blocks))
    expect(found.objectives.map((o) => [o.code, o.section, o.term])).toEqual(plan.expected)
    expect(found.unread).toEqual([])
  })
})
