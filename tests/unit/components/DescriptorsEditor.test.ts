/** A keystroke in one descriptor's mark redraws that row only: every other row gets the very same props. */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import DescriptorsEditor from '@/components/editor/task/DescriptorsEditor.vue'
import DescriptorRow from '@/components/editor/task/DescriptorRow.vue'
import { createCriterion, createDescriptor, createTask } from '@/domain/factories'
import { i18n } from '@/i18n'

describe('DescriptorsEditor', () => {
  it('hands unchanged rows the same props and handlers when one descriptor changes', async () => {
    const criteria = [createCriterion(0, 'критерий 1'), createCriterion(1, 'критерий 2')]
    const descriptors = [0, 1, 2, 3].map((i) => createDescriptor(i, criteria[i % 2].id, `дескриптор ${i + 1}`, 1))
    const task = { ...createTask(0), criterionIds: criteria.map((c) => c.id), descriptors }
    const list = mount(DescriptorsEditor, { props: { task, number: 1, criteria, readOnly: false }, global: { plugins: [i18n, createPinia()] } })
    const rowProps = () => list.findAllComponents(DescriptorRow).map((row) => ({ ...row.vm.$.vnode.props }))
    const before = rowProps()
    expect(before).toHaveLength(4)

    await list.setProps({ task: { ...task, descriptors: descriptors.map((d, i) => (i === 1 ? { ...d, points: 3 } : d)) } })
    const after = rowProps()
    for (const i of [0, 2, 3]) {
      expect(Object.keys(after[i])).toEqual(Object.keys(before[i]))
      for (const key of Object.keys(before[i])) expect(after[i][key], `row ${i + 1}: ${key}`).toBe(before[i][key])
    }
    expect(after[1].descriptor).not.toBe(before[1].descriptor)
  })
})
