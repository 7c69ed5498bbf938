/**
 * The objective reader on pasted text: every code form, codes before or after their texts, wrapped lines,
 * several objectives per line, terms and sections as lines, tab-separated rows; it never invents a code.
 */
import { describe, expect, it } from 'vitest'
import { findCodes, readCell } from '@/domain/catalogue/codeFinder'
import { readTermHeading } from '@/domain/catalogue/documentMarks'
import { recogniseObjectives } from '@/domain/catalogue/recognise'
import { unitsOfPastedText } from '@/domain/catalogue/sourceUnits'

const read = (text: string) => recogniseObjectives(unitsOfPastedText(text))
const pairs = (text: string) => read(text).objectives.map((o) => [o.code, o.text])

describe('codes in running text', () => {
  it('finds every scheme seen in real documents, marks kept, and nothing else', () => {
    const text = '16.09.2022 5.2A 1.2 §3.1 5.1.2.13 10.2.1.4 5.L1, 5.UE3; 7.2.2.15 3.1.3.3** 1.3.4.1* 5.UE 5.Т1 (7.1.1.1). 5.2.1 v7.1.1.1 7.1.1.1.2.3.4'
    expect(findCodes(text).map((c) => c.code)).toEqual(['5.1.2.13', '10.2.1.4', '5.L1', '5.UE3', '7.2.2.15', '3.1.3.3**', '1.3.4.1*', '5.UE', '5.Т1', '7.1.1.1', '5.2.1'])
  })

  it('reads codes before and after texts, several per cell', () => {
    expect(readCell('7.1.1.1 бір;\n7.1.1.2 екі').objectives).toEqual([
      { code: '7.1.1.1', text: 'бір' },
      { code: '7.1.1.2', text: 'екі' },
    ])
    expect(readCell('– бір (7.1.1.1);\nекі – 7.1.1.2.').objectives).toEqual([
      { code: '7.1.1.1', text: 'бір' },
      { code: '7.1.1.2', text: 'екі' },
    ])
    expect(readCell('7.1.1.1\n7.1.1.2')).toMatchObject({ codesOnly: true })
  })

  it('reads term headings in three languages', () => {
    expect(['1-тоқсан', 'ІІ тоқсан', 'III четверть', '4-я четверть', 'Term 2', '3rd term', 'Четверть 1', '2 тоқсан. Қысым'].map((t) => readTermHeading(t)?.term)).toEqual([1, 2, 3, 4, 2, 3, 1, 2])
    expect(readTermHeading('2 тоқсан. Қысым')?.rest).toBe('Қысым')
    expect(readTermHeading('тоқсандық жиынтық бағалау')).toBeNull()
  })
})

describe('pasted text', () => {
  it('joins wrapped lines to the objective they continue (code before)', () => {
    const text = ['1-тоқсан', 'Физика – табиғат туралы ғылым', '7.1.1.1 физикалық құбылыстарға', 'мысалдар келтіру', '7.1.1.2 физикалық шамаларды', 'өлшем бірліктерімен сәйкестендіру'].join('\n')
    const doc = read(text)
    expect(doc.objectives.map((o) => [o.code, o.text, o.section, o.term])).toEqual([
      ['7.1.1.1', 'физикалық құбылыстарға мысалдар келтіру', 'Физика – табиғат туралы ғылым', 1],
      ['7.1.1.2', 'физикалық шамаларды өлшем бірліктерімен сәйкестендіру', 'Физика – табиғат туралы ғылым', 1],
    ])
    expect(doc.language).toBe('kk')
    expect(doc.grade).toBe(7)
  })

  it('joins wrapped lines before a code that stands after its text', () => {
    expect(pairs('Раздел 1. Натуральные числа\nзнать и применять признаки\nделимости на 2, 3, 5 (5.1.2.13)\nзнать определения простых чисел 5.1.2.15')).toEqual([
      ['5.1.2.13', 'знать и применять признаки делимости на 2, 3, 5'],
      ['5.1.2.15', 'знать определения простых чисел'],
    ])
    expect(read('Раздел 1. Натуральные числа\nзнать (5.1.2.13)').objectives[0].section).toBe('Раздел 1. Натуральные числа')
  })

  it('takes a code alone on its line with the text on the next lines', () => {
    expect(pairs('5.L1\nunderstand a sequence of supported\nclassroom instructions\n5.UE3\nuse cardinal and ordinal numbers')).toEqual([
      ['5.L1', 'understand a sequence of supported classroom instructions'],
      ['5.UE3', 'use cardinal and ordinal numbers'],
    ])
  })

  it('reads tab-separated rows (a web table pasted) with a header and section column', () => {
    const text = ['Раздел\tЦели обучения', 'Движение\t7.2.2.12 рассчитывать скорость', 'Движение\t7.2.2.13 определять среднюю скорость; 7.2.2.15 описывать ускорение', 'Давление\t7.3.1.1\tзнать определение давления'].join('\n')
    expect(read(text).objectives.map((o) => [o.code, o.section])).toEqual([
      ['7.2.2.12', 'Движение'],
      ['7.2.2.13', 'Движение'],
      ['7.2.2.15', 'Движение'],
      ['7.3.1.1', 'Давление'],
    ])
    expect(read(text).language).toBe('ru')
  })

  it('lists what it could not read and invents no code or text', () => {
    const doc = read('Пояснительная записка к программе.\n7.1.1.1\n\n7.1.1.2 описывать\nПримечание: см. приложение.')
    expect(doc.objectives.map((o) => o.code)).toEqual(['7.1.1.2'])
    expect(doc.unread.map((u) => [u.text, u.reason])).toEqual([
      ['Пояснительная записка к программе.', 'noCode'],
      ['7.1.1.1', 'noText'],
      ['Примечание: см. приложение.', 'noCode'],
    ])
  })

  it('finds nothing in text without codes', () => {
    expect(read('бір\nекі\nүш').objectives).toEqual([])
  })
})
