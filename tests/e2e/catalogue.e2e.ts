import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, launch, newPage, screenshot } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function openCatalogue(page: Page): Promise<void> {
  await page.goto(baseUrl() + '/#/catalogue')
  await page.locator('[data-testid=catalogue-subject] option[value=physics]').waitFor({ state: 'attached' })
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.getByTestId('catalogue-search').fill(query)
  // the hits of this very query, from the search index (typo tolerance needs it; until it is built, a scan answers)
  const results = page.locator(`[data-testid=catalogue-results][data-query="${query.trim()}"][data-search=index]`)
  await results.waitFor()
  return results.locator('[data-testid=catalogue-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''))
}

const rows = [
  'Коды\tОқу мақсаты\tБөлім\tТоқсан',
  ...Array.from({ length: 11 }, (_, i) => `7.5.1.${i + 1}\tқысымды өлшеу тәсілі ${i + 1}\tҚысым\t3`),
  'Бөлім 2\tкоды жоқ жол\tҚысым\t3',
  "7.5.2.1\t=cmd|' /C calc'!A0\tҚысым\t3",
  '7.2.2.13\tтығыздықты өз сөзімен түсіндіру\tТығыздық\t2',
  '7.5.2.2\tсұйықтағы қысымды есептеу\tҚысым\t3',
]

describe('objective catalogue', () => {
  it('browses, searches, adds, imports, exports and re-imports into a fresh profile', async () => {
    const { context, page } = await newPage(browser)
    await openCatalogue(page)
    await page.getByTestId('catalogue-subject').selectOption('physics')
    await page.getByTestId('catalogue-grade').selectOption({ label: '7-сынып' })
    await page.locator('[data-testid=catalogue-section]', { hasText: 'Тығыздық' }).first().waitFor()
    await screenshot(page, 'catalogue-browse-kk')

    // the same objective by Kazakh letters and by Russian letters typed in their place
    const kazakh = await search(page, 'қолдан')
    expect(kazakh.length).toBeGreaterThan(0)
    expect(await search(page, 'колдан')).toEqual(kazakh)
    expect(await page.locator('[data-testid=catalogue-results] mark').first().textContent()).toMatch(/^қолдан/i)
    const prefix = await search(page, '7.2')
    expect(prefix.length).toBeGreaterThan(3)
    expect(prefix.every((c) => c.startsWith('7.2'))).toBe(true)
    expect(await search(page, 'тыгыздыктын')).toContain('7.2.2.13')
    expect(await search(page, 'тыгыздфктын')).toContain('7.2.2.13')
    // the index that answered is built and queried in a Web Worker, off the page's thread
    expect(page.workers().some((w) => w.url().includes('catalogueIndex'))).toBe(true)
    await screenshot(page, 'catalogue-search-kk')

    // an own objective
    await page.getByTestId('catalogue-search').fill('')
    await page.getByTestId('catalogue-add').click()
    await page.getByTestId('of-code').fill('7.2.9.1')
    await page.getByTestId('of-text').fill('Өз мақсатым: Архимед күшін өлшеу')
    await page.getByTestId('of-term').fill('2')
    await page.getByTestId('of-section').fill('Тығыздық')
    await page.getByTestId('of-save').click()
    await page.getByTestId('objective-form').waitFor({ state: 'detached' })
    expect(await search(page, 'максатым архимед')).toEqual(['7.2.9.1'])
    await page.locator('[data-testid=catalogue-results] [data-testid=own-badge]').waitFor()

    // a pasted 15-row table with two bad rows and one code already in the catalogue
    await page.getByTestId('catalogue-import').click()
    await page.getByTestId('import-paste').fill(rows.join('\n'))
    await page.getByTestId('import-subject').fill('Физика')
    await page.getByTestId('import-grade').fill('7')
    await page.getByTestId('import-check').click()
    await page.getByTestId('import-preview').waitFor()
    expect(await page.getByTestId('import-row').count()).toBe(15)
    const summary = await page.getByTestId('import-summary').textContent()
    expect(summary).toContain('Жаңа: 12')
    expect(summary).toContain('қате: 2')
    expect(await page.locator('[data-testid=import-row][data-line="13"]').textContent()).toContain('Код күтілмеген түрде')
    expect(await page.locator('[data-testid=import-row][data-line="14"]').textContent()).toContain('формула ретінде орындайды')
    expect(await page.getByTestId('import-formula-rows').textContent()).toContain('14')
    await screenshot(page, 'catalogue-import-preview-kk')
    await page.getByTestId('import-dup-skip').check()
    await page.getByTestId('import-confirm').click()
    await page.getByTestId('import-preview').waitFor({ state: 'detached' })
    expect(await search(page, '7.5')).toHaveLength(12)

    // export the physics catalogue and import it into a fresh profile
    await page.getByTestId('catalogue-search').fill('')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalogue-export').click()])
    const file = await download.path()
    const bytes = readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('Өз мақсатым: Архимед күшін өлшеу')
    await context.close()

    const fresh = await newPage(browser, 'ru-RU')
    await openCatalogue(fresh.page)
    await fresh.page.getByTestId('catalogue-import').click()
    await fresh.page.getByTestId('import-file').setInputFiles({ name: 'physics-7.csv', mimeType: 'text/csv', buffer: bytes })
    await fresh.page.getByTestId('import-check').click()
    await fresh.page.getByTestId('import-preview').waitFor()
    const freshSummary = await fresh.page.getByTestId('import-summary').textContent()
    expect(freshSummary).toContain('Новых: 13')
    expect(freshSummary).toContain('с ошибками: 0')
    await fresh.page.getByTestId('import-confirm').click()
    await fresh.page.getByTestId('import-preview').waitFor({ state: 'detached' })
    expect(await search(fresh.page, 'мақсатым архимед')).toEqual(['7.2.9.1'])
    expect(await search(fresh.page, '7.5')).toHaveLength(12)
    await fresh.context.close()
  })

  it('reads a KOI8-R file, names the encoding and the formula rows in the preview, in kk, ru and en', async () => {
    const koi8 = new Map([...new TextDecoder('koi8-r').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i))].map((c, i) => [c, 128 + i]))
    const table = ['Код;Цель обучения;Раздел', '7.1.1.1;- описывать физические явления;Физика - наука о природе', '7.1.1.2;-2+3*4;Физика - наука о природе', '7.1.1.3;использовать измерительный цилиндр;Физика - наука о природе']
    const bytes = Buffer.from([...table.join('\r\n')].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : koi8.get(c)!)))
    const { context, page } = await newPage(browser)
    await page.setViewportSize({ width: 1366, height: 768 })
    const expected = { kk: ['KOI8-R кодтауында', 'формула ретінде'], ru: ['кодировке KOI8-R', 'как формулу'], en: ['read as KOI8-R', 'as a formula'] }
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await openCatalogue(page)
      await page.getByTestId('catalogue-import').click()
      await page.getByTestId('import-file').setInputFiles({ name: 'physics-7-koi8.csv', mimeType: 'text/csv', buffer: bytes })
      await page.getByTestId('import-subject').fill('Физика')
      await page.getByTestId('import-grade').fill('7')
      await page.getByTestId('import-language').selectOption('ru')
      await page.getByTestId('import-check').click()
      await page.getByTestId('import-preview').waitFor()
      expect(await page.getByTestId('import-encoding').textContent()).toContain(expected[lang][0])
      expect(await page.getByTestId('import-formula-rows').textContent()).toContain('3')
      expect(await page.locator('[data-testid=import-row][data-line="2"]').textContent()).toContain('- описывать физические явления')
      expect(await page.locator('[data-testid=import-row][data-line="3"]').textContent()).toContain(expected[lang][1])
      await screenshot(page, `catalogue-import-koi8-${lang}`)
      await page.keyboard.press('Escape')
      await page.getByTestId('import-preview').waitFor({ state: 'detached' })
    }
    await context.close()
  })

  it('shows the catalogue page in kk, ru and en', async () => {
    const { context, page } = await newPage(browser)
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await openCatalogue(page)
      await page.getByTestId('catalogue-subject').selectOption('mathematics')
      await page.getByTestId('catalogue-grade').selectOption({ index: 3 })
      await page.locator('[data-testid=catalogue-section]').first().waitFor()
      await screenshot(page, `catalogue-${lang}`)
    }
    await context.close()
  })
})
