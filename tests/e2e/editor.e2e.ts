import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
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

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#cde"/><circle cx="100" cy="100" r="60" fill="#258"/></svg>`

async function addDescriptors(page: Page, task: ReturnType<Page['getByTestId']>, texts: string[], points: string[]) {
  await task.getByTestId('add-descriptor').click()
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) await page.keyboard.press('Enter')
    await page.keyboard.type(texts[i])
  }
  const fields = task.getByTestId('descriptor-points')
  for (let i = 0; i < points.length; i++) if (points[i] !== '1') await fields.nth(i).fill(points[i])
}

/** Builds, from nothing and mostly by keyboard, a complete БЖБ in Kazakh: 2 objectives, 2 criteria, 3 tasks, 8 descriptors. */
async function buildUnitAssessment(page: Page): Promise<void> {
  await page.getByTestId('new-unit').click()
  await page.getByTestId('header-title').fill('«Жасушалар» бөлімі бойынша жиынтық бағалау')
  await page.getByTestId('header-subject').fill('Биология')
  await page.getByTestId('header-grade').fill('7')

  await page.getByTestId('add-objective').click()
  await page.keyboard.type('7.1.1.1')
  await page.keyboard.press('Tab')
  await page.keyboard.type('жасуша құрылымын сипаттау')
  await page.getByTestId('add-objective').click()
  await page.keyboard.type('7.1.1.2')
  await page.keyboard.press('Tab')
  await page.keyboard.type('өсімдік және жануар жасушаларын салыстыру')

  await page.getByTestId('add-criterion').click()
  await page.keyboard.type('Жасуша бөліктерін анықтайды')
  await page.getByTestId('criterion-objective').nth(0).check()
  await page.getByTestId('add-criterion').click()
  await page.keyboard.type('Жасушаларды салыстырады')
  await page.getByTestId('criterion-objective').nth(3).check()

  await page.getByTestId('add-task').click()
  await page.keyboard.type('Суретте берілген жасуша бөліктерін атаңыз.')
  const t1 = page.getByTestId('task-1')
  await t1.getByTestId('task-type').selectOption('shortAnswer')
  await t1.getByTestId('task-level').selectOption('knowledge')
  await t1.getByTestId('task-minutes').fill('5')
  await t1.getByTestId('task-criterion').nth(0).check()
  await addDescriptors(page, t1, ['ядроны атайды', 'мембрананы атайды', 'цитоплазманы атайды'], ['1', '1', '1'])

  await page.getByTestId('add-task').click()
  await page.keyboard.type('Қай органоид фотосинтезге қатысады?')
  const t2 = page.getByTestId('task-2')
  await t2.getByTestId('task-type').selectOption('multipleChoice')
  await t2.getByTestId('task-level').selectOption('application')
  await t2.getByTestId('task-criterion').nth(0).check()
  await t2.getByTestId('add-option').click()
  for (const [i, option] of ['Ядро', 'Хлоропласт', 'Рибосома'].entries()) {
    if (i > 0) await page.keyboard.press('Enter')
    await page.keyboard.type(option)
  }
  await t2.getByTestId('option-correct').nth(1).check()
  await addDescriptors(page, t2, ['хлоропластты таңдайды'], ['1'])

  await page.getByTestId('add-task').click()
  await page.keyboard.type('Өсімдік пен жануар жасушасын салыстырыңыз.\nКестені толтырыңыз.')
  const t3 = page.getByTestId('task-3')
  await t3.getByTestId('task-type').selectOption('extendedAnswer')
  await t3.getByTestId('task-level').selectOption('higher')
  await t3.getByTestId('task-minutes').fill('10')
  await t3.getByTestId('task-criterion').nth(1).check()
  await addDescriptors(page, t3, ['ұқсастығын жазады', 'айырмашылығын жазады', 'жасуша қабырғасын көрсетеді', 'қорытынды жасайды'], ['1', '2', '1', '1'])
  await t3.getByTestId('picture-file').setInputFiles({ name: 'cell.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG) })
  await t3.getByTestId('picture-img').waitFor()
  await waitSaved(page)
}

async function taskTexts(page: Page): Promise<string[]> {
  return page.getByTestId('task-text').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
}

describe('assessment editor', () => {
  it('builds a complete БЖБ in Kazakh, with live totals and the descriptor table, and keeps it after a reload', async () => {
    const { context, page } = await newPage(browser)
    await buildUnitAssessment(page)
    expect(await page.getByTestId('total-points').textContent()).toBe('9')
    expect(await page.getByTestId('total-tasks').textContent()).toBe('3')
    expect(await page.getByTestId('total-minutes').textContent()).toContain('15 / 20')
    expect(await page.getByTestId('task-3').getByTestId('task-points').textContent()).toBe('5 балл')
    expect(await page.getByTestId('level-higher').textContent()).toContain('1 тапсырма · 5 балл')
    // a well-built БЖБ: no error beside any field
    expect(await page.locator('[data-testid=field-findings] li.error').count()).toBe(0)
    await screenshot(page, 'editor-full-kk')

    await page.reload()
    await page.getByTestId('task-3').waitFor()
    expect(await taskTexts(page)).toEqual([
      'Суретте берілген жасуша бөліктерін атаңыз.',
      'Қай органоид фотосинтезге қатысады?',
      'Өсімдік пен жануар жасушасын салыстырыңыз.\nКестені толтырыңыз.',
    ])
    expect(await page.getByTestId('descriptor-text').count()).toBe(8)
    expect(await page.getByTestId('total-points').textContent()).toBe('9')
    expect(await page.getByTestId('task-2').getByTestId('option-correct').nth(1).isChecked()).toBe(true)
    await page.getByTestId('task-3').getByTestId('picture-img').waitFor()

    await page.getByTestId('tab-descriptors').click()
    const table = page.getByTestId('descriptor-table')
    expect(await table.locator('thead').textContent()).toContain('Бағалау критерийі')
    expect(await table.locator('tbody tr').count()).toBe(8)
    // the first criterion's cell spans tasks 1 and 2 (4 rows), the second spans task 3 (4 rows)
    expect(await table.locator('td[rowspan="4"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Жасуша бөліктерін анықтайды'), expect.stringContaining('Жасушаларды салыстырады')]),
    )
    expect(await page.getByTestId('descriptor-table-total').textContent()).toBe('9')
    await screenshot(page, 'descriptor-table-kk')
    for (const lang of ['ru', 'en'] as const) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await page.getByTestId('tab-edit').click()
      await page.getByTestId('task-3').waitFor()
      await screenshot(page, `editor-full-${lang}`)
    }
    await context.close()
  })

  it('shows a clear message for a bad mark and never blocks saving', async () => {
    const { context, page } = await newPage(browser, 'en-GB')
    await page.getByTestId('ui-lang-en').click()
    await page.getByTestId('new-unit').click()
    await page.getByTestId('add-task').click()
    await page.keyboard.type('Task with a bad mark')
    await page.getByTestId('add-descriptor').click()
    await page.keyboard.type('names the nucleus')
    for (const [raw, message] of [['1,5', 'whole numbers'], ['-1', 'cannot be negative'], ['abc', 'must be a number'], ['', 'Enter a mark']]) {
      await page.getByTestId('descriptor-points').fill(raw)
      expect(await page.getByTestId('points-problem').textContent()).toContain(message)
    }
    // a mark of 0 is a whole number, so it is kept, and the methodologist's check speaks beside the field
    await page.getByTestId('descriptor-points').fill('0')
    await page.locator('[data-testid=descriptor-points] >> xpath=ancestor::li[1]').locator('[data-rule="descriptor.points"]').waitFor()
    await page.getByTestId('descriptor-points').fill('1')
    await waitSaved(page)
    await page.reload()
    await expect.poll(() => page.getByTestId('task-text').inputValue()).toBe('Task with a bad mark')
    expect(await page.getByTestId('descriptor-points').inputValue()).toBe('1')
    // the task has no thinking level and no criterion: the library card counts the errors
    await page.goto(page.url().split('#')[0] + '#/')
    const count = page.locator('.assessment-card').first().getByTestId('card-errors')
    await count.waitFor()
    expect(await count.textContent()).toMatch(/\d+ errors?/)
    await context.close()
  })

  it('undoes a task deletion, renumbers after reorder by keyboard and drag, and duplicates', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('new-unit').click()
    for (const text of ['бірінші', 'екінші', 'үшінші']) {
      await page.getByTestId('add-task').click()
      await page.keyboard.type(text)
    }
    await page.getByTestId('task-2').getByTestId('task-remove').click()
    expect(await taskTexts(page)).toEqual(['бірінші', 'үшінші'])
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+z')
    expect(await taskTexts(page)).toEqual(['бірінші', 'екінші', 'үшінші'])
    await page.getByTestId('undo').click()
    await page.getByTestId('redo').click()
    expect(await taskTexts(page)).toEqual(['бірінші', 'екінші', 'үшінші'])

    // keyboard: Alt+↑ on the third task's handle makes it the second
    await page.getByTestId('task-3').locator('.drag-handle').focus()
    await page.keyboard.press('Alt+ArrowUp')
    expect(await taskTexts(page)).toEqual(['бірінші', 'үшінші', 'екінші'])
    expect(await page.getByTestId('task-2').getByTestId('task-number').textContent()).toBe('2-тапсырма')
    // the buttons
    await page.getByTestId('task-1').getByTestId('task-down').click()
    expect(await taskTexts(page)).toEqual(['үшінші', 'бірінші', 'екінші'])
    // mouse drag: the last task onto the first (a tall window keeps both handles on screen)
    await page.setViewportSize({ width: 1280, height: 3200 })
    await page.evaluate(() => window.scrollTo(0, 0))
    const from = (await page.getByTestId('task-3').locator('.drag-handle').boundingBox())!
    const to = (await page.getByTestId('task-1').locator('.drag-handle').boundingBox())!
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2, to.y + 2, { steps: 20 })
    await page.mouse.move(to.x + to.width / 2, to.y + 1, { steps: 5 })
    await page.mouse.up()
    await expect.poll(() => taskTexts(page)).toEqual(['екінші', 'үшінші', 'бірінші'])

    await page.getByTestId('task-1').getByTestId('task-duplicate').click()
    expect(await taskTexts(page)).toEqual(['екінші', 'екінші', 'үшінші', 'бірінші'])
    await waitSaved(page)
    await page.reload()
    await expect.poll(() => taskTexts(page)).toEqual(['екінші', 'екінші', 'үшінші', 'бірінші'])
    await context.close()
  })

  it('picks objectives from the catalogue into the assessment, by keyboard', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-subject').fill('Физика')
    await page.getByTestId('header-grade').fill('7')
    await page.getByTestId('header-term').fill('1')
    await page.getByTestId('pick-objectives').click()
    await page.getByTestId('objective-picker').waitFor()
    await page.getByTestId('picker-option').first().waitFor()
    await page.getByTestId('picker-search').fill('7.1.2')
    await expect.poll(() => page.getByTestId('picker-option').count()).toBeGreaterThanOrEqual(2)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
    await page.getByTestId('picker-add').click()
    await page.getByTestId('objective-picker').waitFor({ state: 'detached' })
    const codes = await page.getByTestId('objective-code').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(codes).toHaveLength(2)
    expect(codes.every((c) => c.startsWith('7.1.2'))).toBe(true)
    const texts = await page.getByTestId('objective-text').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
    expect(texts.every((t) => t.length > 10)).toBe(true)
    // the picked objectives' section joins the header, and the specification groups by it
    expect(await page.getByTestId('header-sections').inputValue()).toBe('Физикалық шамалар мен өлшеулер')
    await screenshot(page, 'editor-picked-objectives')
    // picking the same objectives again adds nothing twice
    await page.getByTestId('pick-objectives').click()
    await page.getByTestId('picker-search').fill('7.1.2')
    await page.getByTestId('picker-option').first().waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('objective-picker').waitFor({ state: 'detached' })
    expect(await page.getByTestId('objective-code').count()).toBe(2)
    await context.close()
  })

  it("keeps the teacher's own parent-rubric wording, after a reload and in the Word file", async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('new-unit').click()
    await page.getByTestId('add-objective').click()
    await page.keyboard.type('9.2.1.1')
    await page.getByTestId('add-criterion').click()
    await page.keyboard.type('Тарихи оқиғаның себептерін анықтайды')
    await page.getByTestId('tab-parentRubric').click()
    const low = page.locator('[data-testid=rubric-low] textarea').first()
    await low.fill('Оқиғаның себептерін атауда қиналады — мұғалімнің өз сөзі')
    await low.blur()
    await waitSaved(page)
    await page.reload()
    await page.getByTestId('tab-parentRubric').click()
    await expect.poll(() => page.locator('[data-testid=rubric-low] textarea').first().inputValue()).toBe('Оқиғаның себептерін атауда қиналады — мұғалімнің өз сөзі')
    await page.getByTestId('print').click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-download').click()])
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await download.path())!)))['word/document.xml'])
    expect(xml).toContain('мұғалімнің өз сөзі')
    await context.close()
  })

  it('keeps 50,000 characters and text pasted from Word intact', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('new-term').click()
    await page.getByTestId('add-task').click()
    const long = ('Ә ғ қ ң ө ұ ү һ і\t«цитата» “smart” — ').repeat(1600).slice(0, 50_000)
    await page.getByTestId('task-text').fill(long)
    await waitSaved(page)
    await page.reload()
    await expect.poll(() => page.getByTestId('task-text').inputValue()).toBe(long)
    await context.close()
  })
})
