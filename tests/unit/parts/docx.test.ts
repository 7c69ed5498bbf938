/** Task parts in the Word file: `а) …  [1]` lines under the task, part numbers in the descriptor table and mark scheme. */
import { describe, expect, it } from 'vitest'
import { partPath } from '@/domain/anchors'
import type { Language } from '@/domain/model'
import { defaultPrintOptions } from '@/domain/printOptions'
import { taskParts } from '@/domain/parts'
import { buildAssessmentDocx } from '@/export/docx'
import { commentTarget } from '@/export/docx/comments'
import { paragraphTexts, tables, unzipDocx } from '../export/sample'
import { partsAssessment } from './sample'

const FIRST: Record<Language, [string, string]> = { kk: ['а)', 'ә)'], ru: ['а)', 'б)'], en: ['a)', 'b)'] }
const NUMBERS: Record<Language, [string, string]> = { kk: ['2а', '2ә'], ru: ['2а', '2б'], en: ['2a', '2b'] }

describe.each(['kk', 'ru', 'en'] as const)('a task with two parts printed in %s', (language) => {
  it('prints each part lettered under its task with its marks, options and answer lines', async () => {
    const a = partsAssessment(language)
    const [first, second] = taskParts(a.tasks[1])
    const xml = (await unzipDocx(await buildAssessmentDocx(a, defaultPrintOptions())))['word/document.xml']
    const texts = paragraphTexts(xml)
    const stem = texts.findIndex((t) => t === `2. ${a.tasks[1].text}\t[3]`)
    expect(stem).toBeGreaterThan(-1)
    const partA = texts.indexOf(`${FIRST[language][0]} ${first.text}\t[1]`)
    const partB = texts.indexOf(`${FIRST[language][1]} ${second.text}\t[2]`)
    expect(partA).toBeGreaterThan(stem)
    expect(partB).toBeGreaterThan(partA)
    // part а's options sit between the two parts, in a table indented under its letter
    expect(texts.slice(partA, partB).some((t) => t.startsWith('B) ') && t.includes(first.options[1].text))).toBe(true)
    expect(xml).toMatch(/<w:tblInd w:type="dxa" w:w="360"\/>/)
    // the short-answer part gets its handwriting lines after it, the task as a whole none of its own
    expect(texts.slice(partB + 1, partB + 4)).toEqual(['\t', '\t', '\t'])
    expect(texts[stem + 1]).toBe(texts[partA])

    const rows = tables(xml).flat()
    const descriptorRows = rows.filter((r) => r.length === 4 && NUMBERS[language].includes(r[1].text))
    expect(descriptorRows.map((r) => [r[1].text, r[2].text, r[3].text])).toEqual([
      [NUMBERS[language][0], a.tasks[1].descriptors[1].text, '1'],
      [NUMBERS[language][1], a.tasks[1].descriptors[0].text, '2'],
    ])
    const schemeRows = rows.filter((r) => r.length === 4 && NUMBERS[language].includes(r[0].text))
    expect(schemeRows.map((r) => [r[0].text, r[1].text, r[2].text])).toEqual([
      [NUMBERS[language][0], `B) ${first.options[1].text}`, '1'],
      [NUMBERS[language][1], second.answer, '2'],
    ])
  })
})

describe('comments on a part', () => {
  it('sit on the part’s line of the pupil’s sheet, or on the title without it', () => {
    const a = partsAssessment('kk')
    const part = taskParts(a.tasks[1])[1]
    expect(commentTarget(a, partPath(a.tasks[1].id, part.id, 'text'), ['pupilSheet'])).toBe(`part:${part.id}`)
    expect(commentTarget(a, partPath(a.tasks[1].id, part.id, 'text'), ['markScheme'])).toBe('title')
  })
})
