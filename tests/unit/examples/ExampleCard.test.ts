import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import ExampleCard from '@/components/examples/ExampleCard.vue'
import type { WorkedExampleSummary } from '@/exchange/workedExamples'
import { i18n } from '@/i18n'

const example: WorkedExampleSummary = {
  slug: 'sor-kk-history-9',
  title: 'БЖБ. Қазақстан тарихы, 9-сынып',
  kind: 'unit',
  language: 'kk',
  subject: 'Қазақстан тарихы',
  grade: 9,
  term: null,
  source: 'http://engime.org/page.html?page=3',
  notes: 'Term and section not in the excerpt.',
  taskCount: 3,
  descriptorCount: 13,
  points: 13,
  printedTotal: 13,
  missing: ['taskTexts', 'term'],
  added: ['tasks', 'answers'],
}

function mountCard(props: Partial<WorkedExampleSummary> = {}) {
  return mount(ExampleCard, { props: { example: { ...example, ...props } }, global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } } })
}

describe('ExampleCard', () => {
  it('shows the kind, facts, source address, what was written for it and what is missing, all in the interface language', () => {
    i18n.global.locale.value = 'ru'
    const wrapper = mountCard()
    expect(wrapper.text()).toContain('СОр')
    expect(wrapper.text()).toContain('9 класс')
    expect(wrapper.text()).toContain('Заданий: 3 · баллов: 13')
    expect(wrapper.text()).not.toContain('Всего баллов в документе')
    const link = wrapper.get('[data-testid=example-source]')
    expect(link.attributes('href')).toBe(example.source)
    expect(link.attributes('rel')).toContain('noopener')
    expect(link.text()).toBe('engime.org')
    expect(wrapper.get('[data-testid=example-missing]').text()).toBe('Нет в отрывке: тексты заданий, четверть.')
    expect(wrapper.get('[data-testid=example-added]').text()).toBe('✎ Написано для образца (на опубликованной странице этого нет): задания, ответы.')
    // the transcriber's English notes are data, not shown
    expect(wrapper.text()).not.toContain(example.notes)
  })

  it('links to the read-only example and asks for a copy', async () => {
    const wrapper = mountCard()
    expect(wrapper.findAllComponents(RouterLinkStub).map((l) => l.props('to'))).toContain('/example/sor-kk-history-9')
    await wrapper.get('[data-testid=example-copy]').trigger('click')
    expect(wrapper.emitted('copy')).toEqual([['sor-kk-history-9']])
  })

  it('shows the printed total when the excerpt holds fewer points', () => {
    i18n.global.locale.value = 'en'
    const wrapper = mountCard({ points: 6, printedTotal: 10, missing: [] })
    expect(wrapper.text()).toContain('Document total: 10 marks')
    expect(wrapper.find('[data-testid=example-missing]').exists()).toBe(false)
  })
})
