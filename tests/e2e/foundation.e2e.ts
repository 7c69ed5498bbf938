import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'

const KAZAKH = 'Ә ғ қ ң ө ұ ү һ і'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('foundation: library, header, reload, language, trash', () => {
  it('creates an assessment, fills the header in Kazakh and finds it after a reload', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('library-empty').waitFor()
    await screenshot(page, 'library-empty-kk')
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-title').waitFor()
    const title = `«Жасушалар» бөлімі бойынша жиынтық бағалау ${KAZAKH}`
    await page.getByTestId('header-title').fill(title)
    await page.getByTestId('header-subject').fill('Биология')
    await page.getByTestId('header-grade').fill('7')
    await page.getByTestId('header-term').fill('2')
    await page.getByTestId('header-sections').fill('Жасушалар\nТыныс алу')
    await page.getByTestId('header-duration').fill('25')
    await waitSaved(page)
    await screenshot(page, 'editor-header-kk')

    await page.reload()
    await expect.poll(() => page.getByTestId('header-title').inputValue()).toBe(title)
    expect(await page.getByTestId('header-sections').inputValue()).toBe('Жасушалар\nТыныс алу')
    expect(await page.getByTestId('header-duration').inputValue()).toBe('25')

    await page.getByRole('link', { name: /Бағалаулар/ }).first().click()
    const card = page.locator('.assessment-card', { hasText: title })
    await card.waitFor()
    expect(await card.textContent()).toContain('7-сынып')
    await page.reload()
    await page.locator('.assessment-card', { hasText: title }).waitFor()
    await screenshot(page, 'library-kk')
    await context.close()
  })

  it('flushes typing when the page is left before the autosave delay', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('new-term').click()
    await page.getByTestId('header-title').fill('Жылдам жазу')
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')))
    await page.reload()
    await expect.poll(() => page.getByTestId('header-title').inputValue()).toBe('Жылдам жазу')
    await context.close()
  })

  it('switches the interface language and keeps it after a reload', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('ui-lang-ru').click()
    await page.getByRole('heading', { name: 'Мои оценивания' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
    await page.reload()
    await page.getByRole('heading', { name: 'Мои оценивания' }).waitFor()
    await page.getByTestId('ui-lang-en').click()
    await page.getByRole('heading', { name: 'My assessments' }).waitFor()
    await screenshot(page, 'library-en')
    await page.reload()
    await page.getByRole('heading', { name: 'My assessments' }).waitFor()
    await context.close()
  })

  it('moves an assessment to the trash and restores it', async () => {
    const { context, page } = await newPage(browser, 'en-GB')
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-title').fill('To be trashed')
    await waitSaved(page)
    await page.goto(page.url().split('#')[0] + '#/')
    const card = page.locator('.assessment-card', { hasText: 'To be trashed' })
    await card.getByTestId('move-to-trash').click()
    await card.waitFor({ state: 'detached' })
    await page.getByRole('link', { name: 'Trash' }).click()
    const trashed = page.locator('.assessment-card', { hasText: 'To be trashed' })
    await trashed.waitFor()
    await screenshot(page, 'trash-en')
    await trashed.getByTestId('restore').click()
    await trashed.waitFor({ state: 'detached' })
    await page.getByRole('link', { name: 'Assessments' }).click()
    await page.locator('.assessment-card', { hasText: 'To be trashed' }).waitFor()
    await context.close()
  })
})
