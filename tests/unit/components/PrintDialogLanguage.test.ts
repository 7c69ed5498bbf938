/** Before printing, the dialog says when the text is in another language than the document's headings. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import PrintDialog from '@/components/print/PrintDialog.vue'
import { i18n } from '@/i18n'
import { cleanAssessment } from '../checks/clean'

const RU = 'Обучающийся определяет причины исторического события и оценивает его последствия.'

beforeAll(() => {
  // jsdom has no modal dialogs
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true }
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) { this.open = false }
})
afterEach(() => document.body.replaceChildren())

const open = (a: ReturnType<typeof cleanAssessment>) => mount(PrintDialog, { props: { assessment: a }, global: { plugins: [i18n, createPinia()] }, attachTo: document.body })

describe('the print dialog and the text’s language', () => {
  it('warns when a Kazakh document holds Russian text, in the interface language', async () => {
    i18n.global.locale.value = 'en'
    const ru = cleanAssessment('ru')
    const switched = { ...ru, language: 'kk' as const, tasks: ru.tasks.map((t) => ({ ...t, text: RU })) }
    const w = open(switched)
    expect(w.get('[data-testid=print-text-language]').text()).toContain('The text is written in Russian but the document language is Kazakh')
    i18n.global.locale.value = 'kk'
    await w.vm.$nextTick()
    expect(w.get('[data-testid=print-text-language]').text()).toContain('Мәтін орыс тілінде жазылған, ал құжат тілі — қазақша')
  })

  it('says nothing when the text is in the document language', () => {
    const ru = cleanAssessment('ru')
    const w = open({ ...ru, tasks: ru.tasks.map((t) => ({ ...t, text: RU })) })
    expect(w.get('[data-testid=print-file-name]').text()).not.toBe('')
    expect(w.find('[data-testid=print-text-language]').exists()).toBe(false)
  })
})
