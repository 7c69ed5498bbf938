/**
 * Word files coming in, in the browser: an old БЖБ printed by Bagalau and saved again by LibreOffice opens
 * from the library as a new, check-clean draft with its report; a mentor's LibreOffice-commented print opens
 * from the editor's review bar and its comments land on the right fields of the review panel (twice adds nothing).
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, launch, newPage, screenshot } from './browser'

const FIXTURES = 'tests/fixtures/docx'
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Puts an assessment row straight into IndexedDB, as if the teacher had made it here. */
async function seed(page: Page, row: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (row) => {
    const open = indexedDB.open('bagalau')
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const tx = db.transaction(['assessments'], 'readwrite')
    tx.objectStore('assessments').put(row)
    await new Promise((resolve) => (tx.oncomplete = resolve))
    db.close()
  }, row)
}

describe('Word files coming in', () => {
  it('an old БЖБ .docx becomes a new, check-clean draft with its report', async () => {
    const { context, page } = await newPage(browser, 'ru-RU')
    await page.getByTestId('word-assessment-file').setInputFiles(`${FIXTURES}/assessment-kk-sample.docx`)
    await page.waitForURL(/#\/assessment\//)
    const report = page.getByTestId('word-import-report')
    await expect.poll(() => report.textContent()).toContain('Задания: 4')
    await expect.poll(() => page.getByTestId('checks-count-error').getAttribute('data-count')).toBe('0')
    await expect.poll(() => page.getByTestId('header-title').inputValue()).toContain('Жасушалар')
    await screenshot(page, 'word-import-report-ru')
    await context.close()
  })

  it('a refused file says why in the interface language and adds nothing', async () => {
    const { context, page } = await newPage(browser, 'en-GB')
    await page.getByTestId('word-assessment-file').setInputFiles({ name: 'old.docx', mimeType: 'application/msword', buffer: Buffer.from('not a zip at all') })
    await expect.poll(() => page.getByTestId('word-file-refusal').textContent()).toContain('not a Word (.docx) file')
    expect(page.url()).not.toContain('/assessment/')
    await page.locator('[data-testid=library-empty]').waitFor()
    await context.close()
  })

  it("a mentor's LibreOffice-commented print brings its comments onto the right fields", async () => {
    const { context, page } = await newPage(browser, 'kk-KZ')
    const a = JSON.parse(readFileSync(`${FIXTURES}/mentor-kk.json`, 'utf8')) as { id: string; tasks: { id: string; descriptors: { id: string }[] }[]; criteria: { id: string }[] }
    await seed(page, a)
    await page.goto(`${baseUrl()}/#/assessment/${a.id}`)
    const file = `${FIXTURES}/mentor-kk.docx`
    await page.getByTestId('mentor-word-file').setInputFiles(file)
    const threads = page.getByTestId('thread')
    await expect.poll(() => threads.count()).toBe(4)
    const paths = await threads.evaluateAll((els) => els.map((e) => e.getAttribute('data-path')).sort())
    expect(paths).toEqual(
      [
        `tasks/${a.tasks[0].id}/text`,
        `tasks/${a.tasks[1].id}/descriptors/${a.tasks[1].descriptors[0].id}/text`,
        `tasks/${a.tasks[2].id}/descriptors/${a.tasks[2].descriptors[1].id}/text`,
        `criteria/${a.criteria[1].id}/text`,
      ].sort(),
    )
    const onTask = page.locator(`[data-testid=thread][data-path="tasks/${a.tasks[0].id}/text"]`)
    await expect.poll(() => onTask.textContent()).toContain('Айгүл Сейітова')
    await expect.poll(() => onTask.textContent()).toContain('Түзетемін')
    await expect.poll(() => page.getByTestId('apply-suggestion').count()).toBe(1)
    await screenshot(page, 'mentor-word-threads-kk')
    // the same file again adds nothing
    await page.getByTestId('mentor-word-file').setInputFiles(file)
    await page.getByText('Бұл файлда жаңа пікір де, түзету де жоқ.').waitFor()
    expect(await threads.count()).toBe(4)
    await context.close()
  })
})
