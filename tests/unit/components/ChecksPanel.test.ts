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
    // «Fix» shows before and after first; only «Apply» changes the document
    await wrapper.get('[data-testid="finding-descriptor.points"] [data-testid=finding-fix]').trigger('click')
    expect(wrapper.emitted('apply-fix')).toBeUndefined()
    const preview = wrapper.get('[data-testid="finding-descriptor.points"] [data-testid=fix-preview]')
    expect(preview.get('[data-testid=fix-before]').text()).toBe('0')
    expect(preview.get('[data-testid=fix-after]').text()).toBe('1')
    await preview.get('[data-testid=fix-apply]').trigger('click')
    expect(wrapper.emitted('apply-fix')![0][0]).toEqual({ kind: 'setPoints', taskId: 't2', descriptorId: 't2d0', value: 1 })
  })

  it('says so when there is nothing to report, and hides fixes when read-only', () => {
    const clean = mount(ChecksPanel, { props: { assessment: cleanAssessment('kk') }, global: { plugins: [i18n] } })
    expect(clean.find('[data-testid=checks-none]').exists()).toBe(true)
    const ro = mount(ChecksPanel, { props: { assessment: broken(), readOnly: true }, global: { plugins: [i18n] } })
    expect(ro.find('[data-testid=finding-fix]').exists()).toBe(false)
  })
})

describe('fix preview', () => {
  const imperative = () => {
    const a = cleanAssessment('kk')
    return { ...a, criteria: a.criteria.map((c) => (c.id === 'c1' ? { ...c, text: 'Сұрақтарға жауап беріңіз' } : c)) }
  }

  it.each([
    ['kk', 'Түзету нені өзгертеді', 'Қазір', 'Қолдану', 'Түзету қолданылды.', 'Болдырмау'],
    ['ru', 'Что изменит исправление', 'Сейчас', 'Применить', 'Исправление применено.', 'Отменить'],
    ['en', 'What the fix changes', 'Now', 'Apply', 'Fix applied.', 'Undo'],
  ] as const)('%s: shows the struck and the new word, applies on confirm and offers undo until the next edit', async (locale, title, before, apply, applied, undo) => {
    i18n.global.locale.value = locale
    const wrapper = mount(ChecksPanel, { props: { assessment: imperative() }, global: { plugins: [i18n] } })
    const finding = wrapper.get('[data-testid="finding-criterion.imperative"]')
    await finding.get('[data-testid=finding-fix]').trigger('click')
    const preview = finding.get('[data-testid=fix-preview]')
    expect(preview.text()).toContain(title)
    expect(preview.text()).toContain(before)
    expect(preview.get('[data-testid=fix-before] del').text()).toBe('беріңіз')
    expect(preview.get('[data-testid=fix-before]').text()).toBe('Сұрақтарға жауап беріңіз')
    expect(preview.get('[data-testid=fix-after] ins').text()).toBe('береді')
    expect(preview.get('[data-testid=fix-after]').text()).toBe('Сұрақтарға жауап береді')
    // cancel closes it without a change
    await preview.get('[data-testid=fix-cancel]').trigger('click')
    expect(finding.find('[data-testid=fix-preview]').exists()).toBe(false)
    expect(wrapper.emitted('apply-fix')).toBeUndefined()
    await finding.get('[data-testid=finding-fix]').trigger('click')
    expect(finding.get('[data-testid=fix-apply]').text()).toBe(apply)
    await finding.get('[data-testid=fix-apply]').trigger('click')
    expect(wrapper.emitted('apply-fix')![0][0]).toEqual({ kind: 'replaceText', path: 'criteria/c1/text', value: 'Сұрақтарға жауап береді' })
    expect(wrapper.get('[data-testid=fix-applied]').text()).toContain(applied)
    // the fixed document arrives: the notice stays; undo asks the editor to undo
    const fixed = imperative()
    await wrapper.setProps({ assessment: { ...fixed, criteria: fixed.criteria.map((c) => (c.id === 'c1' ? { ...c, text: 'Сұрақтарға жауап береді' } : c)) } })
    expect(wrapper.get('[data-testid=fix-undo]').text()).toBe(undo)
    await wrapper.get('[data-testid=fix-undo]').trigger('click')
    expect(wrapper.emitted('undo')).toHaveLength(1)
    expect(wrapper.find('[data-testid=fix-applied]').exists()).toBe(false)
  })

  it('drops the undo offer once another edit follows the fix', async () => {
    const wrapper = mount(ChecksPanel, { props: { assessment: imperative() }, global: { plugins: [i18n] } })
    await wrapper.get('[data-testid=finding-fix]').trigger('click')
    await wrapper.get('[data-testid=fix-apply]').trigger('click')
    await wrapper.setProps({ assessment: { ...imperative(), title: 'fixed' } })
    expect(wrapper.find('[data-testid=fix-applied]').exists()).toBe(true)
    await wrapper.setProps({ assessment: { ...imperative(), title: 'typed after' } })
    expect(wrapper.find('[data-testid=fix-applied]').exists()).toBe(false)
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
