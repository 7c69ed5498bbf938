import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { createI18n } from 'vue-i18n'
import { mount } from '@vue/test-utils'
import { useRowLabels } from '@/composables/useRowLabels'

/** How many times each message was formatted (messages are functions, as the build precompiles them). */
const formatted = new Map<string, number>()
const message = (name: string, text: (n: unknown) => string) => (ctx: { named: (key: string) => unknown }) => {
  formatted.set(name, (formatted.get(name) ?? 0) + 1)
  return text(ctx.named('n'))
}
const messages = {
  kk: { row: { edit: message('kk.edit', () => 'Өңдеу'), gradeN: message('kk.gradeN', (n) => `${n}-сынып`) } },
  ru: { row: { edit: message('ru.edit', () => 'Изменить'), gradeN: message('ru.gradeN', (n) => `${n} класс`) } },
}

/** A list of `rows` rows, each asking for the same labels (grade 7 or 8), with Kazakh messages only at first. */
function rowsOf(rows: number) {
  const i18n = createI18n({ legacy: false, locale: 'kk' as string, messages: { kk: messages.kk } as Record<string, typeof messages.kk>, missingWarn: false, fallbackWarn: false })
  const Row = defineComponent({
    props: { n: { type: Number, required: true } },
    setup(props) {
      const label = useRowLabels()
      return () => h('li', `${label('row.edit')} · ${label('row.gradeN', props.n)} · ${label('row.missing')}`)
    },
  })
  const List = defineComponent(() => () => h('ul', Array.from({ length: rows }, (_, i) => h(Row, { n: (i % 2) + 7 }))))
  const wrapper = mount(List, { global: { plugins: [i18n] } })
  return { i18n, texts: () => wrapper.findAll('li').map((li) => li.text()) }
}

describe('labels repeated on every row of a long list', () => {
  it('formats each label once per language and count, however many rows ask, and follows the language', async () => {
    const { i18n, texts } = rowsOf(50)
    expect(texts()[0]).toBe('Өңдеу · 7-сынып · row.missing')
    expect(texts()[1]).toBe('Өңдеу · 8-сынып · row.missing')
    expect(new Set(texts()).size).toBe(2)
    expect(Object.fromEntries(formatted)).toEqual({ 'kk.edit': 1, 'kk.gradeN': 2 })
    // another list, later: the same labels, not formatted again
    expect(rowsOf(20).texts()[0]).toBe('Өңдеу · 7-сынып · row.missing')
    expect(Object.fromEntries(formatted)).toEqual({ 'kk.edit': 1, 'kk.gradeN': 2 })

    // a language whose messages come later: what is shown meanwhile (the fallback language's) is not kept for it
    i18n.global.locale.value = 'ru'
    await nextTick()
    expect(texts()[0]).toBe('Өңдеу · 7-сынып · row.missing')
    i18n.global.setLocaleMessage('ru', messages.ru)
    i18n.global.locale.value = 'kk'
    await nextTick()
    i18n.global.locale.value = 'ru'
    await nextTick()
    expect(texts()[1]).toBe('Изменить · 8 класс · row.missing')
    expect(formatted.get('ru.edit')).toBe(1)
    expect(formatted.get('ru.gradeN')).toBe(2)
  })
})
