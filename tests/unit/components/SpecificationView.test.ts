import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import SpecificationView from '@/components/derived/SpecificationView.vue'
import MarkSchemeView from '@/components/derived/MarkSchemeView.vue'
import { LANGUAGES } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { SPEC_WORDING } from '@/domain/specDocument/document'
import { i18n } from '@/i18n'
import { cleanAssessment } from '../checks/clean'

const global = { plugins: [i18n] }

describe('the specification tab', () => {
  it.each(LANGUAGES)('shows the document in the document language (%s) with the duration and the 5–11 table', (language) => {
    const a = { ...cleanAssessment(language, 'term'), durationMinutes: 40 }
    const w = mount(SpecificationView, { props: { assessment: a }, global })
    const words = SPEC_WORDING[language]
    expect(w.text()).toContain(`1. ${words.headings.purpose}`)
    expect(w.get('[data-testid=spec-overview]').text()).toContain(words.overview.duration(40))
    expect(w.get('[data-testid=specification-table] thead').text()).toContain(PRINT_LABELS[language].pack.spec.objective)
    expect(w.find('textarea').exists()).toBe(false)
  })

  it('lets the teacher reword a paragraph, bring the wording back and choose the primary table', async () => {
    const a = cleanAssessment('ru', 'term')
    const w = mount(SpecificationView, { props: { assessment: a, editable: true }, global })
    await w.get('[data-testid=spec-text-moderation] textarea').setValue('Работы проверяют два учителя.')
    expect(w.emitted('edit-text')?.at(-1)).toEqual(['moderation', 'Работы проверяют два учителя.'])
    await w.get('[data-testid=spec-layout-primary]').setValue(true)
    expect(w.emitted('choose-layout')).toEqual([['primary']])
    await w.setProps({ assessment: { ...a, specEdits: { layout: 'primary', moderation: 'Работы проверяют два учителя.' } } })
    expect(w.get('[data-testid=specification-table]').attributes('data-layout')).toBe('primary')
    expect(w.get('[data-testid=specification-table] thead').text()).toContain('Подраздел')
    await w.get('[data-testid=spec-text-moderation] button').trigger('click')
    expect(w.emitted('edit-text')?.at(-1)?.[1]).toBe(SPEC_WORDING.ru.moderation)
  })

  it.each(LANGUAGES)('mark scheme headings on screen are the printed ones (%s)', (language) => {
    const w = mount(MarkSchemeView, { props: { assessment: cleanAssessment(language) }, global })
    const h = PRINT_LABELS[language].pack.scheme
    expect(w.findAll('[data-testid=scheme-head] th').map((th) => th.text())).toEqual([h.taskNumber, h.answer, h.points, h.additional])
    expect(w.get('tfoot th').text()).toBe(h.total)
  })
})
