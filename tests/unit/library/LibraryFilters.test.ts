import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import LibraryFilters from '@/components/library/LibraryFilters.vue'
import LibraryMatchHint from '@/components/library/LibraryMatchHint.vue'
import { EMPTY_QUERY } from '@/domain/libraryQuery'
import { matchHint } from '@/domain/librarySearch'
import { i18n } from '@/i18n'
import { make } from './make'

const facets = { subjects: ['Биология', 'Қазақстан тарихы'], grades: [7, 9], terms: [1, 2] }

function mountFilters(query = EMPTY_QUERY, filtered = false) {
  return mount(LibraryFilters, { props: { query, facets, filtered }, global: { plugins: [i18n] } })
}

describe('LibraryFilters', () => {
  it('emits a patch for the text, each filter and the sort', async () => {
    const wrapper = mountFilters()
    await wrapper.get('[data-testid=library-search]').setValue('үкімет')
    await wrapper.get('[data-testid=filter-kind]').setValue('term')
    await wrapper.get('[data-testid=filter-subject]').setValue('Қазақстан тарихы')
    await wrapper.get('[data-testid=filter-grade]').setValue('9')
    await wrapper.get('[data-testid=filter-term]').setValue('2')
    await wrapper.get('[data-testid=library-sort]').setValue('grade')
    await wrapper.get('[data-testid=filter-grade]').setValue('')
    expect(wrapper.emitted('change')!.map(([patch]) => patch)).toEqual([
      { text: 'үкімет' },
      { kind: 'term' },
      { subject: 'Қазақстан тарихы' },
      { grade: 9 },
      { term: 2 },
      { sort: 'grade' },
      { grade: null },
    ])
  })

  it('offers only the subjects and grades in the library, and keeps one from the address', () => {
    i18n.global.locale.value = 'kk'
    const wrapper = mountFilters({ ...EMPTY_QUERY, subject: 'Физика', grade: 11 }, true)
    const options = (id: string) => wrapper.findAll(`[data-testid=${id}] option`).map((o) => o.text())
    expect(options('filter-subject')).toEqual(['Барлық пән', 'Физика', 'Биология', 'Қазақстан тарихы'])
    expect(options('filter-grade')).toHaveLength(4)
    expect((wrapper.get('[data-testid=filter-subject]').element as HTMLSelectElement).value).toBe('Физика')
  })

  it('shows "clear" only when something is filtered', async () => {
    expect(mountFilters().find('[data-testid=filters-clear]').exists()).toBe(false)
    const wrapper = mountFilters({ ...EMPTY_QUERY, kind: 'unit' }, true)
    await wrapper.get('[data-testid=filters-clear]').trigger('click')
    expect(wrapper.emitted('clear')).toHaveLength(1)
  })
})

describe('LibraryMatchHint', () => {
  it('says where a word hidden from the card was found, as text', () => {
    i18n.global.locale.value = 'en'
    const a = make({ title: 'Тарих', descriptor: '<b>Жағымсыз</b> тұстарды жазады' })
    const wrapper = mount(LibraryMatchHint, { props: { hint: matchHint(a, 'жагымсыз')!, language: a.language }, global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('In a descriptor: <b>Жағымсыз</b> тұстарды жазады')
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.get('q').attributes('lang')).toBe(a.language)
    // a word the card shows needs no hint: the card draws none (LibraryCard: v-if="hint")
    expect(matchHint(a, 'тарих')).toBeNull()
  })
})
