import { describe, expect, it } from 'vitest'
import { markForPercent, markForPoints, pointsBands, termMarkWeights } from '@/domain/bands'
import { GRADE_1_BANDS, TERM_MARK_WEIGHT_PRESETS } from '@/domain/rules'

describe('percent → mark', () => {
  it.each([
    [0, 2], [39, 2], [39.9, 2], [40, 3], [64, 3], [64.99, 3], [65, 4], [84, 4], [84.5, 4], [85, 5], [100, 5],
  ])('%s %% gives %s', (percent, mark) => {
    expect(markForPercent(percent)).toBe(mark)
  })

  it('follows other bands given as data', () => {
    expect(markForPercent(20, GRADE_1_BANDS.bands)).toBe(1)
    expect(markForPercent(21, GRADE_1_BANDS.bands)).toBe(2)
  })
})

describe('points → mark', () => {
  it('gives the published table for 20 points', () => {
    expect(pointsBands(20).map((b) => [b.mark, b.minPoints, b.maxPoints])).toEqual([
      [2, 0, 7], [3, 8, 12], [4, 13, 16], [5, 17, 20],
    ])
  })

  it('does not round the per cent up at the boundaries (13 points: 5/13 = 38.5 %, 6/13 = 46 %)', () => {
    expect(pointsBands(13).map((b) => [b.mark, b.minPoints, b.maxPoints])).toEqual([
      [2, 0, 5], [3, 6, 8], [4, 9, 11], [5, 12, 13],
    ])
    // 11/13 = 84.6 % → 4; 12/13 = 92.3 % → 5
    expect(markForPoints(11, 13)).toBe(4)
    expect(markForPoints(12, 13)).toBe(5)
  })

  it('agrees with markForPoints for every score of several totals', () => {
    for (const total of [1, 7, 10, 13, 15, 20, 25, 30, 40]) {
      for (const band of pointsBands(total)) {
        if (band.minPoints === null || band.maxPoints === null) continue
        for (let p = band.minPoints; p <= band.maxPoints; p++) expect(markForPoints(p, total)).toBe(band.mark)
      }
    }
  })

  it('leaves a band empty when no whole score falls in it, and has no mark for 0 points total', () => {
    expect(pointsBands(1).map((b) => [b.mark, b.minPoints])).toEqual([[2, 0], [3, null], [4, null], [5, 1]])
    expect(markForPoints(0, 0)).toBeNull()
  })
})

describe('term mark weights', () => {
  it('are presets with a source that sum to 100, looked up by id', () => {
    for (const p of TERM_MARK_WEIGHT_PRESETS) {
      expect(p.weights.formative + p.weights.unit + p.weights.term).toBe(100)
      expect(p.source.length).toBeGreaterThan(10)
    }
    expect(termMarkWeights('fo25-sor25-soch50').weights.formative).toBe(25)
    expect(termMarkWeights('nope').id).toBe(TERM_MARK_WEIGHT_PRESETS[0].id)
  })
})
