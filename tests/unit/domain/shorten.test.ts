import { describe, expect, it } from 'vitest'
import { firstLineShort } from '@/domain/text/shorten'

describe('a task text shortened for the print preview', () => {
  it('cuts at a word boundary with an ellipsis, in each language', () => {
    expect(firstLineShort('Суретте көрсетілген жасушаның бөліктерін атаңыз және олардың қызметін түсіндіріңіз', 40)).toBe('Суретте көрсетілген жасушаның бөліктерін…')
    expect(firstLineShort('Назовите части клетки, показанной на рисунке, и объясните их функции', 30)).toBe('Назовите части клетки…')
    expect(firstLineShort('Name the parts of the cell shown in the picture', 20)).toBe('Name the parts of…')
  })

  it('keeps a short first line whole and says when more lines follow', () => {
    expect(firstLineShort('Решите уравнение', 90)).toBe('Решите уравнение')
    expect(firstLineShort('Прочитайте текст.\nВ старину…', 90)).toBe('Прочитайте текст. …')
    expect(firstLineShort('', 90)).toBe('')
  })

  it('never ends inside a word, unless one word is longer than the room', () => {
    const cut = firstLineShort('405 312 + 1 234 567 = ? Вычислите значение выражения и запишите ответ', 32)
    expect(cut.endsWith('…')).toBe(true)
    expect('405 312 + 1 234 567 = ? Вычислите значение выражения и запишите ответ'.split(' ')).toContain(cut.slice(0, -1).split(' ').at(-1))
    expect(firstLineShort('https://example.org/a-very-long-address-without-spaces', 20)).toBe('https://example.org/…')
  })
})
