import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useExamplesStore } from '@/stores/examples'
import { totalPoints } from '@/domain/totals'

beforeEach(() => setActivePinia(createPinia()))

describe('examples store', () => {
  it('lists a summary of every bundled example', async () => {
    const list = await useExamplesStore().list()
    expect(list.map((s) => s.slug)).toContain('sor-kk-history-9')
    expect(list).toHaveLength(useExamplesStore().slugs().length)
    const history = list.find((s) => s.slug === 'sor-kk-history-9')!
    expect(history).toMatchObject({ kind: 'unit', language: 'kk', grade: 9, taskCount: 3, descriptorCount: 13, points: 13, printedTotal: 13 })
    expect(history.source).toMatch(/^http:\/\/engime\.org\//)
  })

  it('gives the same assessment for the same slug, read from its file once', async () => {
    const store = useExamplesStore()
    const [a, b] = await Promise.all([store.get('sor-ru-history-kz-kazakh-khanate'), store.get('sor-ru-history-kz-kazakh-khanate')])
    expect(a).toBe(b)
    expect(a).toBe(await store.get('sor-ru-history-kz-kazakh-khanate'))
    expect(totalPoints(a)).toBe(10)
    expect((await store.summary('sor-ru-history-kz-kazakh-khanate')).missing).toContain('taskTexts')
  })

  it('rejects an unknown slug', async () => {
    await expect(useExamplesStore().get('no-such-example')).rejects.toThrow(/no-such-example/)
  })
})
