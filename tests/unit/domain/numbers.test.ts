import { describe, expect, it } from 'vitest'
import { keepNumbersTogether, NARROW_NBSP as N } from '@/domain/text/numbers'

describe('numbers in groups of three stay together in print', () => {
  it('joins the groups with a narrow no-break space, whatever space was typed', () => {
    expect(keepNumbersTogether('405 312 + 1 234 567')).toBe(`405${N}312 + 1${N}234${N}567`)
    expect(keepNumbersTogether('405\u2009312 және 12\u00A0000')).toBe(`405${N}312 және 12${N}000`)
  })

  it('leaves other spaces between digits and words alone', () => {
    expect(keepNumbersTogether('1 2 3')).toBe('1 2 3')
    expect(keepNumbersTogether('7 класс, 2 1234')).toBe('7 класс, 2 1234')
    expect(keepNumbersTogether('Grade 7 task 12')).toBe('Grade 7 task 12')
  })
})
