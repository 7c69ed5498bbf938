import { describe, expect, it } from 'vitest'
import { isUsualObjectiveCode, normalizeObjectiveCode, parseOptionalWhole, parsePoints } from '@/domain/input'

describe('parsePoints', () => {
  it.each([
    ['1', 1],
    [' 2 ', 2],
    ['0', 0],
    ['3,0', 3],
  ])('accepts %j', (raw, value) => expect(parsePoints(raw)).toEqual({ ok: true, value }))

  it.each([
    ['', 'empty'],
    ['1,5', 'fraction'],
    ['0.5', 'fraction'],
    ['-1', 'negative'],
    ['−2', 'negative'],
    ['abc', 'notNumber'],
    ['1a', 'notNumber'],
  ])('refuses %j as %s', (raw, problem) => expect(parsePoints(raw)).toEqual({ ok: false, problem }))
})

describe('parseOptionalWhole', () => {
  it('treats empty as no value and checks the range', () => {
    expect(parseOptionalWhole('')).toEqual({ ok: true, value: null })
    expect(parseOptionalWhole('7', 1, 11)).toEqual({ ok: true, value: 7 })
    expect(parseOptionalWhole('12', 1, 11)).toEqual({ ok: false, problem: 'outOfRange' })
    expect(parseOptionalWhole('7b')).toEqual({ ok: false, problem: 'notWhole' })
  })
})

describe('objective codes', () => {
  it('normalizes spacing pasted from PDFs', () => {
    expect(normalizeObjectiveCode('  7. 2.1 .1 ')).toBe('7.2.1.1')
  })
  it.each(['7.2.1.1', '5.L1', '3.1.3.3', '5.1.2.13', '6.UE3', '5.2.3.1', '7.1.2.1'])('knows %s', (code) =>
    expect(isUsualObjectiveCode(code)).toBe(true),
  )
  it.each(['', 'abc', '7', '7.2', 'L1.5', '7..1.1'])('warns about %j', (code) => expect(isUsualObjectiveCode(code)).toBe(false))
})
