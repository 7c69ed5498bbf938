import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import SpecificationView from '@/components/derived/SpecificationView.vue'
import MarkSchemeView from '@/components/derived/MarkSchemeView.vue'
import ParentRubricView from '@/components/derived/ParentRubricView.vue'
import MarkBandsView from '@/components/derived/MarkBandsView.vue'
import { editRubricCell } from '@/domain/parentRubric'
import { i18n } from '@/i18n'
import { cleanAssessment } from '../checks/clean'

const global = { plugins: [i18n] }

describe('derived tables', () => {
  it('specification: document-language headings, section and total, cells focus their fields', async () => {
    const a = cleanAssessment('kk', 'term')
    const w = mount(SpecificationView, { props: { assessment: a }, global })
    expect(w.get('[data-testid=specification-table] thead').text()).toContain('Тексерілетін мақсат')
    expect(w.get('[data-testid=spec-section-points]').text()).toBe('21')
    expect(w.get('[data-testid=spec-total-minutes]').text()).toBe('39')
    await w.get('[data-testid=spec-row-1] td:nth-child(3) button').trigger('click')
    expect(w.emitted('focus')).toEqual([['tasks/t1/level']])
  })

  it('mark scheme: correct option and descriptor points', async () => {
    const w = mount(MarkSchemeView, { props: { assessment: cleanAssessment('ru') }, global })
    expect(w.get('[data-testid=scheme-row-1] [data-testid=scheme-answer]').text()).toBe('B) 1917 год')
    expect(w.get('[data-testid=scheme-total]').text()).toBe('9')
    await w.get('[data-testid=scheme-row-1] [data-testid=scheme-answer] button').trigger('click')
    expect(w.emitted('focus')).toEqual([['tasks/t1/options/t1o1/text']])
  })

  it.each([
    ['kk', 'Мұғалім оқитын мәтін', 'Мұғалімге ескертпе', 'Тапсырма 2'],
    ['ru', 'Текст, который читает учитель', 'Заметки для учителя', 'Задание 2'],
    ['en', 'Script read by the teacher', 'Notes for the teacher', 'Task 2'],
  ] as const)('mark scheme in %s: each task’s script and notes after the table, labelled, as text; none inside the specification', async (language, script, notes, task) => {
    const a = cleanAssessment(language)
    const withMaterial = { ...a, tasks: a.tasks.map((t, i) => (i === 1 ? { ...t, script: '<b>алма</b>\nқала', teacherNotes: 'Read twice.' } : t)) }
    const w = mount(MarkSchemeView, { props: { assessment: withMaterial }, global })
    const block = w.get('[data-testid=scheme-material-2]')
    expect(block.text()).toContain(task)
    expect(block.text()).toContain(`${script}:`)
    expect(block.text()).toContain(`${notes}:`)
    // the teacher's text is shown as text, never as HTML
    expect(block.get('[data-testid=scheme-script]').text()).toBe('<b>алма</b>\nқала')
    expect(block.find('b').exists()).toBe(false)
    await block.get('[data-testid=scheme-notes]').trigger('click')
    expect(w.emitted('focus')).toEqual([[`tasks/${a.tasks[1].id}/teacherNotes`]])
    expect(w.findAll('[data-testid^=scheme-material-]')).toHaveLength(1)
    expect(mount(MarkSchemeView, { props: { assessment: withMaterial, bare: true }, global }).find('[data-testid=scheme-teacher-material]').exists()).toBe(false)
    expect(mount(MarkSchemeView, { props: { assessment: a }, global }).find('[data-testid=scheme-teacher-material]').exists()).toBe(false)
  })

  it('parent rubric: generated cells, edits shown as edited or stale, editable cells emit', async () => {
    const a = cleanAssessment('ru')
    const edits = editRubricCell(a, {}, 'c1', 'low', 'Своими словами.')
    const changed = { ...a, criteria: a.criteria.map((c) => (c.id === 'c1' ? { ...c, text: 'Называет причины события' } : c)) }
    const w = mount(ParentRubricView, { props: { assessment: changed, edits, editable: true }, global })
    const low = w.get('[data-testid=rubric-row-c1] [data-testid=rubric-low]')
    expect((low.get('textarea').element as HTMLTextAreaElement).value).toBe('Своими словами.')
    expect(low.find('.stale').exists()).toBe(true)
    expect((w.get('[data-testid=rubric-row-c1] [data-testid=rubric-high] textarea').element as HTMLTextAreaElement).value).toBe('Верно называет причины события.')
    await low.get('textarea').setValue('Другое.')
    expect(w.emitted('edit-cell')).toEqual([['c1', 'low', 'Другое.']])
    const ro = mount(ParentRubricView, { props: { assessment: a }, global })
    expect(ro.find('textarea').exists()).toBe(false)
    expect(ro.get('[data-testid=rubric-row-c1] [data-testid=rubric-low]').text()).toBe('Затрудняется определять причины исторического события.')
  })

  it('mark bands: points for each mark and the level balance', async () => {
    const w = mount(MarkBandsView, { props: { assessment: cleanAssessment('en', 'term') }, global })
    expect(w.get('[data-testid=bands-total]').text()).toBe('21')
    expect(w.get('[data-testid=band-5] [data-testid=band-points]').text()).toBe('18–21')
    expect(w.get('[data-testid=band-2] [data-testid=band-points]').text()).toBe('0–8')
    expect(w.get('[data-testid=balance-application]').text()).toContain('16')
    await w.get('[data-testid=weights-fo25-sor25-soch50]').setValue(true)
    expect(w.get('[data-testid=weights-chosen]').text()).toContain('25%')
  })

  it('mark bands: the sources speak the reader’s language and mark a Russian title as quoted', () => {
    i18n.global.locale.value = 'kk'
    const ru = mount(MarkBandsView, { props: { assessment: cleanAssessment('ru', 'term') }, global })
    expect(ru.get('[data-testid=bands-source]').text()).toContain('ред. 2022; 2–11 классы')
    expect(ru.get('[data-testid=bands-source]').text()).not.toMatch(/grades|[a-z]{3,}/)
    const en = mount(MarkBandsView, { props: { assessment: cleanAssessment('en', 'term') }, global })
    expect(en.get('[data-testid=bands-source]').text()).toContain('(official title, in Russian)')
    // the weights are a setting of the interface (Kazakh here)
    expect(en.findAll('[data-testid=weights-source]').map((s) => s.text())).toEqual([
      expect.stringContaining('(ресми атауы орыс тілінде), Ы. Алтынсарин атындағы ҰБА, 2021–2023 жылғы редакция'),
      expect.stringContaining('(ресми атауы орыс тілінде), ҚР БҒМ-нің № 125 бұйрығы, 2016–2020 жылғы редакция'),
    ])
  })
})
