/**
 * A library that cannot open because another connection holds the database at an older version and does not let go
 * (a frozen tab, an old page, a tool): the page says so after a few seconds, with a way to try again, instead of a
 * loading line that never ends; once the other connection lets go, the library opens by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { baseUrl, launch, screenshot } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('a library whose database another connection holds', () => {
  it('tells the teacher after a few seconds, offers to try again, and opens once the other connection lets go', async () => {
    const context = await browser.newContext({ locale: 'kk-KZ', viewport: { width: 1366, height: 768 } })
    // same origin, without the app: an empty database at version 1, held open and deaf to `versionchange`
    const holder = await context.newPage()
    await holder.goto(baseUrl() + '/favicon.svg')
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bagalau', 1)
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            ;(window as unknown as { held: IDBDatabase }).held = open.result
            resolve()
          }
        }),
    )
    const page = await context.newPage()
    await page.goto(baseUrl() + '/')
    const notice = page.getByTestId('database-wait')
    await notice.waitFor({ timeout: 30_000 })
    expect(await notice.getAttribute('data-wait')).toBe('blocked')
    expect(await notice.textContent()).toContain('Bagalau')
    await expect(page.getByTestId('library-list').count()).resolves.toBe(0)
    await screenshot(page, 'library-database-blocked')

    // trying again while still held: the same notice comes back
    await Promise.all([page.waitForEvent('load'), page.getByTestId('database-wait-retry').click()])
    await notice.waitFor({ timeout: 30_000 })

    await holder.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close())
    await page.getByTestId('library-empty').waitFor()
    await notice.waitFor({ state: 'detached' })
    await context.close()
  })
})
