/**
 * A keystroke in one descriptor's mark (issue #20 §2) schedules no redraw outside the task it is in: no other task's
 * card, descriptor list, row or field findings is even woken (a woken component is queued and checked in the very
 * flush that draws the total; with a thousand fields in a 100-task document that was most of the keystroke).
 */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, nextTick, type ComponentInternalInstance } from 'vue'
import EditorBody from '@/components/editor/EditorBody.vue'
import TotalsPanel from '@/components/editor/TotalsPanel.vue'
import { provideFieldFindings } from '@/composables/useFieldFindings'
import { provideFieldThreads } from '@/composables/useFieldThreads'
import { addCriterion, addTask } from '@/domain/operations'
import { createAssessment, createCriterion, createDescriptor, createTask } from '@/domain/factories'
import type { Assessment } from '@/domain/model'
import { useEditorStore } from '@/stores/editor'
import { assessmentsRepo } from '@/db/assessments'
import { i18n } from '@/i18n'

function document(tasks: number): Assessment {
  const criterion = createCriterion(0, 'Мәтіннің негізгі ойын анықтайды')
  let a = addCriterion(createAssessment({ kind: 'unit', language: 'kk' }), criterion)
  for (let i = 0; i < tasks; i++) {
    const descriptors = [0, 1, 2].map((j) => createDescriptor(j, criterion.id, `${i + 1}.${j + 1} дескриптор`, 1))
    a = addTask(a, { ...createTask(i), text: `${i + 1}-тапсырма`, criterionIds: [criterion.id], descriptors })
  }
  return a
}

/** The task card a component is drawn in, if any. */
function taskOf(instance: ComponentInternalInstance): string | null {
  for (let i: ComponentInternalInstance | null = instance; i; i = i.parent) if (i.type.__name === 'TaskCard') return (i.props.task as { id: string }).id
  return null
}

async function openEditor(a: Assessment) {
  const pinia = createPinia()
  setActivePinia(pinia)
  await assessmentsRepo.put(a)
  const editor = useEditorStore()
  await editor.open(a.id)
  const Editor = defineComponent(() => {
    provideFieldFindings(() => editor.assessment)
    // as EditorView: the threads' list is read again (a new array) at every edit
    provideFieldThreads(() => (editor.assessment ? [] : []))
    return () => editor.assessment && [h(EditorBody, { assessment: editor.assessment, readOnly: false }), h(TotalsPanel, { assessment: editor.assessment })]
  })
  const instances: ComponentInternalInstance[] = []
  const redrawn: ComponentInternalInstance[] = []
  const mixins = [{ mounted(this: { $: ComponentInternalInstance }) { instances.push(this.$) }, updated(this: { $: ComponentInternalInstance }) { redrawn.push(this.$) } }]
  const wrapper = mount(Editor, { global: { plugins: [pinia, i18n], stubs: { RouterLink: true }, mixins } })
  await nextTick()
  redrawn.length = 0
  return { wrapper, editor, instances, redrawn }
}

describe('a mark keystroke', () => {
  it('wakes no component of the other tasks, redraws no header or findings list, and the total follows', async () => {
    i18n.global.locale.value = 'kk'
    const a = document(4)
    const { wrapper, instances, redrawn } = await openEditor(a)
    const woken = new Set<ComponentInternalInstance>()
    for (const instance of instances) {
      const schedule = instance.effect.scheduler!
      instance.effect.scheduler = () => (woken.add(instance), schedule())
    }
    const edited = a.tasks[2]
    expect(wrapper.get('[data-testid=total-points]').text()).toBe('12')

    await wrapper.findAll('[data-testid=descriptor-points]')[7].setValue('3')

    expect(wrapper.get('[data-testid=total-points]').text()).toBe('14')
    expect(wrapper.findAll('[data-testid=task-points]').map((p) => p.text())).toEqual(['3 балл', '3 балл', '5 балл', '3 балл'])
    const elsewhere = [...woken].filter((i) => taskOf(i) !== null && taskOf(i) !== edited.id).map((i) => `${i.type.__name} in task ${a.tasks.findIndex((t) => t.id === taskOf(i)) + 1}`)
    expect(elsewhere).toEqual([])
    expect(instances.filter((i) => taskOf(i) !== null && taskOf(i) !== edited.id).length).toBeGreaterThan(20)
    // in the edited task, the lists of findings (none changed) are not redrawn with the card and the row
    expect(redrawn.map((i) => i.type.__name)).toContain('DescriptorRow')
    expect(redrawn.filter((i) => i.type.__name === 'FieldFindings').map((i) => i.parent?.type.__name)).toEqual([])
    // nor the document's header form
    expect(redrawn.map((i) => i.type.__name)).not.toContain('HeaderForm')
  })
})
