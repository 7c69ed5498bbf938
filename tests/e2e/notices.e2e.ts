/**
 * Notices (the «works offline now» and update notices, toasts, the save alert) stack in one region and cover no
 * control: on a fresh machine the offline notice once sat over a toast's close button and over the editor's
 * checks panel. Checked at 1366×768 the way a teacher's click lands: by what is under the pointer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { baseUrl, launch, SCREENSHOTS } from './browser'
import { mkdirSync } from 'node:fs'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** True when a click at the middle of `target` lands on it (or inside it), not on something drawn over it. */
async function onTop(target: Locator): Promise<boolean> {
  await target.scrollIntoViewIfNeeded()
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
    return hit !== null && (hit === el || el.contains(hit))
  })
}

/**
 * Waits for `target` while the page's clock stands still, moving it on 1 ms a poll, so timers of 0 ms (the
 * database, the library's search warm-up) still run; far less time passes than the 5 s after which the offline
 * notice leaves by itself, however slow the machine.
 */
async function until(page: Page, target: Locator): Promise<void> {
  for (let poll = 0; poll < 2000; poll++) {
    if ((await target.count()) > 0 && (await target.first().isVisible())) return
    await page.clock.runFor(1)
  }
  throw new Error(`not shown: ${target}`)
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!

describe('notices', () => {
  it('stack in one region and leave a toast’s close button and the checks panel clickable while «works offline now» shows', async () => {
    const context = await browser.newContext({ locale: 'kk-KZ', viewport: { width: 1366, height: 768 } })
    const page = await context.newPage()
    page.on('pageerror', (e) => {
      throw e
    })
    // the page's clock stands still, so the notice that leaves by itself after 5 s (and the toast after 6 s) stays
    // however slow the machine is; the service worker that makes the app work offline runs on its own clock
    const start = new Date('2026-09-01T08:00:00Z').getTime()
    await page.clock.install({ time: start })
    await page.clock.pauseAt(start + 1000)
    await page.goto(baseUrl() + '/')
    await until(page, page.locator('[data-testid=library-empty], [data-testid=library-list]'))

    // first opening of the editor: the offline notice appears beside the checks panel, not over it
    await page.getByTestId('new-unit').click()
    await until(page, page.getByTestId('checks-panel'))
    const offline = page.getByTestId('offline-ready')
    await until(page, offline)
    const finding = page.getByTestId('checks-panel').locator('button, a').first()
    expect(await onTop(finding)).toBe(true)
    const region = await box(page, '[data-testid=notice-region]')
    const aside = await box(page, '.editor-aside')
    expect(aside.y + aside.height).toBeLessThanOrEqual(region.y)
    await finding.click({ timeout: 5000 })

    // a toast joins the offline notice: stacked, neither over the other, both close buttons clickable
    await page.getByTestId('nav-examples').click()
    await until(page, page.getByTestId('example-sor-kk-math-2-t4'))
    await page.getByTestId('example-sor-kk-math-2-t4').getByTestId('example-copy').click()
    const toast = page.locator('.toast').first()
    await until(page, toast)
    // the worked examples are check-clean: an emptied duration gives the checks panel a finding to click
    await until(page, page.getByTestId('header-duration'))
    await page.getByTestId('header-duration').fill('')
    await until(page, page.getByTestId('checks-panel').locator('button, a'))
    await expect(offline.isVisible()).resolves.toBe(true)
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: `${SCREENSHOTS}/notices-editor-1366.png` })
    const toastBox = (await toast.boundingBox())!
    const offlineBox = (await offline.boundingBox())!
    expect(offlineBox.y + offlineBox.height <= toastBox.y || toastBox.y + toastBox.height <= offlineBox.y).toBe(true)
    const close = toast.getByRole('button', { name: 'Жабу' })
    expect(await onTop(close)).toBe(true)
    expect(await onTop(offline.getByRole('button'))).toBe(true)
    expect(await onTop(page.getByTestId('checks-panel').locator('button, a').first())).toBe(true)
    const asideNow = await box(page, '.editor-aside')
    expect(asideNow.y + asideNow.height).toBeLessThanOrEqual((await box(page, '[data-testid=notice-region]')).y)

    await close.click({ timeout: 5000 })
    await toast.waitFor({ state: 'detached' })
    await offline.getByRole('button').click({ timeout: 5000 })
    await offline.waitFor({ state: 'detached' })
    // with no notice left, the page takes its room back
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px')
    await context.close()
  })
})
