import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import TaskCard from '@/components/editor/task/TaskCard.vue'
import { createAssessment, createCriterion, createDescriptor, createOption, createTask } from '@/domain/factories'
import { addCriterion, addTask } from '@/domain/operations'
import { useEditorStore } from '@/stores/editor'
import { assessmentsRepo } from '@/db/assessments'
import { i18n } from '@/i18n'
import { isolate } from '@/domain/text/bidi'

let pinia: ReturnType<typeof createPinia>
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  i18n.global.locale.value = 'ru'
})

async function setup(type: 'multipleChoice' | 'shortAnswer') {
  const criterion = createCriterion(0, 'Определяет значение')
  const task = {
    ...createTask(0, type),
    text: 'Первая строка\nвторая строка',
    criterionIds: [criterion.id],
    options: [createOption(1024, 'А', true), createOption(2048, 'Б')],
    descriptors: [createDescriptor(1024, criterion.id, 'называет', 1), createDescriptor(2048, criterion.id, 'объясняет', 2)],
  }
  const assessment = addTask(addCriterion(createAssessment({ kind: 'unit', language: 'ru' }), criterion), task)
  await assessmentsRepo.put(assessment)
  const editor = useEditorStore()
  await editor.open(assessment.id)
  const wrapper = mount(TaskCard, {
    props: { task: editor.assessment!.tasks[0], number: 2, count: 3, criteria: editor.assessment!.criteria, readOnly: false },
    global: { plugins: [pinia, i18n], stubs: { RouterLink: true } },
  })
  return { wrapper, editor, task }
}

describe('TaskCard', () => {
  it('shows its number, its points as the sum of descriptor points and keeps line breaks', async () => {
    const { wrapper } = await setup('shortAnswer')
    expect(wrapper.get('[data-testid=task-number]').text()).toBe('Задание 2')
    expect(wrapper.get('[data-testid=task-points]').text()).toBe('3 балла')
    expect((wrapper.get('[data-testid=task-text]').element as HTMLTextAreaElement).value).toBe('Первая строка\nвторая строка')
  })

  it('shows answer options only for a multiple-choice task', async () => {
    expect((await setup('shortAnswer')).wrapper.find('[data-testid=options]').exists()).toBe(false)
    const { wrapper } = await setup('multipleChoice')
    expect(wrapper.findAll('[data-testid=option-text]')).toHaveLength(2)
    expect(wrapper.findAll('[data-testid=option-correct]').map((c) => (c.element as HTMLInputElement).checked)).toEqual([true, false])
  })

  it('edits the document through the store', async () => {
    const { wrapper, editor } = await setup('shortAnswer')
    await wrapper.get('[data-testid=task-text]').setValue('Новый текст')
    expect(editor.assessment!.tasks[0].text).toBe('Новый текст')
    await wrapper.get('[data-testid=task-type]').setValue('extendedAnswer')
    expect(editor.assessment!.tasks[0].type).toBe('extendedAnswer')
    await wrapper.findAll('[data-testid=descriptor-points]')[1].setValue('4')
    expect(editor.assessment!.tasks[0].descriptors[1].points).toBe(4)
  })

  it('emits reorder, duplicate and remove', async () => {
    const { wrapper } = await setup('shortAnswer')
    await wrapper.get('[data-testid=task-up]').trigger('click')
    await wrapper.get('[data-testid=task-duplicate]').trigger('click')
    await wrapper.get('[data-testid=task-remove]').trigger('click')
    await wrapper.get('.drag-handle').trigger('keydown', { key: 'ArrowDown', altKey: true })
    expect(wrapper.emitted('move')).toEqual([[0], [2]])
    expect(wrapper.emitted('duplicate')).toHaveLength(1)
    expect(wrapper.emitted('remove')).toHaveLength(1)
  })

  it('says the specification counts the task’s level and when its criterion’s level differs', async () => {
    const criterion = { ...createCriterion(0, 'Определяет значение'), level: 'application' as const }
    const task = { ...createTask(0, 'shortAnswer'), level: 'higher' as const, criterionIds: [criterion.id] }
    const assessment = addTask(addCriterion(createAssessment({ kind: 'unit', language: 'ru' }), criterion), task)
    await assessmentsRepo.put(assessment)
    const editor = useEditorStore()
    await editor.open(assessment.id)
    const wrapper = mount(TaskCard, {
      props: { task: editor.assessment!.tasks[0], number: 1, count: 1, criteria: editor.assessment!.criteria, readOnly: false },
      global: { plugins: [pinia, i18n], stubs: { RouterLink: true } },
    })
    const hint = () => wrapper.get('[data-testid=task-level-hint]').text()
    expect(hint()).toBe(`В спецификации учитывается уровень задания. У критерия другой уровень: ${isolate(`Кр1 — ${i18n.global.t('level.application')}`)}.`)
    await wrapper.get('[data-testid=task-level]').setValue('application')
    await wrapper.setProps({ task: editor.assessment!.tasks[0] })
    expect(hint()).toBe('В спецификации учитывается уровень задания.')
  })
})
