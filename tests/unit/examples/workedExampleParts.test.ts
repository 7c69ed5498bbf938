import { describe, expect, it } from 'vitest'
import { exampleTitle, isEditorialNote, recogniseLevel, recogniseTaskType, spreadPoints } from '@/exchange/workedExampleParts'

describe('recogniseTaskType', () => {
  it('reads the published abbreviations and phrases in kk, ru and en', () => {
    expect(['МВО', 'КТБ', 'MCQ', 'multiple choice', 'Көп таңдауы бар тапсырмалар'].map(recogniseTaskType)).toEqual(Array(5).fill('multipleChoice'))
    expect(['КО', 'ҚЖ', 'SAQ', 'задания, требующие краткого ответа', 'Қысқа жауапты қажет ететін', 'listening, gap fill'].map(recogniseTaskType)).toEqual(Array(6).fill('shortAnswer'))
    expect(['РО', 'ТЖ', 'ERQ', 'развернутый ответ', 'Толық жауапты қажет ететін тапсырма', 'extended response'].map(recogniseTaskType)).toEqual(Array(6).fill('extendedAnswer'))
  })

  it('says nothing for what it does not recognise', () => {
    expect(recogniseTaskType('speaking, dialogue')).toBeNull()
    expect(recogniseTaskType(null)).toBeNull()
    expect(recogniseTaskType('')).toBeNull()
  })
})

describe('recogniseLevel', () => {
  it('reads the levels as printed in kk, ru and en', () => {
    expect(recogniseLevel('Знание и понимание')).toBe('knowledge')
    expect(recogniseLevel('Білу және түсіну')).toBe('knowledge')
    expect(recogniseLevel('Application')).toBe('application')
    expect(recogniseLevel('Қолдану')).toBe('application')
    expect(recogniseLevel('Higher order thinking skills')).toBe('higher')
    expect(recogniseLevel('Навыки высокого порядка')).toBe('higher')
    expect(recogniseLevel('жоғары деңгей дағдылары')).toBe('higher')
  })

  it('says nothing for an empty or unknown value', () => {
    expect(recogniseLevel(null)).toBeNull()
    expect(recogniseLevel(' ')).toBeNull()
    expect(recogniseLevel('creativity')).toBeNull()
  })
})

describe('spreadPoints', () => {
  it('keeps printed points', () => {
    expect(spreadPoints([1, 2, 1], 4)).toEqual([1, 2, 1])
  })
  it('spreads a task mark over descriptors without points when it divides evenly', () => {
    expect(spreadPoints([null, null, null, null, null, null], 6)).toEqual([1, 1, 1, 1, 1, 1])
    expect(spreadPoints([2, null, null], 6)).toEqual([2, 2, 2])
  })
  it('gives 0 rather than guess an uneven split or an unknown mark', () => {
    expect(spreadPoints([null, null], 3)).toEqual([0, 0])
    expect(spreadPoints([null], null)).toEqual([0])
    expect(spreadPoints([5, null], 4)).toEqual([5, 0])
  })
})

describe('exampleTitle', () => {
  it('is written in the document’s language', () => {
    const base = { subject: 'Физика', grade: 7, term: 1, sections: ['Механическое движение'] }
    expect(exampleTitle({ ...base, kind: 'term', language: 'ru' })).toBe('СОч. Физика, 7 класс, 1 четверть. «Механическое движение»')
    expect(exampleTitle({ ...base, kind: 'unit', language: 'kk', subject: 'Биология', sections: [] })).toBe('БЖБ. Биология, 7-сынып, 1-тоқсан')
    expect(exampleTitle({ kind: 'unit', language: 'en', subject: '', grade: null, term: null, sections: [] })).toBe('SAU')
  })
  it('leaves out remarks in brackets', () => {
    expect(isEditorialNote('(exact title not in the excerpt)')).toBe(true)
    expect(isEditorialNote('Натуральные числа (часть 1)')).toBe(false)
  })
})
