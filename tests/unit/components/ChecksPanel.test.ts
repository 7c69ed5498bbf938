import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ChecksPanel from '@/components/checks/ChecksPanel.vue'
import FieldMarker from '@/components/checks/FieldMarker.vue'
import { findingsByPath, findingsUnder, runChecks } from '@/domain/checks/engine'
import { i18n } from '@/i18n'
import { cleanAssessment } from '../checks/clean'

function broken() {
  const a = cleanAssessment('ru')
  return {
    ...a,
    tasks: a.tasks.map((t) =>
      t.id === 't2'
        ? { ...t, type: null, descriptors: t.descriptors.map((d, i) => (i === 0 ? { ...d, points: 0, text: 'Обучающийся знает причины' } : d)) }
        : t,
    ),
  }
}

describe('ChecksPanel', () => {
  it('counts by severity with icon and word, words findings in the interface language (not the document’s), and emits focus and apply-fix', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = mount(ChecksPanel, { props: { assessment: broken() }, global: { plugins: [i18n] } })
    expect(wrapper.get('[data-testid=checks-count-error]').attributes('data-count')).toBe('2')
    expect(wrapper.get('[data-testid=checks-count-warning]').text()).toContain('▲ Warning')
    // hints are folded until asked for
    expect(wrapper.find('[data-testid="finding-descriptor.learnerPrefix"]').exists()).toBe(false)
    await wrapper.get('[data-testid=checks-show-hints]').trigger('click')
    expect(wrapper.find('[data-testid="finding-descriptor.learnerPrefix"]').exists()).toBe(true)
    const noType = wrapper.get('[data-testid="finding-task.noType"]')
    expect(noType.text()).toContain('Task 2 has no type.')
    expect(wrapper.get('.findings').attributes('lang')).toBe('en')
    expect(noType.text()).toContain('Error')
    await noType.get('.finding').trigger('click')
    expect(wrapper.emitted('focus')).toEqual([['tasks/t2/type']])
    await wrapper.get('[data-testid="finding-descriptor.points"] [data-testid=finding-fix]').trigger('click')
    expect(wrapper.emitted('apply-fix')![0][0]).toEqual({ kind: 'setPoints', taskId: 't2', descriptorId: 't2d0', value: 1 })
  })

  it('says so when there is nothing to report, and hides fixes when read-only', () => {
    const clean = mount(ChecksPanel, { props: { assessment: cleanAssessment('kk') }, global: { plugins: [i18n] } })
    expect(clean.find('[data-testid=checks-none]').exists()).toBe(true)
    const ro = mount(ChecksPanel, { props: { assessment: broken(), readOnly: true }, global: { plugins: [i18n] } })
    expect(ro.find('[data-testid=finding-fix]').exists()).toBe(false)
  })
})

describe('inline markers', () => {
  it('group findings by field and show those of one field', () => {
    const findings = runChecks(broken())
    expect(findingsByPath(findings).get('tasks/t2/descriptors/t2d0/points')!.map((f) => f.ruleId)).toEqual(['descriptor.points'])
    expect(findingsUnder(findings, 'tasks/t2').length).toBeGreaterThanOrEqual(4)
    const marker = mount(FieldMarker, { props: { findings, path: 'tasks/t2/type', language: 'ru' }, global: { plugins: [i18n] } })
    expect(marker.text()).toContain('✖')
    expect(marker.text()).toContain('У задания 2 не выбран тип.')
    const none = mount(FieldMarker, { props: { findings, path: 'tasks/t1/type', language: 'ru' }, global: { plugins: [i18n] } })
    expect(none.find('[data-testid=field-marker]').exists()).toBe(false)
  })
})
