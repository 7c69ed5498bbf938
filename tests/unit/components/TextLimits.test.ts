import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import AutoTextarea from '@/components/form/AutoTextarea.vue'
import HeaderForm from '@/components/editor/HeaderForm.vue'
import ListLimit from '@/components/form/ListLimit.vue'
import { createAssessment } from '@/domain/factories'
import { LIMITS } from '@/domain/shapes/limits'
import { i18n } from '@/i18n'

const mountArea = (modelValue: string) => mount(AutoTextarea, { props: { modelValue }, attrs: { 'data-testid': 'task-text', id: 'x' }, global: { plugins: [i18n] } })

describe('text fields hold the stored limit and say so', () => {
  it('caps a textarea at LIMITS.text, with the attributes on the textarea', () => {
    const area = mountArea('').get('textarea')
    expect(area.attributes('maxlength')).toBe(String(LIMITS.text))
    expect(area.attributes('data-testid')).toBe('task-text')
    expect(area.attributes('id')).toBe('x')
  })

  it('says nothing below the limit, and in each language when the field is full', () => {
    i18n.global.locale.value = 'en'
    expect(mountArea('ә'.repeat(LIMITS.text - 1)).find('[data-testid=text-limit]').exists()).toBe(false)
    const said: Record<string, string> = {}
    for (const locale of ['kk', 'ru', 'en'] as const) {
      i18n.global.locale.value = locale
      said[locale] = mountArea('ә'.repeat(LIMITS.text)).get('[data-testid=text-limit]').text()
    }
    expect(said.en).toBe('Limit reached: this field holds at most 50,000 characters. Shorten or split the text.')
    expect(said.ru).toMatch(/не больше 50\s000 символов/)
    expect(said.kk).toMatch(/ең көбі 50\s000 таңба/)
  })

  it('caps the title at LIMITS.short and says so when it is full', async () => {
    i18n.global.locale.value = 'en'
    const assessment = { ...createAssessment({ kind: 'unit' }), title: 'Т'.repeat(LIMITS.short) }
    const wrapper = mount(HeaderForm, { props: { assessment, readOnly: false }, global: { plugins: [i18n] } })
    expect(wrapper.get('[data-testid=header-title]').attributes('maxlength')).toBe(String(LIMITS.short))
    expect(wrapper.get('[data-testid=text-limit]').text()).toContain('at most 300 characters')
  })

  it('says when a list is full', () => {
    i18n.global.locale.value = 'en'
    const at = (count: number) => mount(ListLimit, { props: { count, max: LIMITS.tasks }, global: { plugins: [i18n] } })
    expect(at(LIMITS.tasks - 1).find('[data-testid=list-limit]').exists()).toBe(false)
    expect(at(LIMITS.tasks).get('[data-testid=list-limit]').text()).toBe('This list holds at most 200 items: remove one to add another.')
    i18n.global.locale.value = 'ru'
    expect(at(LIMITS.tasks).get('[data-testid=list-limit]').text()).toContain('не больше 200 элементов')
  })
})
