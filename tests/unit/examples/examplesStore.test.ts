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
    expect((await store.summary('sor-ru-history-kz-kazakh-khanate')).added).toContain('taskTexts')
    expect((await store.summary('sor-ru-history-kz-kazakh-khanate')).missing).toEqual([])
  })

  it('rejects an unknown slug', async () => {
    await expect(useExamplesStore().get('no-such-example')).rejects.toThrow(/no-such-example/)
  })
})

describe('making an editable copy', () => {
  it('saves a draft copy in the library with fresh ids and no source', async () => {
    const { assessmentsRepo } = await import('@/db/assessments')
    const store = useExamplesStore()
    const { id, title } = await store.makeEditableCopy('sor-kk-history-9')
    const saved = (await assessmentsRepo.get(id))!
    const example = await store.get('sor-kk-history-9')
    expect(title).toBe(example.title)
    expect(saved.title).toBe(example.title)
    expect(saved.status).toBe('draft')
    expect(saved.source).toBe('')
    expect(totalPoints(saved)).toBe(13)
    expect(saved.criteria[1].id).not.toBe(example.criteria[1].id)
    expect(saved.tasks[2].criterionIds).toEqual([saved.criteria[1].id])
    // the example itself is untouched, still approved and read from the bundle
    expect(example.status).toBe('approved')
  })
})
