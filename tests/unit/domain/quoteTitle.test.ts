import { describe, expect, it } from 'vitest'
import { quoteTitle } from '@/domain/text/quote'

describe('quoteTitle', () => {
  it('wraps a plain title in the reader’s quotation marks', () => {
    expect(quoteTitle('Клетка', 'ru')).toBe('«Клетка»')
    expect(quoteTitle(' Жасуша ', 'kk')).toBe('«Жасуша»')
    expect(quoteTitle('Home and away', 'en')).toBe('“Home and away”')
  })
  it('never doubles the marks a title already opens with', () => {
    expect(quoteTitle('«Тарих» (көшірме)', 'kk')).toBe('«Тарих» (көшірме)')
    expect(quoteTitle('“Cells”', 'en')).toBe('“Cells”')
    expect(`${quoteTitle('«Title (көшірме)»', 'kk')} себетке жіберілді`).not.toContain('««')
  })
  it('uses the other pair around a title holding the outer marks', () => {
    expect(quoteTitle('СОр «Клетка» (копия)', 'ru')).toBe('„СОр «Клетка» (копия)“')
    expect(quoteTitle('Unit “Cells”', 'en')).toBe('‘Unit “Cells”’')
  })
})
