/** A ТЖБ with a two-part task, built in the editor and printed: the parts are lettered а), ә) in Word and 2а, 2ә in the tables. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { launch, newPage, screenshot, waitSaved } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('a task with parts', () => {
  it('is built on the task card (add, reorder, remove with undo) and printed with its part letters', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('new-term').click()
    await page.getByTestId('header-title').fill('Биология ТЖБ')
    await page.getByTestId('header-subject').fill('Биология')
    await page.getByTestId('add-task').click()
    const card = page.getByTestId('task-1')
    await card.getByTestId('task-text').fill('Суретті қарап, сұрақтарға жауап беріңіз.')
    await card.getByTestId('add-part').click()
    await card.getByTestId('part-text').first().fill('Ядроның қызметі қандай?')
    await card.getByTestId('add-part').click()
    await card.getByTestId('part-text').nth(1).fill('Жасуша қабырғасы қай жасушада болады?')
    await card.getByTestId('add-part').click()
    expect(await card.getByTestId('part-number').allTextContents()).toEqual(['1а бөлігі', '1ә бөлігі', '1б бөлігі'])
    // remove the third part, then bring it back with undo and remove it again
    await card.getByTestId('part-1б').getByTestId('part-remove').click()
    await expect.poll(() => card.getByTestId('part-number').count()).toBe(2)
    await page.getByTestId('undo').click()
    await expect.poll(() => card.getByTestId('part-number').count()).toBe(3)
    await card.getByTestId('part-1б').getByTestId('part-remove').click()
    await expect.poll(() => card.getByTestId('part-number').count()).toBe(2)
    // Alt+↑ in the second part's text moves it first
    await card.getByTestId('part-text').nth(1).press('Alt+ArrowUp')
    await expect.poll(() => card.getByTestId('part-text').first().inputValue()).toBe('Жасуша қабырғасы қай жасушада болады?')
    // one descriptor per part
    await card.getByTestId('add-descriptor').click()
    await card.getByTestId('descriptor-text').first().fill('жасушаны атайды')
    await card.getByTestId('descriptor-part').first().selectOption({ label: '1а' })
    await card.getByTestId('add-descriptor').click()
    await card.getByTestId('descriptor-text').nth(1).fill('ядроның қызметін атайды')
    await card.getByTestId('descriptor-points').nth(1).fill('2')
    await card.getByTestId('descriptor-part').nth(1).selectOption({ label: '1ә' })
    await expect.poll(() => card.getByTestId('part-points').allTextContents()).toEqual(['1 балл', '2 балл'])
    await waitSaved(page)
    await card.screenshot({ path: 'test-results/screenshots/parts-task-card-kk.png' })

    await page.getByTestId('print').click()
    await page.getByTestId('print-dialog').waitFor()
    await screenshot(page, 'parts-print-dialog-kk')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-download').click()])
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await download.path())!)))['word/document.xml'])
    expect(xml).toContain('1. </w:t>')
    expect(xml).toMatch(/а\) <\/w:t>[\s\S]*Жасуша қабырғасы қай жасушада болады\?[\s\S]*ә\) <\/w:t>[\s\S]*Ядроның қызметі қандай\?/)
    expect(xml).toContain('>1а</w:t>')
    expect(xml).toContain('>1ә</w:t>')
    await context.close()
  })
})
