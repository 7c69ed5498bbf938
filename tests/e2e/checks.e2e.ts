/**
 * Checks and derived tables in real Chromium: an assessment with three planted mistakes (a descriptor
 * worth 0, a multiple-choice task with no correct option, a criterion written as an instruction) shows
 * them in the checks panel; clicking focuses the field; fixing them brings every count to zero; the
 * specification, mark scheme, rubric and mark bands show the right numbers in kk, ru and en.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Writes objectives, criteria and tasks into the stored row with the raw IndexedDB API, as the model shapes them. */
async function seed(page: Page, id: string): Promise<void> {
  await page.evaluate(async (assessmentId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('bagalau')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const store = () => db.transaction('assessments', 'readwrite').objectStore('assessments')
    const row = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const req = store().get(assessmentId)
      req.onsuccess = () => resolve(req.result as Record<string, unknown>)
      req.onerror = () => reject(req.error)
    })
    const d = (task: string, j: number, text: string, points = 1, criterionId = 'c1') => ({ id: `${task}d${j}`, order: j, text, points, criterionId })
    const task = (n: number, patch: Record<string, unknown>) => ({
      id: `t${n}`, order: n, text: `Задание ${n}`, type: 'shortAnswer', level: 'application', criterionIds: ['c1'], minutes: 5,
      answer: '', script: '', teacherNotes: '', options: [], pictures: [], descriptors: [], ...patch,
    })
    const next = {
      ...row,
      objectives: [{ id: 'o1', order: 0, code: '7.2.1.1', text: 'определять причины исторических событий' }],
      criteria: [
        { id: 'c1', order: 0, text: 'Определите причины восстания', objectiveIds: ['o1'], level: null },
        { id: 'c2', order: 1, text: 'Оценивает последствия восстания', objectiveIds: ['o1'], level: null },
      ],
      tasks: [
        task(1, {
          type: 'multipleChoice', level: 'knowledge', minutes: 2,
          options: ['1836', '1837', '1838'].map((text, j) => ({ id: `t1o${j}`, order: j, text, correct: false })),
          descriptors: [d('t1', 0, 'выбирает год начала восстания.')],
        }),
        task(2, { answer: 'Налоги; изъятие земель', descriptors: [d('t2', 0, 'называет первую причину;', 0), d('t2', 1, 'называет вторую причину;'), d('t2', 2, 'называет третью причину;'), d('t2', 3, 'связывает причины с событиями.')] }),
        task(3, { level: 'higher', minutes: 8, criterionIds: ['c2'], descriptors: [0, 1, 2, 3].map((j) => d('t3', j, `оценивает последствие ${j + 1};`, 1, 'c2')) }),
      ],
    }
    await new Promise<void>((resolve, reject) => {
      const req = store().put(next)
      req.onsuccess = () => resolve()
      req.onerror = () => reject(req.error)
    })
    db.close()
  }, id)
}

const count = (page: Page, severity: string) => page.getByTestId(`checks-count-${severity}`).getAttribute('data-count')

describe('checks panel and derived tables', () => {
  it('says what a blank assessment lacks and takes the teacher to the button that adds it', async () => {
    const { context, page } = await newPage(browser, 'en-GB')
    await page.getByTestId('new-unit').click()
    const panel = page.getByTestId('checks-panel')
    for (const rule of ['assessment.noObjectives', 'assessment.noCriteria', 'assessment.noTasks', 'header.noSubject', 'header.noGrade', 'header.noTerm']) {
      await panel.getByTestId(`finding-${rule}`).waitFor()
    }
    expect(await panel.getByTestId('finding-assessment.noTasks').textContent()).toContain('No tasks yet.')
    await panel.getByTestId('finding-assessment.noTasks').locator('.finding').click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('add-task')
    await context.close()
  })

  it('lists planted mistakes, focuses their fields, fixes them to zero, and derives the tables', async () => {
    const { context, page } = await newPage(browser, 'ru-RU')
    await page.getByTestId('ui-lang-ru').click()
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-title').fill('СОр «Восстание Исатая и Махамбета»')
    await page.getByTestId('header-subject').fill('История Казахстана')
    await page.getByTestId('header-grade').fill('9')
    await page.getByTestId('header-term').fill('2')
    await page.getByTestId('header-language').selectOption('ru')
    await page.getByTestId('header-duration').fill('20')
    await page.getByTestId('header-sections').fill('Казахстан в первой половине XIX века')
    await waitSaved(page)
    const id = decodeURIComponent(page.url().split('/assessment/')[1])
    await seed(page, id)
    await page.reload()

    const panel = page.getByTestId('checks-panel')
    await panel.waitFor()
    await expect.poll(() => count(page, 'error')).toBe('2')
    expect(await count(page, 'warning')).toBe('1')
    expect(await count(page, 'hint')).toBe('0')
    expect(await panel.getByTestId('finding-mc.noCorrect').textContent()).toContain('В задании 1 не отмечен верный ответ.')
    expect(await panel.getByTestId('finding-descriptor.points').getAttribute('data-path')).toBe('tasks/t2/descriptors/t2d0/points')
    expect(await panel.getByTestId('finding-criterion.imperative').textContent()).toContain('«Определите»')
    await screenshot(page, 'checks-panel-ru')

    // clicking a finding focuses its field
    await panel.getByTestId('finding-descriptor.points').locator('.finding').click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field'))).toBe('tasks/t2/descriptors/t2d0/points')
    await panel.getByTestId('finding-mc.noCorrect').locator('.finding').click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-field^="tasks/t1"]') !== null)).toBe(true)

    // fix: mark option B by hand, apply the two proposed fixes
    await page.locator('[data-field="tasks/t1/options/t1o1/correct"]').check()
    await expect.poll(() => count(page, 'error')).toBe('1')
    await panel.getByTestId('finding-descriptor.points').getByTestId('finding-fix').click()
    await panel.getByTestId('fix-apply').click()
    // «Исправить» shows before and after and changes nothing until «Применить»
    const imperative = panel.getByTestId('finding-criterion.imperative')
    await imperative.getByTestId('finding-fix').click()
    const preview = imperative.getByTestId('fix-preview')
    expect(await preview.getByTestId('fix-before').locator('del').textContent()).toBe('Определите')
    expect(await preview.getByTestId('fix-after').locator('ins').textContent()).toBe('Определяет')
    expect(await page.locator('[data-field="criteria/c1/text"]').inputValue()).toBe('Определите причины восстания')
    await screenshot(page, 'fix-preview-ru')
    await preview.getByTestId('fix-apply').click()
    await expect.poll(() => page.locator('[data-field="criteria/c1/text"]').inputValue()).toBe('Определяет причины восстания')
    // undo from the notice brings the old wording back, then the fix is applied again
    await panel.getByTestId('fix-undo').click()
    await expect.poll(() => page.locator('[data-field="criteria/c1/text"]').inputValue()).toBe('Определите причины восстания')
    await imperative.getByTestId('finding-fix').click()
    await imperative.getByTestId('fix-apply').click()
    await expect.poll(() => count(page, 'error')).toBe('0')
    expect(await count(page, 'warning')).toBe('0')
    expect(await count(page, 'hint')).toBe('0')
    await panel.getByTestId('checks-none').waitFor()
    await waitSaved(page)
    await page.reload()
    await expect.poll(() => count(page, 'error')).toBe('0')
    await screenshot(page, 'checks-panel-clean-ru')

    // specification: 3 tasks, 9 points, 15 minutes
    await page.getByTestId('tab-specification').click()
    await page.getByTestId('specification-table').waitFor()
    expect(await page.getByTestId('spec-total-points').textContent()).toBe('9')
    expect(await page.getByTestId('spec-total-minutes').textContent()).toBe('15')
    expect(await page.getByTestId('spec-row-1').textContent()).toContain('МВО')
    expect(await page.locator('thead').textContent()).toContain('Проверяемая цель')
    expect(await page.getByTestId('spec-section-0').locator('th').first().textContent()).toBe('Казахстан в первой половине XIX века')
    await screenshot(page, 'tab-specification-ru')
    // a cell maps to its field: the task number opens the editor at the task
    await page.getByTestId('spec-row-2').getByRole('button', { name: '2', exact: true }).click()
    await page.getByTestId('tab-edit').and(page.locator('[aria-selected=true]')).waitFor()

    await page.getByTestId('tab-markScheme').click()
    expect(await page.getByTestId('scheme-row-1').getByTestId('scheme-answer').textContent()).toContain('B) 1837')
    expect(await page.getByTestId('scheme-row-2').getByTestId('scheme-answer').textContent()).toContain('Налоги; изъятие земель')
    expect(await page.getByTestId('scheme-total').textContent()).toBe('9')
    await screenshot(page, 'tab-mark-scheme-ru')

    await page.getByTestId('tab-parentRubric').click()
    const rubric = page.getByTestId('rubric-row-c1')
    expect(await rubric.getByTestId('rubric-low').locator('textarea').inputValue()).toContain('Затрудняется определять причины восстания.')
    expect(await rubric.getByTestId('rubric-middle').locator('textarea').inputValue()).toContain('Допускает ошибки в заданиях, где нужно определять причины восстания.')
    expect(await rubric.getByTestId('rubric-high').locator('textarea').inputValue()).toContain('Верно определяет причины восстания.')
    await screenshot(page, 'tab-parent-rubric-ru')

    await page.getByTestId('tab-markBands').click()
    expect(await page.getByTestId('bands-total').textContent()).toBe('9')
    expect(await page.getByTestId('band-5').getByTestId('band-points').textContent()).toBe('8–9')
    expect(await page.getByTestId('band-4').getByTestId('band-points').textContent()).toBe('6–7')
    expect(await page.getByTestId('band-3').getByTestId('band-points').textContent()).toBe('4–5')
    expect(await page.getByTestId('band-2').getByTestId('band-points').textContent()).toBe('0–3')
    await screenshot(page, 'tab-mark-bands-ru')

    // the same tabs with the document and the interface in Kazakh, then English
    const CRITERION = { kk: 'Көтерілістің себептерін анықтайды', en: 'Identify the causes of the uprising' }
    const LOW = { kk: 'Көтерілістің себептерін анықтауда қиналады.', en: 'Experiences difficulties in identifying the causes of the uprising.' }
    for (const lang of ['kk', 'en'] as const) {
      await page.getByTestId('ui-lang-' + lang).click()
      await page.getByTestId('tab-edit').click()
      await page.getByTestId('header-language').selectOption(lang)
      // the fix preview in this language: an instruction-worded criterion (kk) or descriptor (en)
      const [field, instruction, rule] = lang === 'kk'
        ? ['criteria/c1/text', 'Көтерілістің себептерін анықтаңыз', 'criterion.imperative']
        : ['tasks/t2/descriptors/t2d1/text', 'Write the second cause;', 'descriptor.imperative']
      const before = await page.locator(`[data-field="${field}"]`).inputValue()
      await page.locator(`[data-field="${field}"]`).fill(instruction)
      await panel.getByTestId(`finding-${rule}`).getByTestId('finding-fix').click()
      await panel.getByTestId('fix-preview').getByTestId('fix-after').locator('ins').waitFor()
      expect(await panel.getByTestId('fix-preview').getByTestId('fix-after').textContent()).toBe(lang === 'kk' ? 'Көтерілістің себептерін анықтайды' : 'Writes the second cause;')
      await screenshot(page, `fix-preview-${lang}`)
      await panel.getByTestId('fix-cancel').click()
      await page.locator(`[data-field="${field}"]`).fill(before)
      await page.locator('[data-field="criteria/c1/text"]').fill(CRITERION[lang])
      await waitSaved(page)
      for (const tab of ['specification', 'markScheme', 'parentRubric', 'markBands']) {
        await page.getByTestId(`tab-${tab}`).click()
        await page.locator('.table-wrap').first().waitFor()
        await screenshot(page, `tab-${tab}-${lang}`)
      }
      await page.getByTestId('tab-specification').click()
      expect(await page.locator('thead').textContent()).toContain(lang === 'kk' ? 'Тексерілетін мақсат' : 'Learning objective')
      await page.getByTestId('tab-parentRubric').click()
      expect(await page.locator('thead').textContent()).toContain(lang === 'kk' ? 'Төмен' : 'Low')
      expect(await page.getByTestId('rubric-row-c1').getByTestId('rubric-low').locator('textarea').inputValue()).toContain(LOW[lang])
    }
    await context.close()
  })
})
