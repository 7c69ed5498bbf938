import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { i18n } from '@/i18n'
import ReviewDocument from '@/components/review/ReviewDocument.vue'
import { sample } from './sample'

// a budget for a busy machine, not an expectation: nothing here asserts on time
vi.setConfig({ testTimeout: 60_000 })

/** Waits for the database and the page to catch up (a condition, never a fixed time). */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 10 })

describe('review document', () => {
  it('emits the path of a clicked field', async () => {
    const w = mount(ReviewDocument, { props: { assessment: sample(), threads: [], selected: null }, global: { plugins: [i18n, createPinia()] } })
    await w.find('[data-field="tasks/t1/descriptors/d1/text"]').trigger('click')
    expect(w.emitted('select')).toEqual([['tasks/t1/descriptors/d1/text']])
  })
})

import Dexie from 'dexie'
import { setActivePinia } from 'pinia'
import { DATABASE_NAME, resetDbForTests } from '@/db/database'
import { contentHash } from '@/domain/review/hash'
import { writePackage } from '@/exchange/reviewPackage'
import { useMentorReviewStore } from '@/stores/mentorReview'
import ReviewView from '@/views/ReviewView.vue'

describe('review view', () => {
  it('starts a thread on a clicked field, shows HTML in comments as text', async () => {
    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
    const pinia = createPinia()
    setActivePinia(pinia)
    const a = { ...sample(), title: '<img src=x onerror=alert(1)>' }
    const text = writePackage({ createdAt: 1, author: { name: 'Дана', school: '' }, version: { id: 'asmt1@1', assessmentId: 'asmt1', number: 1, hash: contentHash(a), createdAt: 1, author: { name: 'Дана', school: '' }, content: a }, baseline: null, threads: [] })
    const mentor = useMentorReviewStore()
    expect((await mentor.openPackage(text)).ok).toBe(true)
    const w = mount(ReviewView, { global: { plugins: [i18n, pinia] }, attachTo: document.body })
    await until(() => expect(w.find('[data-field="tasks/t1/descriptors/d1/text"]').exists()).toBe(true))
    await w.find('[data-field="tasks/t1/descriptors/d1/text"]').trigger('click')
    await until(() => expect(w.find('[data-testid=thread-composer]').exists()).toBe(true))
    await w.find('[data-testid=comment-text]').setValue('<script>alert(1)</script> нақтылаңыз')
    await w.find('[data-testid=suggestion-text]').setValue('ядроны суреттен атайды')
    await w.find('[data-testid=thread-composer]').trigger('submit')
    await until(() => expect(w.findAll('[data-testid=thread]')).toHaveLength(1))
    expect(w.find('[data-testid=comment-body]').text()).toBe('<script>alert(1)</script> нақтылаңыз')
    expect(w.find('[data-testid=comment-body]').element.children).toHaveLength(0)
    expect(w.html()).not.toContain('<img src=x')
    w.unmount()
  })

  it('tells the mentor a version number came again with other content, and opens it as a separate review on request', async () => {
    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
    const pinia = createPinia()
    setActivePinia(pinia)
    i18n.global.locale.value = 'ru'
    const packageOf = (a: ReturnType<typeof sample>) =>
      writePackage({ createdAt: 1, author: { name: 'Дана', school: '' }, version: { id: 'asmt1@1', assessmentId: 'asmt1', number: 1, hash: contentHash(a), createdAt: 1, author: { name: 'Дана', school: '' }, content: a }, baseline: null, threads: [] })
    expect((await useMentorReviewStore().openPackage(packageOf(sample()))).ok).toBe(true)
    const w = mount(ReviewView, { global: { plugins: [i18n, pinia] }, attachTo: document.body })
    const input = w.find('[data-testid=package-file]')
    Object.defineProperty(input.element, 'files', { value: [new File([packageOf({ ...sample(), title: 'Другое содержимое' })], 'x.review.json')], configurable: true })
    await input.trigger('change')
    await until(() => expect(w.find('[data-testid=review-problem]').text()).toContain('Версия 1 оценивания «\u2068Другое содержимое\u2069» уже открывалась'))
    await w.find('[data-testid=reused-separate]').trigger('click')
    await until(() => expect(w.findAll('[data-testid=review-round]')).toHaveLength(2))
    expect(w.find('[data-testid=review-problem]').exists()).toBe(false)
    expect(w.find('[data-testid=round-head]').exists()).toBe(true)
    expect(useMentorReviewStore().assessment?.title).toBe('Другое содержимое')
    w.unmount()
    i18n.global.locale.value = 'en'
  })
})
