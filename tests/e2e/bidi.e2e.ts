/**
 * A title with a RIGHT-TO-LEFT OVERRIDE («abc‮gpj.exe», shown as "abcexe.jpg") stays inside its own
 * run: the words around it — a toast quoting it, the card's facts, the editor's toolbar — still read
 * left to right. The title itself is kept exactly as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const BIDI_TITLE = 'abc\u202Egpj.exe'

/** True when the first letter of `word` (inside the element's text) is drawn left of its last letter. */
function readsLeftToRight(element: Locator, word: string): Promise<boolean> {
  return element.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(w)
      if (at < 0) continue
      const left = (k: number) => {
        const range = document.createRange()
        range.setStart(node!, k)
        range.setEnd(node!, k + 1)
        return range.getBoundingClientRect().left
      }
      return left(at) < left(at + w.length - 1)
    }
    throw new Error(`«${w}» not found`)
  }, word)
}

const WORDS = { kk: { trash: 'себетке', locale: 'kk-KZ' }, ru: { trash: 'корзину', locale: 'ru-RU' }, en: { trash: 'trash', locale: 'en-GB' } } as const

describe('bidi controls in user text', () => {
  it('the check sees a reversed word when nothing isolates the title', async () => {
    const { context, page } = await newPage(browser)
    await page.evaluate((title) => {
      const p = document.createElement('p')
      p.id = 'plain'
      p.textContent = `«${title}» moved to the trash.`
      document.body.append(p)
    }, BIDI_TITLE)
    expect(await readsLeftToRight(page.locator('#plain'), 'trash')).toBe(false)
    await context.close()
  })

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`library, toast and editor keep the next label in order (${lang})`, async () => {
      const { context, page } = await newPage(browser, WORDS[lang].locale)
      await page.setViewportSize({ width: 1366, height: 768 })
      await page.getByTestId(`ui-lang-${lang}`).click()
      await page.getByTestId('new-unit').click()
      await page.getByTestId('header-title').fill(BIDI_TITLE)
      await page.getByTestId('header-subject').fill('Физика')
      await page.getByTestId('header-grade').fill('7')
      await waitSaved(page)
      const toolbar = page.locator('.doc-title')
      expect(await toolbar.textContent()).toBe(BIDI_TITLE)
      await page.locator('.app-nav a').first().click()
      await page.getByTestId('library-list').waitFor()

      const card = page.locator('[data-testid=library-list] li').filter({ hasText: 'gpj.exe' }).first()
      expect(await card.locator('.card-title').textContent()).toContain(BIDI_TITLE)
      expect(await card.locator('.card-title bdi').count()).toBe(1)
      expect(await readsLeftToRight(card.locator('.card-facts'), 'Физика')).toBe(true)
      while ((await page.locator('.toast button.icon').count()) > 0) await page.locator('.toast button.icon').first().click()
      await screenshot(page, `library-bidi-title-${lang}`)

      await card.getByTestId('move-to-trash').click()
      const toast = page.locator('.toast').filter({ hasText: WORDS[lang].trash })
      await toast.waitFor()
      expect(await toast.textContent()).toContain(BIDI_TITLE)
      expect(await readsLeftToRight(toast, WORDS[lang].trash)).toBe(true)
      await context.close()
    })
  }
})
