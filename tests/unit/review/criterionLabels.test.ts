import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { i18n } from '@/i18n'
import ReviewDocument from '@/components/review/ReviewDocument.vue'
import { useReviewText } from '@/components/review/useReviewText'
import { criterionPath } from '@/domain/anchors'
import { criterionLabel } from '@/domain/criterionLabel'
import type { Language } from '@/domain/model'
import { sample } from './sample'

/** Two criteria, the second one first in storage, so numbering must follow the shown order. */
const twoCriteria = () => {
  const a = sample()
  return { ...a, criteria: [{ ...a.criteria[0]!, id: 'c2', order: 2048, text: 'Органоидтардың қызметін түсіндіреді' }, a.criteria[0]!] }
}

/** What a thread on `path` is titled in the interface language. */
const threadTitle = (a: ReturnType<typeof sample>, path: string) => {
  let title = ''
  mount(defineComponent({ setup: () => { title = useReviewText().fieldLabel(a, path as never); return () => h('i') } }), { global: { plugins: [i18n] } })
  return title
}

afterEach(() => { i18n.global.locale.value = 'en' })

describe('criterion labels', () => {
  it('are К1 in Kazakh, Кр1 in Russian, C1 in English', () => {
    expect([criterionLabel('kk', 1), criterionLabel('ru', 2), criterionLabel('en', 3)]).toEqual(['К1', 'Кр2', 'C3'])
  })

  it.each(['kk', 'ru', 'en'] as Language[])('name each criterion the same in the mentor’s view and in thread titles (%s)', (language) => {
    i18n.global.locale.value = language
    const a = twoCriteria()
    const w = mount(ReviewDocument, { props: { assessment: a, threads: [], selected: null }, global: { plugins: [i18n, createPinia()] } })
    const shown = w.findAll('[data-testid=criterion-label]').map((l) => l.text())
    expect(shown).toEqual([criterionLabel(language, 1), criterionLabel(language, 2)])
    expect(w.findAll('[data-testid=criterion-label]')[1]!.element.parentElement!.textContent).toContain('Органоидтардың')
    const title = threadTitle(a, criterionPath('c2', 'text'))
    expect(title).toContain(shown[1])
    expect(title).not.toContain(shown[0])
  })
})
