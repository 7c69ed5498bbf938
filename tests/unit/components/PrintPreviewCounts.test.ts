/** The print dialog's outline counts in each interface language's plural forms (not "1 units", "1 copies"). */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import PrintPreview from '@/components/print/PrintPreview.vue'
import { i18n } from '@/i18n'
import type { Assessment } from '@/domain/model'
import { cleanAssessment } from '../checks/clean'

function outline(locale: 'kk' | 'ru' | 'en', a: Assessment, copies: number): string {
  i18n.global.locale.value = locale
  const wrapper = mount(PrintPreview, { props: { assessment: a, parts: ['pupilSheet', 'parentRubric', 'specification'], copies }, global: { plugins: [i18n] } })
  return wrapper.get('[data-testid=print-preview]').text()
}

describe('the print outline’s counts', () => {
  const one = { ...cleanAssessment('kk'), tasks: cleanAssessment('kk').tasks.slice(0, 1), criteria: cleanAssessment('kk').criteria.slice(0, 1) }
  it('say “1 task”, “1 criterion × 1 copy”, “1 unit” in English', () => {
    const text = outline('en', one, 1)
    expect(text).toContain('1 task · 1 mark')
    expect(text).toContain('1 criterion × 1 copy')
    expect(text).toContain('1 unit')
    expect(text).not.toMatch(/\b1 (tasks|units|copies|criteria)\b/)
  })
  it('say “2 criteria × 25 copies” in English and «2 критерия × 25 копий» in Russian', () => {
    expect(outline('en', cleanAssessment('kk'), 25)).toContain('2 criteria × 25 copies')
    expect(outline('ru', cleanAssessment('kk'), 25)).toContain('2 критерия × 25 копий')
    expect(outline('ru', cleanAssessment('kk'), 3)).toContain('3 задания · 9 баллов')
  })
})
