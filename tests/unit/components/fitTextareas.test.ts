/**
 * Growing textareas without a layout per textarea: all textareas fitted in one tick are written, then
 * read together, then written (one forced layout, not one per textarea — 500 tasks opened in 128 s).
 */
import { describe, expect, it } from 'vitest'
import { fitLater } from '@/components/form/fitTextareas'

describe('fitLater', () => {
  it('reads every height only after every textarea was reset, and sets each to its text', async () => {
    const areas = [40, 60, 80].map((height) => {
      const area = document.createElement('textarea')
      document.body.append(area)
      area.style.height = '10px'
      Object.defineProperty(area, 'scrollHeight', {
        get: () => {
          // a read forces layout: by then no textarea may still wait for its reset
          reads.push(areas.every((a) => a.style.height === 'auto'))
          return height
        },
      })
      return area
    })
    const reads: boolean[] = []
    for (const area of areas) fitLater(area)
    expect(areas.map((a) => a.style.height)).toEqual(['10px', '10px', '10px'])
    await Promise.resolve()
    expect(reads).toEqual([true, true, true])
    expect(areas.map((a) => a.style.height)).toEqual(['42px', '62px', '82px'])
  })

  it('skips textareas taken off the page before their turn', async () => {
    const area = document.createElement('textarea')
    area.style.height = '10px'
    fitLater(area)
    await Promise.resolve()
    expect(area.style.height).toBe('10px')
  })
})
