/**
 * Colour is never the only signal: every severity and every review state carries its own words (or an
 * icon with a text alternative) for a reader who cannot tell the colours apart and for a screen reader.
 * Each test fails if the words of one state are taken away, leaving it told apart by colour alone.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { i18n } from '@/i18n'
import ChecksPanel from '@/components/checks/ChecksPanel.vue'
import FieldFindings from '@/components/editor/FieldFindings.vue'
import ReviewBadge from '@/components/review/ReviewBadge.vue'
import ReviewField from '@/components/review/ReviewField.vue'
import ReviewTask from '@/components/review/ReviewTask.vue'
import ThreadCard from '@/components/review/ThreadCard.vue'
import { provideFieldFindings } from '@/composables/useFieldFindings'
import { runChecks } from '@/domain/checks/engine'
import { SEVERITIES, type Severity } from '@/domain/checks/types'
import type { Assessment, AssessmentStatus } from '@/domain/model'
import type { Thread } from '@/domain/review/model'
import { cleanAssessment } from '../checks/clean'
import { sample } from '../review/sample'
import { threadViews } from '@/domain/review/threadIndex'

const { t } = i18n.global

/** What a screen reader reads: the element's text without its aria-hidden parts. */
function spoken(el: Element): string {
  const copy = el.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** What a sighted reader sees, colours apart: the text and icons without the visually hidden parts. */
function seen(el: Element): string {
  const copy = el.cloneNode(true) as Element
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** An element with its parts matching `selector` taken out (e.g. the finding's own message). */
function without(el: Element, selector: string): Element {
  const copy = el.cloneNode(true) as Element
  copy.querySelectorAll(selector).forEach((n) => n.remove())
  return copy
}

/** A document with findings of all three severities. */
function withAllSeverities(): Assessment {
  const a = cleanAssessment('en')
  const broken = {
    ...a,
    durationMinutes: null,
    tasks: a.tasks.map((task, i) => (i === 1 ? { ...task, type: null, descriptors: task.descriptors.map((d, j) => (j === 0 ? { ...d, text: 'Learner knows the causes' } : d)) } : task)),
  }
  const severities = new Set(runChecks(broken).map((f) => f.severity))
  expect([...severities].sort()).toEqual([...SEVERITIES].sort())
  return broken
}

beforeEach(() => {
  i18n.global.locale.value = 'en'
})

describe('severities are words, not only colours', () => {
  it('in the checks panel: each finding and each count names its severity, and the icons differ', async () => {
    const w = mount(ChecksPanel, { props: { assessment: withAllSeverities() }, global: { plugins: [i18n] } })
    await w.get('[data-testid=checks-show-hints]').trigger('click')
    const marks = new Map<Severity, Set<string>>()
    for (const s of SEVERITIES) {
      const items = w.findAll(`.findings li.${s}`)
      expect(items.length, s).toBeGreaterThan(0)
      for (const item of items) {
        const mark = without(item.element, '.msg, [data-testid=finding-fix]')
        expect(spoken(mark), s).toBe(t(`checks.severity.${s}`))
        marks.set(s, (marks.get(s) ?? new Set()).add(seen(mark)))
      }
      expect(spoken(w.get(`[data-testid=checks-count-${s}]`).element)).toContain(t(`checks.severity.${s}`))
    }
    // one look per severity, and no two alike (icon and word, whatever the colour)
    const looks = SEVERITIES.map((s) => [...marks.get(s)!])
    expect(looks.every((l) => l.length === 1)).toBe(true)
    expect(new Set(looks.flat()).size).toBe(SEVERITIES.length)
  })

  it('beside the fields: each finding starts with its severity word', () => {
    const a = withAllSeverities()
    const paths = [...new Set(runChecks(a).map((f) => f.path))]
    const Editor = defineComponent({
      setup() {
        provideFieldFindings(() => a)
        return () => h(FieldFindings, { paths })
      },
    })
    const w = mount(Editor, { global: { plugins: [i18n] } })
    for (const s of SEVERITIES) {
      const items = w.findAll(`[data-testid=field-findings] li.${s}`)
      expect(items.length, s).toBeGreaterThan(0)
      for (const item of items) expect(spoken(item.element).startsWith(`${t(`checks.severity.${s}`)}:`), spoken(item.element)).toBe(true)
    }
  })
})

describe('review states are words, not only colours', () => {
  it('the library badge says draft, submitted, changes requested, approved', () => {
    const pinia = createPinia()
    const statuses: AssessmentStatus[] = ['draft', 'submitted', 'changesRequested', 'resubmitted', 'approved']
    const texts = statuses.map((status) => {
      const w = mount(ReviewBadge, { props: { assessment: { ...sample(), status } }, global: { plugins: [i18n, pinia] } })
      return spoken(w.get('[data-testid=review-badge]').element)
    })
    expect(texts).toEqual(statuses.map((s) => t(`status.${s}`)))
  })

  it('a thread says open, resolved, field changed', () => {
    const a = sample()
    const thread = (patch: Partial<Thread>): Thread => ({
      id: 'th', assessmentId: a.id, path: 'tasks/t1/text', quote: a.tasks[0].text, versionNumber: 1, status: 'open', statusAt: 1,
      suggestion: null, comments: [{ id: 'c', author: 'Айгүл', role: 'mentor', text: 'Нақтылаңыз', createdAt: 1, draft: false }], createdAt: 1, ...patch,
    } as Thread)
    const head = (th: Thread) => {
      const w = mount(ThreadCard, { props: { thread: th, view: threadViews(a, [th]).get(th.id)!, role: 'teacher' }, global: { plugins: [i18n, createPinia()] } })
      return without(w.get('.thread-head').element, '[data-testid=thread-place]')
    }
    const open = head(thread({}))
    const resolved = head(thread({ status: 'resolved' }))
    const outdated = head(thread({ quote: 'the text before' }))
    expect(spoken(open)).toBe(t('review.open'))
    expect(spoken(resolved)).toBe(t('review.resolved'))
    expect(spoken(outdated)).toContain(t('review.outdated'))
    expect(spoken(outdated)).toContain(t('review.open'))
    expect(new Set([open, resolved, outdated].map(seen)).size).toBe(3)
  })

  it('a field in review says how many threads it has, a correct option says it is correct', () => {
    const field = mount(ReviewField, { props: { path: 'tasks/t1/text', value: 'Мәтін', count: 2 }, global: { plugins: [i18n] } })
    expect(spoken(field.element)).toContain(t('review.threadCount', { n: 2 }))
    expect(seen(field.element)).toContain('2')
    const task = mount(ReviewTask, { props: { task: sample().tasks[1], number: 2, counts: {}, selected: null }, global: { plugins: [i18n] } })
    const [wrong, right] = task.findAll('.roptions li').map((li) => spoken(li.element))
    expect(wrong).not.toContain(t('tasks.correct'))
    expect(right).toContain(t('tasks.correct'))
  })
})
