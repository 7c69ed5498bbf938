/**
 * Issue 17 as a new user meets it, in kk, ru and en at 1366×768: the mentor's way in from the home page,
 * worked examples that say what was written for them, a term's own title example, check messages in the
 * interface language over a Kazakh document of Russian text, and the print dialog saying so before printing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPage, screenshot, SCREENSHOTS } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const LOCALES = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' } as const
const hash = (url: string) => new URL(url).hash

describe('starting right, one language at a time', () => {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`in ${lang}`, async () => {
      const { context, page } = await newPage(browser, LOCALES[lang])
      await page.setViewportSize({ width: 1366, height: 768 })
      await page.getByTestId(`ui-lang-${lang}`).click()
      await screenshot(page, `issue17-home-${lang}`)

      // the mentor finds the review file on the home page
      await page.getByTestId('open-review-file').click()
      await page.getByTestId('open-package').waitFor()
      expect(hash(page.url())).toBe('#/review')

      // worked examples say what was written for them, in the interface language
      await page.getByTestId('nav-examples').click()
      const math = page.getByTestId('example-sor-kk-math-3-rubric-auyzsha-kobeytu')
      await math.getByTestId('example-added').waitFor()
      expect(await page.locator('[data-testid^=example-sor], [data-testid^=example-soch]').count()).toBe(10)
      await screenshot(page, `issue17-examples-${lang}`)
      await page.getByTestId('example-soch-kk-kazakh-lang-5-t4').getByTestId('example-open').click()
      await page.getByTestId('example-banner').waitFor()
      await screenshot(page, `issue17-example-open-${lang}`)

      // a new term assessment has its own title example; a Kazakh document of Russian text is flagged in the reader's language
      await page.locator('.app-nav a').first().click()
      await page.getByTestId('new-term').click()
      const title = page.getByTestId('header-title')
      expect(await title.getAttribute('placeholder')).not.toMatch(/Клетка|Жасушалар|Cells/)
      await page.getByTestId('header-language').selectOption('kk')
      await page.getByTestId('add-criterion').click()
      await page.locator('[data-testid=criterion-text]').first().fill('Определяет причины исторического события и оценивает его последствия для общества')
      const mismatch = page.getByTestId('checks-panel').getByTestId('finding-language.textMismatch')
      await mismatch.waitFor()
      const words = { kk: 'орыс тілінде', ru: 'на русском', en: 'in Russian' }[lang]
      expect(await mismatch.textContent()).toContain(words)
      await screenshot(page, `issue17-editor-${lang}`)

      // a task takes its criterion's level and says so; a different level names the criterion by its short label
      await page.getByTestId('criterion-level').first().selectOption('application')
      await page.getByTestId('add-task').click()
      const task = page.getByTestId('task-1')
      await task.getByTestId('task-criterion').first().check()
      await expect.poll(() => task.getByTestId('task-level').inputValue()).toBe('application')
      await task.getByTestId('task-level').selectOption('higher')
      const label = { kk: 'К1', ru: 'Кр1', en: 'C1' }[lang]
      await expect.poll(() => task.getByTestId('task-level-hint').textContent()).toContain(label)
      await task.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SCREENSHOTS}/issue17-level-hint-${lang}.png` })

      // with no subject yet, the picker's rows say whose objective each one is
      await page.getByTestId('pick-objectives').click()
      await page.getByTestId('picker-option').first().waitFor()
      expect(await page.getByTestId('picker-where').count()).toBeGreaterThan(0)
      await page.screenshot({ path: `${SCREENSHOTS}/issue17-picker-${lang}.png` })
      await page.keyboard.press('Escape')
      await page.getByTestId('objective-picker').waitFor({ state: 'detached' })

      await page.getByTestId('print').click()
      await page.getByTestId('print-text-language').waitFor()
      await screenshot(page, `issue17-print-${lang}`)
      await context.close()
    })
  }
})
