/**
 * A teacher brings a long-term plan (.docx) into the catalogue: the preview names the subject, grade and
 * language, the sections with terms and the line it could not read; one Undo takes the import back; after
 * importing again, its objectives are picked in the editor. A renamed file is refused in plain words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { makeDocx } from '../fixtures/docx/makeDocx.mjs'
import { baseUrl, launch, newPage, screenshot } from './browser'

let browser: Browser
let planFile: string
let renamedFile: string
beforeAll(async () => {
  browser = await launch()
  const dir = mkdtempSync(join(tmpdir(), 'bagalau-plan-'))
  planFile = join(dir, 'Биология-7-ҰМЖ.docx')
  renamedFile = join(dir, 'жоспар.docx')
  const M = (text: string) => ({ text, merge: 'restart' as const })
  const C = { text: '', merge: 'continue' as const }
  writeFileSync(
    planFile,
    await makeDocx([
      { heading: 'Биология пәнінен 7-сыныпқа арналған ұзақ мерзімді жоспар' },
      { paragraph: 'Аптасына 2 сағат.' },
      {
        table: [
          ['Бөлім', 'Тақырып', 'Оқу мақсаттары'],
          [{ text: '1-тоқсан', span: 3 }],
          [M('Тірі ағзалардың алуантүрлілігі'), 'Жіктеу', '7.1.1.1 ағзаларды жіктеудің маңызын түсіндіру\n7.1.1.2 дихотомиялық кілттерді құрастыру'],
          [C, 'Жасуша', '7.1.2.1 өсімдік және жануар жасушаларын салыстыру; 7.1.2.2 жасуша бөліктерінің қызметін сипаттау'],
          [{ text: '2-тоқсан', span: 3 }],
          ['Қоректену', 'Ас қорыту', 'адамның ас қорыту жүйесінің мүшелерін сипаттау (7.1.3.1)'],
        ],
      },
    ]),
  )
  writeFileSync(renamedFile, 'бұл Word файлы емес')
})
afterAll(async () => {
  await browser?.close()
})

async function importPlan(page: Page): Promise<void> {
  await page.getByTestId('catalogue-import').click()
  await page.getByTestId('import-file').setInputFiles(planFile)
  await page.getByTestId('import-check').click()
  await page.getByTestId('document-findings').waitFor()
}

describe('objectives from a long-term plan', () => {
  it('imports a .docx plan in the catalogue, undoes it whole, and picks its objectives in the editor', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(baseUrl() + '/#/catalogue')
    await page.locator('[data-testid=catalogue-subject] option[value=physics]').waitFor({ state: 'attached' })

    // a renamed text file is refused with what to do
    await page.getByTestId('catalogue-import').click()
    await page.getByTestId('import-file').setInputFiles(renamedFile)
    await page.getByTestId('import-check').click()
    expect(await page.getByTestId('word-file-refusal').getAttribute('data-kind')).toBe('notZip')
    expect(await page.getByTestId('word-file-refusal').textContent()).toContain('«Басқаша сақтау»')
    await page.getByTestId('modal-close').click()

    await importPlan(page)
    expect(await page.getByTestId('document-found').textContent()).toContain('мақсаттар — 5')
    expect(await page.getByTestId('document-says').textContent()).toContain('Биология')
    expect(await page.getByTestId('import-subject').inputValue()).toBe('Биология')
    expect(await page.getByTestId('import-grade').inputValue()).toBe('7')
    expect(await page.getByTestId('import-language').inputValue()).toBe('kk')
    const sections = await page.getByTestId('document-sections').textContent()
    expect(sections).toContain('1-тоқсан · Тірі ағзалардың алуантүрлілігі · мақсаттар: 4')
    expect(sections).toContain('2-тоқсан · Қоректену · мақсаттар: 1')
    expect(await page.getByTestId('document-unread').textContent()).toContain('Аптасына 2 сағат.')
    expect(await page.getByTestId('import-row').count()).toBe(5)
    await screenshot(page, 'objectives-document-preview-kk')
    await page.getByTestId('import-confirm').click()
    await page.getByTestId('document-findings').waitFor({ state: 'detached' })

    // one undo takes the whole import back
    await page.getByTestId('catalogue-undo-import').click()
    await page.getByTestId('catalogue-undo-import').waitFor({ state: 'detached' })
    await page.getByTestId('catalogue-search').fill('дихотомиялық')
    await page.locator('[data-testid=catalogue-results][data-query="дихотомиялық"]').waitFor()
    expect(await page.getByTestId('catalogue-entry').count()).toBe(0)
    await page.getByTestId('catalogue-search').fill('')

    await importPlan(page)
    await page.getByTestId('import-confirm').click()
    await page.getByTestId('document-findings').waitFor({ state: 'detached' })

    // the editor's picker, preset to the assessment, offers the plan's objectives
    await page.goto(baseUrl() + '/#/')
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-subject').fill('Биология')
    await page.getByTestId('header-grade').fill('7')
    await page.getByTestId('pick-objectives').click()
    await page.getByTestId('objective-picker').waitFor()
    await expect.poll(() => page.getByTestId('picker-option').count()).toBe(5)
    await page.locator('[data-testid=picker-option][data-code="7.1.2.1"]').click()
    await page.locator('[data-testid=picker-option][data-code="7.1.3.1"]').click()
    await page.getByTestId('picker-add').click()
    await page.getByTestId('objective-picker').waitFor({ state: 'detached' })
    const texts = await page.getByTestId('objective-text').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
    expect(texts).toEqual(['өсімдік және жануар жасушаларын салыстыру', 'адамның ас қорыту жүйесінің мүшелерін сипаттау'])
    await screenshot(page, 'objectives-document-picked-kk')
    await context.close()
  })
})
