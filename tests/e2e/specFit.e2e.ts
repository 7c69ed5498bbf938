/**
 * Pages that fit a school laptop (1366×768): the specification's table fits its card (no hidden last
 * column), parent-rubric cells show their whole text, the print preview cuts task texts at a word, in kk, ru and en.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const LONG = {
  kk: 'Жасушаның құрылысын сипаттайды, органоидтардың қызметін түсіндіреді және өсімдік пен жануар жасушаларын салыстырады',
  ru: 'Описывает строение клетки, объясняет функции органоидов и сравнивает растительную и животную клетки по плану',
  en: 'Describes the structure of a cell, explains the functions of organelles and compares plant and animal cells',
}

/** Three tasks at three levels over one long criterion, written straight to IndexedDB. */
async function seed(page: Page, id: string, criterion: string): Promise<void> {
  await page.evaluate(
    async ({ id, criterion }) => {
      const open = indexedDB.open('bagalau')
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)))
      const tx = db.transaction('assessments', 'readwrite')
      const store = tx.objectStore('assessments')
      const row = await new Promise<Record<string, unknown>>((resolve) => {
        const get = store.get(id)
        get.onsuccess = () => resolve(get.result as Record<string, unknown>)
      })
      row.objectives = [{ id: 'o1', order: 0, code: '7.1.2.1', text: criterion }]
      row.criteria = [{ id: 'c1', order: 0, text: criterion, objectiveIds: ['o1'], level: 'knowledge' }]
      row.tasks = (['multipleChoice', 'shortAnswer', 'extendedAnswer'] as const).map((type, i) => ({
        id: `t${i}`, order: i, text: `${criterion} ${i}`, type, level: ['knowledge', 'application', 'higher'][i], criterionIds: ['c1'], minutes: null,
        answer: 'B', script: '', teacherNotes: '', pictures: [], descriptors: [{ id: `d${i}`, order: 0, text: criterion, points: i + 1, criterionId: 'c1' }],
        options: type === 'multipleChoice' ? [0, 1, 2].map((k) => ({ id: `op${k}`, order: k, text: `${k}`, correct: k === 1 })) : [],
      }))
      store.put(row)
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
    },
    { id, criterion },
  )
}

describe('pages that fit a school laptop', () => {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`the specification table fits its card and rubric cells show their whole text (${lang})`, async () => {
      const { context, page } = await newPage(browser)
      await page.setViewportSize({ width: 1366, height: 768 })
      await page.getByTestId(`ui-lang-${lang}`).click()
      await page.getByTestId('new-term').click()
      await page.getByTestId('header-language').selectOption(lang)
      await page.getByTestId('header-subject').fill({ kk: 'Биология', ru: 'Биология', en: 'Biology' }[lang])
      await page.getByTestId('header-sections').fill({ kk: 'Жасушалар', ru: 'Клетки', en: 'Cells' }[lang])
      await waitSaved(page)
      const id = decodeURIComponent(/#\/assessment\/([^/?]+)/.exec(page.url())![1])
      await seed(page, id, LONG[lang])
      await page.reload()

      await page.getByTestId('tab-specification').click()
      const table = page.getByTestId('specification-table')
      await table.waitFor()
      await table.scrollIntoViewIfNeeded()
      await screenshot(page, `spec-1366-${lang}`)
      const fit = await page.getByTestId('specification-document').evaluate((card) => ({ scroll: card.scrollWidth, client: card.clientWidth }))
      expect(fit.scroll).toBeLessThanOrEqual(fit.client)
      // the last column (marks per section) is inside the card
      const [cardBox, lastBox] = await Promise.all([page.getByTestId('specification-document').boundingBox(), table.locator('thead th').last().boundingBox()])
      expect(lastBox!.x + lastBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width)
      // the duration line: the assessment's, since no task has minutes
      expect(await page.getByTestId('spec-total-minutes').textContent()).toBe('40')

      await page.getByTestId('tab-parentRubric').click()
      const cells = page.locator('[data-testid=parent-rubric-table] textarea')
      await cells.first().waitFor()
      await screenshot(page, `rubric-1366-${lang}`)
      const clipped = await cells.evaluateAll((list) => list.filter((el) => el.scrollHeight > el.clientHeight + 1).length)
      expect(clipped).toBe(0)
      expect(await cells.count()).toBe(3)

      // the print dialog's preview cuts a long task text at a word, with «…»
      await page.getByTestId('print').click()
      const first = page.locator('[data-testid=print-preview] .tasks li bdi').first()
      await first.waitFor()
      const shown = (await first.textContent())!
      await screenshot(page, `print-preview-1366-${lang}`)
      expect(shown.endsWith('…')).toBe(true)
      const kept = shown.slice(0, -1)
      expect(`${LONG[lang]} 0`.startsWith(kept)).toBe(true)
      expect(`${LONG[lang]} 0`[kept.length]).toMatch(/[\s,]/)
      await context.close()
    })
  }
})
