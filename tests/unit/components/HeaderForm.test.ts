import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import HeaderForm from '@/components/editor/HeaderForm.vue'
import { createAssessment } from '@/domain/factories'
import { i18n } from '@/i18n'

function mountForm() {
  const assessment = createAssessment({ kind: 'unit', language: 'kk' })
  return mount(HeaderForm, { props: { assessment, readOnly: false }, global: { plugins: [i18n] } })
}

describe('HeaderForm', () => {
  it('gives a unit and a term assessment each its own title example', () => {
    i18n.global.locale.value = 'ru'
    const placeholder = (kind: 'unit' | 'term') =>
      mount(HeaderForm, { props: { assessment: createAssessment({ kind, language: 'ru' }), readOnly: false }, global: { plugins: [i18n] } })
        .get('[data-testid=header-title]').attributes('placeholder')
    expect(placeholder('unit')).toBe('например, Суммативное оценивание за раздел «Клетка»')
    expect(placeholder('term')).toBe('например, Суммативное оценивание за 1 четверть')
    i18n.global.locale.value = 'kk'
    expect(placeholder('term')).toBe('мысалы, 1-тоқсан бойынша жиынтық бағалау')
  })

  it('emits header changes as the teacher types', async () => {
    const wrapper = mountForm()
    await wrapper.get('[data-testid=header-title]').setValue('«Жасушалар» бөлімі')
    await wrapper.get('[data-testid=header-grade]').setValue('7')
    await wrapper.get('[data-testid=header-sections]').setValue('Жасушалар\n\nТыныс алу ')
    const changes = wrapper.emitted('change')!.map(([patch]) => patch)
    expect(changes).toContainEqual({ title: '«Жасушалар» бөлімі' })
    expect(changes).toContainEqual({ grade: 7 })
    expect(changes).toContainEqual({ sections: ['Жасушалар', 'Тыныс алу'] })
  })

  it('shows a problem at the field and does not emit an invalid number', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = mountForm()
    await wrapper.get('[data-testid=header-grade]').setValue('7b')
    expect(wrapper.text()).toContain('Enter a whole number')
    await wrapper.get('[data-testid=header-term]').setValue('9')
    expect(wrapper.text()).toContain('between 1 and 4')
    expect(wrapper.emitted('change')).toBeUndefined()
  })

  it('disables every field when read-only', () => {
    const assessment = createAssessment({ kind: 'term' })
    const wrapper = mount(HeaderForm, { props: { assessment, readOnly: true }, global: { plugins: [i18n] } })
    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined()
  })
})
