import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, createHistory, record, redo, undo } from '@/domain/history'

describe('undo history', () => {
  it('undoes and redoes steps', () => {
    let h = createHistory('a')
    h = record(h, 'b', null, 0)
    h = record(h, 'c', null, 10)
    expect(canUndo(h)).toBe(true)
    h = undo(h)
    expect(h.present).toBe('b')
    h = undo(h)
    expect(h.present).toBe('a')
    expect(canUndo(h)).toBe(false)
    h = redo(h)
    expect(h.present).toBe('b')
    expect(canRedo(h)).toBe(true)
  })

  it('coalesces typing into the same field within a second', () => {
    let h = createHistory('')
    h = record(h, 'a', 'title', 0)
    h = record(h, 'ab', 'title', 300)
    h = record(h, 'abc', 'title', 600)
    expect(h.past).toEqual([''])
    h = record(h, 'abcd', 'title', 3000)
    expect(h.past).toEqual(['', 'abc'])
    h = record(h, 'abcdX', 'subject', 3100)
    expect(h.past).toEqual(['', 'abc', 'abcd'])
  })

  it('drops the redo branch on a new edit and keeps at most the limit', () => {
    let h = createHistory(0)
    for (let i = 1; i <= 10; i++) h = record(h, i, null, i, { limit: 5 })
    expect(h.past).toEqual([5, 6, 7, 8, 9])
    h = undo(h)
    h = record(h, 99, null, 100)
    expect(canRedo(h)).toBe(false)
  })

  it('ignores an edit that changed nothing', () => {
    const h = createHistory('x')
    expect(record(h, 'x', null, 0)).toBe(h)
  })
})
