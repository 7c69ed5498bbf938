import { describe, expect, it } from 'vitest'
import { createAssessment } from '@/domain/factories'
import { perVersion } from '@/domain/perVersion'

describe('a figure remembered per saved version', () => {
  it('is worked out once per id, updatedAt and extra key, and again after a save', () => {
    let runs = 0
    const figure = perVersion((a: { title: string }, extra: string) => (runs++, `${a.title}/${extra}`))
    const a = { ...createAssessment({ kind: 'unit', language: 'kk' }), title: 'A', updatedAt: 1 }
    expect(figure(a, 'x')).toBe('A/x')
    // the list re-read from the database: a new object of the same version
    expect(figure(structuredClone(a), 'x')).toBe('A/x')
    expect(runs).toBe(1)
    expect(figure(a, 'y')).toBe('A/y')
    expect(figure({ ...a, title: 'B', updatedAt: 2 }, 'x')).toBe('B/x')
    expect(runs).toBe(3)
  })

  it('forgets everything when it holds too many', () => {
    let runs = 0
    const figure = perVersion(() => ++runs, 2)
    const a = createAssessment({ kind: 'unit', language: 'kk' })
    figure({ ...a, updatedAt: 1 })
    figure({ ...a, updatedAt: 2 })
    figure({ ...a, updatedAt: 3 })
    expect(figure({ ...a, updatedAt: 1 })).toBe(4)
  })
})
