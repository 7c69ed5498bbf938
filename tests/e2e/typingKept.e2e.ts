/**
 * Nothing typed is lost when the page goes away a moment later: a reload at 0 ms, another address, a closed tab.
 * Every trial types a fresh text and looks for every character after the page comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { baseUrl, launch, newPage } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const TRIALS = 4

/** A new assessment with the cursor in its title; returns the editor's address. */
async function newAssessment(page: Page): Promise<string> {
  await page.getByTestId('new-unit').click()
  await page.getByTestId('header-title').waitFor()
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('header-title')
  return page.url()
}

/** Leave-page warnings the page asked for; each is accepted, so the page does go away. */
function acceptWarnings(page: Page): string[] {
  const seen: string[] = []
  page.on('dialog', (d) => {
    seen.push(d.type())
    void d.accept()
  })
  return seen
}

async function titleOnOpen(page: Page, url: string): Promise<string> {
  if (page.url() !== url) await page.goto(url)
  const title = page.getByTestId('header-title')
  await title.waitFor()
  return title.inputValue()
}

const unsavedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bagalau.unsaved.')))

/**
 * Once the kept text is back, it reaches the database: nothing pending ('saved', or 'idle' when the page before
 * finished its save after all), no copy left, and a plain reload still shows it. Polled, so that a failure names the
 * state it stopped in (conflict, failed …).
 */
async function expectSavedForGood(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 30_000 }).toMatch(/^(saved|idle)$/)
  await expect.poll(() => unsavedKeys(page)).toEqual([])
  await page.reload()
  await expect.poll(() => page.getByTestId('header-title').inputValue()).toBe(text)
}

describe('typing kept when the page goes away at once', () => {
  let context: BrowserContext
  let page: Page
  let warnings: string[]
  beforeAll(async () => {
    ;({ context, page } = await newPage(browser))
    warnings = acceptWarnings(page)
  })
  afterAll(async () => {
    await context.close()
  })

  it(`reload at 0 ms, ${TRIALS} times: every character is there, and the page warned while saving`, async () => {
    for (let i = 0; i < TRIALS; i++) {
      await page.goto(baseUrl() + '/')
      const url = await newAssessment(page)
      const text = `Жасуша ${i}: әғқңөұүһі`
      await page.keyboard.type(text)
      await page.reload()
      expect(await titleOnOpen(page, url)).toBe(text)
      await expectSavedForGood(page, text)
    }
    expect(warnings.filter((w) => w === 'beforeunload').length).toBeGreaterThanOrEqual(1)
  })

  it(`another address at 0 ms, ${TRIALS} times`, async () => {
    for (let i = 0; i < TRIALS; i++) {
      await page.goto(baseUrl() + '/')
      const url = await newAssessment(page)
      const text = `Басқа бет ${i} — Клетка`
      await page.keyboard.type(text)
      await page.goto('about:blank')
      expect(await titleOnOpen(page, url)).toBe(text)
      await expectSavedForGood(page, text)
    }
  })

  it(`in-app navigation right after typing saves first, ${TRIALS} times`, async () => {
    for (let i = 0; i < TRIALS; i++) {
      await page.goto(baseUrl() + '/')
      const url = await newAssessment(page)
      const text = `Кітапхана ${i}`
      await page.keyboard.type(text)
      await page.locator('.app-nav a').first().click()
      await page.locator('[data-testid=library-list]').waitFor()
      // the in-app leave waited for the save: the database has it, no copy needed
      expect(await unsavedKeys(page)).toEqual([])
      expect(await titleOnOpen(page, url)).toBe(text)
    }
  })
})

describe('typing kept when the tab is closed at once', () => {
  it(`close at 0 ms, ${TRIALS} times`, async () => {
    const { context, page: first } = await newPage(browser)
    let page = first
    for (let i = 0; i < TRIALS; i++) {
      const url = await newAssessment(page)
      const text = `Жабылған бет ${i}`
      await page.keyboard.type(text)
      await page.close({ runBeforeUnload: false })
      page = await context.newPage()
      expect(await titleOnOpen(page, url)).toBe(text)
      await expectSavedForGood(page, text)
      await page.goto(baseUrl() + '/')
    }
    await context.close()
  })
})
