import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DescriptorRow from '@/components/editor/task/DescriptorRow.vue'
import { createCriterion, createDescriptor, createTask } from '@/domain/factories'
import { i18n } from '@/i18n'

function mountRow(criteriaCount = 1) {
  i18n.global.locale.value = 'kk'
  const criteria = Array.from({ length: criteriaCount }, (_, i) => createCriterion(i, `критерий ${i + 1}`))
  const descriptor = createDescriptor(0, criteria[0].id, 'ядроны атайды', 1)
  const task = { ...createTask(0), criterionIds: criteria.map((c) => c.id), descriptors: [descriptor] }
  return mount(DescriptorRow, {
    props: { taskId: task.id, criterionIds: task.criterionIds, parts: [], taskNumber: 1, language: 'kk', descriptor, index: 0, count: 1, criteria, readOnly: false },
    global: { plugins: [i18n] },
  })
}

describe('DescriptorRow', () => {
  it.each([
    ['1,5', 'бүтін сан'],
    ['-1', 'теріс'],
    ['abc', 'сан болуы керек'],
    ['', 'Балл енгізіңіз'],
  ])('explains why %j is not a mark and does not emit it', async (raw, message) => {
    const row = mountRow()
    await row.get('[data-testid=descriptor-points]').setValue(raw)
    expect(row.get('[data-testid=points-problem]').text()).toContain(message)
    expect(row.emitted('update')).toBeUndefined()
  })

  it('emits a valid whole mark', async () => {
    const row = mountRow()
    await row.get('[data-testid=descriptor-points]').setValue('2')
    expect(row.emitted('update')).toEqual([[row.props('descriptor').id, { points: 2 }, 'points']])
    expect(row.find('[data-testid=points-problem]').exists()).toBe(false)
  })

  it('keeps pasted Word text intact', async () => {
    const row = mountRow()
    const pasted = '«Тарихи\u00a0оқиғаны»\tанықтайды – “дұрыс” ә ғ қ ң ө ұ ү һ і'
    await row.get('[data-testid=descriptor-text]').setValue(pasted)
    expect(row.emitted('update')).toEqual([[row.props('descriptor').id, { text: pasted }, 'text']])
  })

  it('asks for the next descriptor on Enter', async () => {
    const row = mountRow()
    await row.get('[data-testid=descriptor-text]').trigger('keydown', { key: 'Enter' })
    expect(row.emitted('enter')).toHaveLength(1)
  })

  it('shows the criterion choice only when the task assesses two or more criteria', () => {
    expect(mountRow(1).find('[data-testid=descriptor-criterion]').exists()).toBe(false)
    const row = mountRow(2)
    expect(row.findAll('[data-testid=descriptor-criterion] option').map((o) => o.text())).toEqual(['К1', 'К2'])
  })
})
