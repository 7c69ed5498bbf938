import Dexie from 'dexie'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ObjectivePicker from '@/components/catalogue/ObjectivePicker.vue'
import { DATABASE_NAME, resetDbForTests } from '@/db/database'
import { i18n } from '@/i18n'
import { useCatalogueStore } from '@/stores/catalogue'

type Props = { subject: string; grade: number | null; term: number | null; language: 'kk' | 'ru' | 'en'; pickedCodes: string[] }

async function mountPicker(props: Props) {
  const pinia = createPinia()
  setActivePinia(pinia)
  await useCatalogueStore().ensureShipped()
  const wrapper = mount(ObjectivePicker, { props, global: { plugins: [i18n, pinia] }, attachTo: document.body })
  await expect.poll(async () => {
    await flushPromises()
    return wrapper.findAll('[data-testid=picker-option]').length
  }, { timeout: 5000 }).toBeGreaterThan(0)
  return wrapper
}

const codes = (w: Awaited<ReturnType<typeof mountPicker>>) => w.findAll('[data-testid=picker-option]').map((o) => o.attributes('data-code'))

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
  i18n.global.locale.value = 'en'
})
afterEach(() => {
  document.body.innerHTML = ''
  resetDbForTests()
})

describe('ObjectivePicker', () => {
  it('opens filtered to the assessment subject typed in another language, grade, term and language', async () => {
    const w = await mountPicker({ subject: 'physics ', grade: 7, term: 2, language: 'ru', pickedCodes: [] })
    const shown = codes(w)
    expect(shown).toContain('7.2.2.13')
    expect(shown.every((c) => c?.startsWith('7.2'))).toBe(true)
    expect(document.activeElement?.getAttribute('data-testid')).toBe('picker-search')
    await w.get('[data-testid=picker-widen]').trigger('click')
    expect(codes(w)).toContain('7.3.1.1')
    w.unmount()
  })

  it('selects with the keyboard and emits code, text and catalogue id; picked codes cannot be chosen again', async () => {
    const w = await mountPicker({ subject: 'Физика', grade: 7, term: 2, language: 'kk', pickedCodes: ['7.2.2.1'] })
    expect(codes(w).slice(0, 4)).toEqual(['7.2.2.1', '7.2.2.10', '7.2.2.11', '7.2.2.12'])
    expect(w.get('[data-code="7.2.2.1"]').attributes('aria-disabled')).toBe('true')
    const list = w.get('[data-testid=picker-list]')
    await w.get('[data-testid=picker-search]').trigger('keydown', { key: 'ArrowDown' })
    await list.trigger('keydown', { key: ' ' })
    expect(w.emitted('pick')).toBeUndefined()
    for (const key of ['ArrowDown', 'ArrowDown', ' ', 'ArrowDown', ' ']) await list.trigger('keydown', { key })
    expect(w.findAll('[aria-selected=true]').map((o) => o.attributes('data-code'))).toEqual(['7.2.2.11', '7.2.2.12'])
    await list.trigger('keydown', { key: 'Enter' })
    const [[picked]] = w.emitted('pick') as [{ code: string; text: string; catalogueId: string }[]][]
    expect(picked.map((p) => p.code)).toEqual(['7.2.2.11', '7.2.2.12'])
    expect(picked[1].text).toBe('әртүрлі пішіндегі қатты дененің немесе сұйықтың көлемін өлшеу үшін өлшеуіш цилиндрді (мензурка) қолдану')
    expect(picked[1].catalogueId).toMatch(/^sh:physics-7-kk:/)
    w.unmount()
  })

  it('searches with Russian letters for Kazakh words, highlights, and closes on Escape', async () => {
    const w = await mountPicker({ subject: 'физика', grade: 7, term: null, language: 'kk', pickedCodes: [] })
    await w.get('[data-testid=picker-search]').setValue('тыгыздык')
    expect(codes(w)[0]).toBe('7.2.2.13')
    expect(w.find('mark').text().toLowerCase()).toContain('тығыздық')
    await w.get('dialog').trigger('keydown', { key: 'Escape' })
    expect(w.emitted('close')).toHaveLength(1)
    w.unmount()
  })

  it('shows every subject with a notice when the subject is unknown', async () => {
    const w = await mountPicker({ subject: 'Музыка', grade: 7, term: 1, language: 'en', pickedCodes: [] })
    expect(w.text()).toContain('Subject “\u2068Музыка\u2069” is not in the catalogue') // the subject isolated: bidi controls in it stay inside
    expect(codes(w)).toContain('5.L3')
    w.unmount()
  })

  it('says each row\'s subject and grade while the list mixes subjects, and finds a subject by its name', async () => {
    i18n.global.locale.value = 'ru'
    const w = await mountPicker({ subject: '', grade: null, term: null, language: 'kk', pickedCodes: [] })
    await w.find('[data-testid=picker-search]').setValue('Қазақ тілі')
    await expect.poll(async () => {
      await flushPromises()
      return w.findAll('[data-testid=picker-where]').map((e) => e.text())
    }, { timeout: 5000 }).toContain('Казахский язык и литература (для школ с неказахским языком обучения) · 5 класс')
    const where = w.findAll('[data-testid=picker-where]')
    expect(where.length).toBe(w.findAll('[data-testid=picker-option]').length)
    expect(where.every((e) => e.text().startsWith('Казахский язык'))).toBe(true)
    expect(where[0].find('bdi').exists()).toBe(true)
    w.unmount()
  })

  it('does not repeat the subject on each row once the list keeps to the assessment\'s subject', async () => {
    const w = await mountPicker({ subject: 'Физика', grade: 7, term: null, language: 'kk', pickedCodes: [] })
    expect(w.findAll('[data-testid=picker-where]')).toHaveLength(0)
    w.unmount()
  })
})
