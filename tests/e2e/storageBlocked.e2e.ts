/**
 * A browser that allows this site no storage (site data blocked, or no IndexedDB at all): the library and «+ New»
 * say so plainly, in the interface language, with what to do — instead of «loading…» forever and a dead button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, launch, screenshot } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

type Mode = 'siteDataBlocked' | 'noIndexedDB'

async function openBlocked(mode: Mode, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } })
  await context.addInitScript((m: Mode) => {
    if (m === 'noIndexedDB') {
      delete (window as { indexedDB?: IDBFactory }).indexedDB
      return
    }
    // what Chromium does with site data blocked: both stores refuse with a SecurityError
    const denied = (what: string) => new DOMException(`Failed to read the '${what}' property from 'Window': Access is denied for this document.`, 'SecurityError')
    IDBFactory.prototype.open = () => {
      throw new DOMException("Failed to execute 'open' on 'IDBFactory': access to the Indexed Database API is denied in this context.", 'SecurityError')
    }
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw denied('localStorage') } })
  }, mode)
  const page = await context.newPage()
  page.on('pageerror', (e) => {
    throw e
  })
  await page.goto(baseUrl() + '/')
  return page
}

const SAID = {
  kk: { lang: 'kk-KZ', words: ['сақтауға рұқсат бермейді', 'инкогнито'], notCreated: 'Жаңа бағалау жасалмады' },
  ru: { lang: 'ru-RU', words: ['не разрешает этому сайту хранить данные', 'инкогнито'], notCreated: 'Новое оценивание не создано' },
  en: { lang: 'en-GB', words: ['does not let this site store data', 'private (incognito) mode'], notCreated: 'The new assessment was not created' },
} as const

describe('storage not allowed', () => {
  for (const [ui, { lang, words, notCreated }] of Object.entries(SAID)) {
    it(`site data blocked (${ui}): the library says so and what to do; «+ New» says it too`, async () => {
      const page = await openBlocked('siteDataBlocked', lang)
      const problem = page.getByTestId('library-error')
      await problem.waitFor()
      expect(await problem.getAttribute('data-problem')).toBe('blocked')
      for (const word of words) expect(await problem.textContent()).toContain(word)
      expect(await page.getByTestId('library-loading').count()).toBe(0)
      await screenshot(page, `storage-blocked-library-${ui}`)

      await page.getByTestId('new-unit').click()
      const created = page.getByTestId('create-problem')
      await created.waitFor()
      expect(await created.textContent()).toContain(notCreated)
      expect(await created.textContent()).toContain(words[0])
      expect(new URL(page.url()).hash).toBe('#/')
      await screenshot(page, `storage-blocked-new-${ui}`)
      await page.context().close()
    })
  }

  it('no IndexedDB at all: the same plain message, and «+ New» does not leave the library', async () => {
    const page = await openBlocked('noIndexedDB', 'kk-KZ')
    const problem = page.getByTestId('library-error')
    await problem.waitFor()
    expect(await problem.getAttribute('data-problem')).toBe('blocked')
    await page.getByTestId('new-term').click()
    await page.getByTestId('create-problem').waitFor()
    expect(new URL(page.url()).hash).toBe('#/')
    await page.context().close()
  })
})
