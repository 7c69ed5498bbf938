import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPage, waitSaved } from './browser'
import { seriousViolations } from './axe'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page), where).toEqual([])
}

describe('accessibility (axe-core: no serious or critical violations)', () => {
  it('library, editor, descriptor table and trash, in kk, ru and en', async () => {
    const { context, page } = await newPage(browser)
    await expectAccessible(page, 'empty library')
    await page.getByTestId('new-unit').click()
    await page.getByTestId('add-objective').click()
    await page.keyboard.type('7.1.1.1')
    await page.getByTestId('add-criterion').click()
    await page.keyboard.type('Анықтайды')
    await page.getByTestId('add-task').click()
    await page.keyboard.type('Тапсырма')
    await page.getByTestId('task-type').selectOption('multipleChoice')
    await page.getByTestId('add-option').click()
    await page.getByTestId('add-descriptor').click()
    await page.keyboard.type('атайды')
    await page.getByTestId('descriptor-points').fill('1,5')
    await waitSaved(page)
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await page.getByTestId('tab-edit').click()
      await expectAccessible(page, `editor (${lang})`)
      await page.getByTestId('tab-descriptors').click()
      await expectAccessible(page, `descriptor table (${lang})`)
    }
    await page.goto(page.url().split('#')[0] + '#/')
    await page.locator('.assessment-card').first().waitFor()
    await expectAccessible(page, 'library with an assessment')
    await page.getByTestId('move-to-trash').click()
    await page.goto(page.url().split('#')[0] + '#/trash')
    await page.getByTestId('restore').waitFor()
    await expectAccessible(page, 'trash')
    await context.close()
  })

  it('catalogue, examples, review, data pages and the editor dialogs, in kk, ru and en', async () => {
    const { context, page } = await newPage(browser)
    const base = page.url().split('#')[0]
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      for (const route of ['catalogue', 'examples', 'review', 'data']) {
        await page.goto(`${base}#/${route}`)
        await page.locator('main h1').first().waitFor()
        await page.waitForTimeout(300)
        await expectAccessible(page, `${route} (${lang})`)
      }
    }
    await page.goto(`${base}#/`)
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-language').selectOption('kk')
    await page.getByTestId('header-subject').fill('Физика')
    await page.getByTestId('header-grade').fill('7')
    await page.getByTestId('pick-objectives').click()
    await page.getByTestId('picker-option').first().waitFor()
    await expectAccessible(page, 'objective picker dialog')
    await page.keyboard.press('Escape')
    await page.getByTestId('objective-picker').waitFor({ state: 'detached' })
    await page.getByTestId('print').click()
    await page.getByTestId('print-dialog').waitFor()
    await expectAccessible(page, 'print dialog')
    for (const tab of ['specification', 'markScheme', 'parentRubric', 'markBands']) {
      await page.keyboard.press('Escape')
      await page.getByTestId(`tab-${tab}`).click()
      await page.waitForTimeout(200)
      await expectAccessible(page, `${tab} tab`)
    }
    await context.close()
  })

  it('the checker itself finds a planted violation', async () => {
    const { context, page } = await newPage(browser)
    await page.evaluate(() => {
      const input = document.createElement('input')
      document.querySelector('main')?.append(input)
    })
    expect((await seriousViolations(page)).join('\n')).toContain('label')
    await context.close()
  })

  it('works by keyboard: create an assessment and reach the header fields with Tab', async () => {
    const { context, page } = await newPage(browser)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link')
    await page.getByTestId('new-unit').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('header-title').waitFor()
    await page.getByTestId('header-title').focus()
    await page.keyboard.type('Пернетақтамен')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('header-kind')
    await context.close()
  })
})
