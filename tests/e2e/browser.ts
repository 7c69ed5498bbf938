/** Debian's Chromium driven by playwright-core, with the flags this machine needs. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { inject } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOTS = 'test-results/screenshots'

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export const baseUrl = (): string => inject('baseUrl')

export async function newPage(browser: Browser, locale = 'kk-KZ'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  page.on('pageerror', (e) => {
    throw e
  })
  await page.goto(baseUrl() + '/')
  await waitLibraryLoaded(page)
  return { context, page }
}

/**
 * The library has read the database: its list (or its empty state) is on screen, and the database exists at the
 * app's version (the list is read before the database code loads, which then opens or creates it), so a test may
 * write rows into it.
 */
export async function waitLibraryLoaded(page: Page): Promise<void> {
  await page.locator('[data-testid=library-empty], [data-testid=library-list]').first().waitFor()
  // the app marks its open (db/openWatch.ts): a row written before the app had made its database made an empty one
  // that held the app's open back (a hang)
  await page.locator('html[data-database=open]').waitFor({ state: 'attached', timeout: 60_000 })
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** Waits until the editor reports the document saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-state][data-state=saved]').waitFor()
}
