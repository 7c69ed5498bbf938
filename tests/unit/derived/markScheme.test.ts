import { describe, expect, it } from 'vitest'
import { markScheme } from '@/domain/markScheme'
import type { Task } from '@/domain/model'
import { readFixture, toAssessment } from './fixtureAssessment'

const mc: Task = {
  id: 'mc', order: 0, text: 'Скорость?', type: 'multipleChoice', level: 'knowledge', criterionIds: [], minutes: 1,
  answer: '', script: '', teacherNotes: '', pictures: [],
  options: [
    { id: 'a', order: 0, text: '2 м/с', correct: false },
    { id: 'b', order: 1, text: '4 м/с', correct: true },
    { id: 'c', order: 2, text: '8 м/с', correct: false },
  ],
  descriptors: [{ id: 'd1', order: 0, text: 'выбирает верный ответ', points: 1, criterionId: null }],
}

describe('mark scheme', () => {
  it('gives the correct option letter and text for a multiple-choice task', () => {
    const a = { ...toAssessment(readFixture('sor-en-english-5-t1.json')), tasks: [mc] }
    const [row] = markScheme(a).rows
    expect(row).toMatchObject({ taskNumber: 1, answer: 'B) 4 м/с', points: 1, additional: [] })
    expect(row.correctOptions.map((o) => o.letter)).toEqual(['B'])
    expect(row.lines).toEqual([{ descriptorId: 'd1', text: 'выбирает верный ответ', points: 1 }])
  })

  it.each(['B', 'b)', 'B) 4 м/с', '4 м/с.'])('prints a multiple-choice answer once when the note restates it (%s)', (note) => {
    const a = { ...toAssessment(readFixture('sor-en-english-5-t1.json')), tasks: [{ ...mc, answer: `${note}\nПринимается «4»` }] }
    const [row] = markScheme(a).rows
    expect(row.answer).toBe('B) 4 м/с')
    expect(row.additional).toEqual(['Принимается «4»'])
  })

  it('takes the answer note: first line the answer, further lines the alternatives accepted', () => {
    const a = toAssessment(readFixture('sor-en-english-5-t1.json'))
    const withAlt = { ...a, tasks: [{ ...a.tasks[0], answer: 'heart; family; house; places; relaxed; countries\nAccept “flat” for “house”' }, a.tasks[1]] }
    const scheme = markScheme(withAlt)
    expect(scheme.rows[0].answer).toBe('heart; family; house; places; relaxed; countries')
    expect(scheme.rows[0].additional).toEqual(['Accept “flat” for “house”'])
    expect(scheme.rows[0].points).toBe(6)
    expect(scheme.rows[1]).toMatchObject({ taskNumber: 2, answer: '', points: 0 })
    expect(scheme.totalPoints).toBe(6)
  })

  it('totals the history БЖБ as printed (13)', () => {
    const scheme = markScheme(toAssessment(readFixture('sor-kk-history-9.json')))
    expect(scheme.rows.map((r) => r.points)).toEqual([4, 5, 4])
    expect(scheme.totalPoints).toBe(13)
  })
})
