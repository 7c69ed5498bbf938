import Dexie from 'dexie'
import { createPinia, setActivePinia } from 'pinia'
import { computed } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DATABASE_NAME, resetDbForTests } from '@/db/database'
import { scanCatalogue } from '@/domain/catalogue/scan'
import { CatalogueSearch, type CatalogueHit } from '@/domain/catalogue/search'
import { useCatalogueStore } from '@/stores/catalogue'

const codes = (hits: CatalogueHit[]) => hits.map((h) => h.objective.code)
const pickerFilter = { subject: 'physics', grade: 7, term: null, language: 'kk' as const }

/** The store of a later visit: the shipped catalogue is already stored, so the whole list loads at once. */
async function storeOfALaterVisit() {
  setActivePinia(createPinia())
  const firstVisit = useCatalogueStore()
  await firstVisit.ensureShipped()
  firstVisit.$dispose()
  setActivePinia(createPinia())
  const store = useCatalogueStore()
  await expect.poll(() => store.objectives.length).toBeGreaterThan(100)
  return store
}

/** Holds every sliced build at its first pause until `release` is called. */
function holdBuilds() {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const build = CatalogueSearch.build
  const spy = vi.spyOn(CatalogueSearch, 'build').mockImplementation((list) => build(list, { pause: () => held }))
  return { release, spy }
}

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})
afterEach(() => {
  vi.restoreAllMocks()
  resetDbForTests()
})

describe('catalogue search in the store', () => {
  it('builds the index once the list loads, without waiting for a search', async () => {
    const store = await storeOfALaterVisit()
    await expect.poll(() => store.searchReady).toBe(true)
    // only the index forgives the typo: the scan finds nothing
    expect(scanCatalogue(store.objectives, 'тыгыздфктын')).toEqual([])
    expect(codes(store.search('тыгыздфктын', pickerFilter, 'kk'))).toContain('7.2.2.13')
    expect(store.search('тыгыздык', pickerFilter, 'kk')).toEqual(new CatalogueSearch(store.objectives).search('тыгыздык', pickerFilter, 'kk'))
  })

  it('answers from the list during the build, then from the index built from the whole list', async () => {
    const { release, spy } = holdBuilds()
    const store = await storeOfALaterVisit()
    expect(spy).toHaveBeenCalled()
    expect(store.searchReady).toBe(false)
    const reference = new CatalogueSearch(store.objectives)

    const during = store.search('тыгыздык', pickerFilter, 'kk')
    expect(codes(during)[0]).toBe('7.2.2.13')
    expect(codes(during)).toEqual(codes(reference.search('тыгыздык', pickerFilter, 'kk')))
    expect(during[0].terms).toContain('тыгыздыктын')
    expect(codes(store.search('7.2', { subject: 'physics' })).every((c) => c.startsWith('7.2'))).toBe(true)

    release()
    await expect.poll(() => store.searchReady).toBe(true)
    for (const q of ['тыгыздфктын', 'колдан', '7.2']) expect(store.search(q, {}, 'ru'), q).toEqual(reference.search(q, {}, 'ru'))
  })

  it('catches up with an entry the teacher added during the build', async () => {
    const { release } = holdBuilds()
    const store = await storeOfALaterVisit()
    await store.addOwnObjective({ code: '7.2.9.1', text: 'Өз мақсатым: Архимед күшін өлшеу', section: 'Тығыздық', term: 2, grade: 7, language: 'kk', subject: 'Физика' })
    await expect.poll(() => codes(store.search('максатым архимед'))).toEqual(['7.2.9.1'])
    expect(store.searchReady).toBe(false)
    expect(store.search('максатмы')).toEqual([])

    release()
    await expect.poll(() => store.searchReady).toBe(true)
    // a typo, so found by the index only
    expect(codes(store.search('максатмы'))).toEqual(['7.2.9.1'])
  })

  it('keeps results on screen in step with the list once the index is ready', async () => {
    const store = await storeOfALaterVisit()
    await expect.poll(() => store.searchReady).toBe(true)
    const shown = computed(() => codes(store.search('максатым')))
    expect(shown.value).toEqual([])
    await store.addOwnObjective({ code: '7.2.9.1', text: 'Өз мақсатым: Архимед күшін өлшеу', section: 'Тығыздық', term: 2, grade: 7, language: 'kk', subject: 'Физика' })
    await expect.poll(() => shown.value).toEqual(['7.2.9.1'])
    expect(store.searchReady).toBe(true)
  })
})
