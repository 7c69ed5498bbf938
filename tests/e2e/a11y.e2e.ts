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
