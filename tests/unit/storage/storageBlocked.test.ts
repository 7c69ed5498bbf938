import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { mount } from '@vue/test-utils'
import Dexie from 'dexie'
import { db, resetDbForTests } from '@/db/database'
import { storageProblemOf } from '@/domain/storageProblem'
import { i18n } from '@/i18n'
import { useLibraryStore } from '@/stores/library'
import StorageProblem from '@/components/app/StorageProblem.vue'

const realIndexedDB = Dexie.dependencies.indexedDB

beforeEach(() => {
  setActivePinia(createPinia())
  resetDbForTests()
})
afterEach(() => {
  Dexie.dependencies.indexedDB = realIndexedDB
  vi.restoreAllMocks()
  resetDbForTests()
})

describe('storage problem: what the browser refuses', () => {
  it('names blocked storage through Dexie’s wrappers, and anything else a failure', () => {
    expect(storageProblemOf(new Dexie.MissingAPIError())).toBe('blocked')
    const denied = new DOMException('access to the Indexed Database API is denied in this context.', 'SecurityError')
    expect(storageProblemOf(denied)).toBe('blocked')
    expect(storageProblemOf(new Dexie.OpenFailedError(denied))).toBe('blocked')
    expect(storageProblemOf({ name: 'DatabaseClosedError', inner: { name: 'OpenFailedError', inner: { name: 'InvalidStateError' } } })).toBe('blocked')
    expect(storageProblemOf(new DOMException('full', 'QuotaExceededError'))).toBe('failed')
    expect(storageProblemOf(new Error('x'))).toBe('failed')
    expect(storageProblemOf(null)).toBe('failed')
  })
})

describe('storage problem: the library says so instead of loading forever', () => {
  it('with no IndexedDB the list reports a blocked-storage error and «+ New» rejects with it', async () => {
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory
    const library = useLibraryStore()
    await vi.waitFor(() => expect(library.activeLoaded).toBe(true))
    expect(storageProblemOf(library.activeError)).toBe('blocked')
    const created = library.create('unit', 'kk')
    await expect(created).rejects.toSatisfy((e: unknown) => storageProblemOf(e) === 'blocked')
  })

  it('when the browser denies opening the database (site data blocked) the list reports it', async () => {
    vi.spyOn(db(), 'open').mockRejectedValue(new Dexie.OpenFailedError(new DOMException('denied', 'SecurityError')))
    const library = useLibraryStore()
    await vi.waitFor(() => expect(library.activeLoaded).toBe(true))
    expect(storageProblemOf(library.activeError)).toBe('blocked')
  })

  it('says in kk, ru and en that storage is not allowed and what to do; another failure shows its own text', () => {
    const blocked = new Dexie.MissingAPIError()
    const said = { kk: ['сақтауға рұқсат бермейді', 'инкогнито'], ru: ['не разрешает', 'инкогнито'], en: ['does not let this site store data', 'private (incognito) mode'] }
    for (const [lang, words] of Object.entries(said)) {
      i18n.global.locale.value = lang as 'kk'
      const w = mount(StorageProblem, { props: { error: blocked, lead: 'LEAD' }, global: { plugins: [i18n] } })
      expect(w.get('[data-testid=storage-problem]').attributes('data-problem')).toBe('blocked')
      for (const word of words) expect(w.text()).toContain(word)
      expect(w.text()).toContain('LEAD')
    }
    i18n.global.locale.value = 'en'
    const other = mount(StorageProblem, { props: { error: new Error('disk broke') }, global: { plugins: [i18n] } })
    expect(other.text()).toContain('Error: disk broke')
    expect(other.text()).not.toContain('store data')
  })
})
