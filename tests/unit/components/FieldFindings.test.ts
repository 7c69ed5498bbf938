/**
 * The editor's findings at a field (provideFieldFindings + FieldFindings): they follow the edits, and a field
 * whose findings did not change is handed the same list, so it does not update on a keystroke elsewhere.
 */
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, shallowRef } from 'vue'
import { mount } from '@vue/test-utils'
import FieldFindings from '@/components/editor/FieldFindings.vue'
import { provideFieldFindings, useFindingsAt } from '@/composables/useFieldFindings'
import { descriptorPath } from '@/domain/anchors'
import { updateDescriptor } from '@/domain/operations'
import type { Finding } from '@/domain/checks/types'
import type { Assessment } from '@/domain/model'
import { i18n } from '@/i18n'
import { sampleAssessment } from '../export/sample'

function mountEditor(start: Assessment, path: string) {
  const doc = shallowRef(start)
  const seen: (readonly Finding[])[] = []
  const Probe = defineComponent(() => {
    const { findings } = useFindingsAt(() => [path])
    return () => (seen.push(findings.value), h('i'))
  })
  const Root = defineComponent(() => {
    provideFieldFindings(() => doc.value)
    // the paths array is new on every render of the parent, as in the editor's templates
    return () => h('div', { 'data-total': doc.value.tasks.length }, [h(FieldFindings, { paths: [path] }), h(Probe)])
  })
  return { wrapper: mount(Root, { global: { plugins: [i18n] } }), doc, seen }
}

describe('findings at a field', () => {
  it('follow the edits of the field’s text', async () => {
    i18n.global.locale.value = 'en'
    const a = sampleAssessment('kk', 3)
    const [t, d] = [a.tasks[1], a.tasks[1].descriptors[0]]
    const path = descriptorPath(t.id, d.id, 'text')
    const { wrapper, doc } = mountEditor(a, path)
    expect(wrapper.find('[data-testid=field-findings]').exists()).toBe(false)
    doc.value = updateDescriptor(doc.value, t.id, d.id, { text: 'Жасушаның бөліктерін атаңыз' })
    await nextTick()
    expect(wrapper.findAll('[data-rule]').map((li) => li.attributes('data-rule'))).toEqual(['descriptor.imperative', 'descriptor.capital'])
    doc.value = updateDescriptor(doc.value, t.id, d.id, { text: 'жасушаның бөліктерін атайды' })
    await nextTick()
    expect(wrapper.find('[data-testid=field-findings]').exists()).toBe(false)
  })

  it('do not update the field when a mark changes elsewhere', async () => {
    const a = sampleAssessment('kk', 3)
    const [t, d] = [a.tasks[1], a.tasks[1].descriptors[0]]
    const start = updateDescriptor(a, t.id, d.id, { text: 'Жасушаның бөліктерін атаңыз' })
    const { doc, seen } = mountEditor(start, descriptorPath(t.id, d.id, 'text'))
    expect(seen).toHaveLength(1)
    expect(seen[0].map((f) => f.ruleId)).toEqual(['descriptor.imperative', 'descriptor.capital'])
    const first = start.tasks[0]
    for (const points of [4, 5, 0]) {
      doc.value = updateDescriptor(doc.value, first.id, first.descriptors[0].id, { points })
      await nextTick()
    }
    expect(seen).toHaveLength(1)
    // while its own text changes it does
    doc.value = updateDescriptor(doc.value, t.id, d.id, { text: 'жасушаның бөліктерін атаңыз' })
    await nextTick()
    expect(seen).toHaveLength(2)
    expect(seen[1].map((f) => f.ruleId)).toEqual(['descriptor.imperative'])
  })
})
