import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPage, waitSaved } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('offline', () => {
  it('starts and works with no network after one visit', async () => {
    const { context, page } = await newPage(browser)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
    await page.reload()
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    await context.setOffline(true)
    await page.reload()
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-title').fill('Интернетсіз жазылған БЖБ')
    await page.getByTestId('add-task').click()
    await page.keyboard.type('Желі жоқ кезде де тапсырма қосылады.')
    await page.getByTestId('tab-descriptors').click()
    await page.getByTestId('descriptor-table').waitFor()
    await page.getByTestId('tab-edit').click()
    await waitSaved(page)
    await page.goto(page.url().split('#')[0] + '#/trash')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.goto(page.url().split('#')[0] + '#/')
    await page.locator('.assessment-card', { hasText: 'Интернетсіз жазылған БЖБ' }).waitFor()
    await context.close()
  })
})
