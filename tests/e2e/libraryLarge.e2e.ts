/**
 * A library of 2,000 assessments: only a window of cards is drawn, yet the teacher finds any of them, reaches the
 * last one by keyboard, scrolls to the end, and moves one to the trash with the focus kept in the list.
 */
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPage, SCREENSHOTS } from './browser'
import { focusedTestId } from './keyboard'
import { seedLibrary } from '../../bench/browser/library.mjs'

const N = 2000

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const drawn = (page: Page) => page.locator('[data-testid=library-list] .assessment-card').count()
const count = async (page: Page) => (await page.getByTestId('result-count').textContent())?.trim() ?? ''
/** The position in the whole list of the card holding the focus (1-based), or 0. */
const focusedPosition = (page: Page) => page.evaluate(() => Number(document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? 0))

/** How many drawn cards start above the end of the card before them (in the page). */
function overlappingCards(): number {
  const boxes = [...document.querySelectorAll('[data-testid=library-list] > li')].map((li) => li.getBoundingClientRect()).sort((a, b) => a.top - b.top)
  return boxes.slice(1).filter((box, i) => box.top < boxes[i].bottom - 0.5).length
}

/** Gives the oldest assessment (the last card, far below the drawn window) a title of its own; runs in the page. */
function retitleOldest(title: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('bagalau')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const tx = open.result.transaction('assessments', 'readwrite')
      tx.oncomplete = () => (open.result.close(), resolve())
      const oldest = tx.objectStore('assessments').index('updatedAt').openCursor()
      oldest.onsuccess = () => {
        const cursor = oldest.result
        if (!cursor) return reject(new Error('no assessment'))
        cursor.update({ ...cursor.value, title })
      }
    }
  })
}

describe('a library of 2,000 assessments', () => {
  it('draws only a window of cards, and finds, reaches by keyboard and trashes any of them', async () => {
    const { context, page } = await newPage(browser)
    await page.evaluate(seedLibrary, N)
    await page.evaluate(retitleOldest, 'Ерекше атаулы жұмыс')
    await page.reload()
    await expect.poll(() => count(page)).toContain(`${N} / ${N}`)
    await page.locator('.assessment-card').first().waitFor()
    const first = await drawn(page)
    expect(first).toBeGreaterThan(3)
    expect(first).toBeLessThan(40)
    expect(await page.locator('[data-testid=library-list] li').first().getAttribute('aria-setsize')).toBe(String(N))

    // find: the oldest assessment, far below the drawn window
    await page.getByTestId('library-search').fill('ерекше атаулы')
    await expect.poll(() => count(page)).toContain(`1 / ${N}`)
    await page.locator('.assessment-card .card-title', { hasText: 'Ерекше атаулы жұмыс' }).waitFor()
    await page.getByTestId('filters-clear').click()
    await expect.poll(() => count(page)).toContain(`${N} / ${N}`)

    // another order draws other cards in the elements already drawn: each card still gets its own height
    const firstTitle = () => page.locator('[data-testid=library-list] li[aria-posinset="1"] .card-title').textContent()
    const newest = await firstTitle()
    await page.getByTestId('library-sort').selectOption('title')
    await expect.poll(firstTitle).not.toBe(newest)
    await expect.poll(() => page.evaluate(overlappingCards)).toBe(0)
    await page.getByTestId('library-sort').selectOption('changed')
    await expect.poll(() => page.evaluate(overlappingCards)).toBe(0)

    // keyboard: from the first card's link, End reaches the last card, ↑ the one before, Home the first again
    await page.locator('.assessment-card a').first().focus()
    expect(await focusedPosition(page)).toBe(1)
    await page.keyboard.press('End')
    await expect.poll(() => focusedPosition(page)).toBe(N)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('A')
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => focusedPosition(page)).toBe(N - 1)
    expect(await drawn(page)).toBeLessThan(40)
    await page.keyboard.press('Home')
    await expect.poll(() => focusedPosition(page)).toBe(1)
    // Tab goes on through the cards as they are drawn
    for (let i = 0; i < 3 * 12; i++) await page.keyboard.press('Tab')
    await expect.poll(() => focusedPosition(page)).toBe(13)

    // scrolling to the end draws the last cards, and still only a window
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await page.locator('[data-testid=library-list] li[aria-posinset="2000"]').waitFor()
    expect(await drawn(page)).toBeLessThan(40)
    // the window only: a full-page picture of 2,000 cards' height is too large to take
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: `${SCREENSHOTS}/library-2000-end.png` })

    // trash by keyboard: the focus goes to the same button of the card that took its place
    await page.evaluate(() => window.scrollTo(0, 0))
    // the window is drawn again from the top before the first card's link is there to focus
    await page.locator('[data-testid=library-list] li[aria-posinset="1"] .assessment-card a').first().focus()
    expect(await focusedPosition(page)).toBe(1)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => focusedPosition(page)).toBe(2)
    const second = (await page.locator('[data-testid=library-list] li[aria-posinset="2"] .card-title').textContent())?.trim() ?? ''
    await page.locator('[data-testid=library-list] li[aria-posinset="2"] [data-testid=move-to-trash]').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => count(page)).toContain(`${N - 1} / ${N - 1}`)
    await page.locator('.assessment-card .card-title', { hasText: second }).waitFor({ state: 'detached' })
    await expect.poll(() => focusedTestId(page)).toBe('move-to-trash')
    expect(await focusedPosition(page)).toBe(2)
    // and ↓ from a trash button goes to the next card's trash button
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => focusedPosition(page)).toBe(3)
    expect(await focusedTestId(page)).toBe('move-to-trash')
    await context.close()
  })
})
