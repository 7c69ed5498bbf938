import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
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
  it('starts and works with no network after one visit: builds, checks, prints, sends for review, searches the catalogue, switches language', async () => {
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
    // the checks run with no network
    expect(Number(await page.getByTestId('checks-count-error').getAttribute('data-count'))).toBeGreaterThan(0)

    // printed to Word: the lazily loaded Word code comes from the precache
    await page.getByTestId('print').click()
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-download').click()])
    const docx = unzipSync(new Uint8Array(readFileSync((await word.path())!)))
    expect(strFromU8(docx['word/document.xml'])).toContain('Желі жоқ кезде де тапсырма қосылады.')
    await page.keyboard.press('Escape')

    // a review file for the mentor is written with no network
    await page.getByTestId('send-for-review').click()
    const [review] = await Promise.all([page.waitForEvent('download'), page.getByTestId('send-confirm').click()])
    expect(readFileSync((await review.path())!, 'utf8')).toContain('Интернетсіз жазылған БЖБ')

    // the shipped catalogue and another interface language load from the precache too
    await page.getByTestId('nav-catalogue').click()
    await page.getByTestId('catalogue-search').fill('қолдан')
    await page.locator('[data-testid=catalogue-results] [data-testid=catalogue-entry]').first().waitFor()
    await page.getByTestId('ui-lang-ru').click()
    await expect.poll(() => page.getByTestId('nav-catalogue').textContent()).toContain('Цели обучения')

    await page.goto(page.url().split('#')[0] + '#/trash')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.goto(page.url().split('#')[0] + '#/')
    await page.locator('.assessment-card', { hasText: 'Интернетсіз жазылған БЖБ' }).waitFor()
    await context.close()
  })
})
