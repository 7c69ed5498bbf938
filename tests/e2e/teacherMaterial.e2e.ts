/**
 * Teacher-only material and variants in the browser: a ТЖБ with a listening task gets its script in the
 * task card; the pupil's sheet is printed without it and the teacher's copy with it; variant 2 is made
 * from variant 1, the equivalence check is shown, and both variants print in one file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { strFromU8, unzipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import { launch, newPage, screenshot, waitSaved } from './browser'

const SCRIPT = 'Ертеде бір қарт әже болыпты. Ә ғ қ ң ө ұ ү һ і'
const TASK = 'Мәтінді тыңдаңыз. Әже қайда тұрды?'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ')

async function printOnly(page: Page, parts: string[], all = false): Promise<string> {
  await page.getByTestId('print').click()
  const dialog = page.getByTestId('print-dialog')
  await dialog.waitFor()
  for (const part of ['pupilSheet', 'teacherCopy', 'descriptorTable', 'specification', 'markScheme', 'parentRubric']) {
    const box = page.getByTestId(`print-part-${part}`)
    if (parts.includes(part)) await box.check()
    else await box.uncheck()
  }
  if (all) await page.getByTestId('print-variant-all').check()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-download').click()])
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await download.path())!)))['word/document.xml'])
  await page.getByTestId('print-dialog').getByRole('button', { name: /Жабу|Закрыть|Close/ }).first().click()
  await dialog.waitFor({ state: 'hidden' })
  return textOf(xml)
}

async function buildListeningTask(page: Page, kind: 'new-term' | 'new-unit'): Promise<void> {
  await page.getByTestId(kind).click()
  await page.getByTestId('header-title').fill('Тыңдалым')
  await page.getByTestId('add-task').click()
  await page.getByTestId('task-text').first().fill(TASK)
  await page.getByTestId('task-script').first().fill(SCRIPT)
  await page.getByTestId('task-teacher-notes').first().fill('Мәтінді екі рет оқыңыз.')
  await waitSaved(page)
}

describe('teacher-only material', () => {
  it('keeps the listening script off the pupil sheet and prints it in the teacher copy; makes and prints variant 2', async () => {
    const { context, page } = await newPage(browser)
    await buildListeningTask(page, 'new-term')
    await page.getByTestId('teacher-material').first().scrollIntoViewIfNeeded()
    await screenshot(page, 'teacher-material-kk')

    const pupil = await printOnly(page, ['pupilSheet'])
    expect(pupil).toContain(TASK)
    expect(pupil).not.toContain('Ертеде бір қарт әже')
    expect(pupil).not.toContain('екі рет оқыңыз')

    const teacher = await printOnly(page, ['teacherCopy'])
    expect(teacher).toContain(TASK)
    expect(teacher).toContain(SCRIPT)
    expect(teacher).toContain('Мұғалімге арналған дана')

    // variant 2: same structure, blank task text; the library shows both with their labels
    await page.getByTestId('make-variant').click()
    await page.getByTestId('variant-1').waitFor()
    // the editor moves on to variant 2: wait for its page, whose task text starts blank
    await expect.poll(() => page.getByTestId('task-text').first().inputValue()).toBe('')
    await expect.poll(() => page.getByTestId('variants-equivalent').count()).toBe(1)
    await page.getByTestId('task-text').first().fill('Екінші мәтінді тыңдаңыз.')
    await page.getByTestId('task-type').first().selectOption('extendedAnswer')
    await page.getByTestId('variant-differences').waitFor()
    expect(await page.getByTestId('variant-differences').textContent()).toContain('2-нұсқа, 1-тапсырма: түрі')
    await waitSaved(page)
    await page.getByTestId('variants-panel').scrollIntoViewIfNeeded()
    await screenshot(page, 'variants-panel-kk')

    await page.getByTestId('print').click()
    await page.getByTestId('print-variants').waitFor()
    await screenshot(page, 'print-dialog-variants-kk')
    await page.getByTestId('print-dialog').getByRole('button', { name: 'Жабу' }).first().click()
    const both = await printOnly(page, ['pupilSheet'], true)
    expect(both.indexOf('1-нұсқа')).toBeGreaterThanOrEqual(0)
    expect(both.indexOf('2-нұсқа')).toBeGreaterThan(both.indexOf(TASK))
    expect(both).toContain('Екінші мәтінді тыңдаңыз.')
    expect(both).not.toContain('Ертеде бір қарт әже')

    await page.goto(page.url().replace(/#.*$/, '#/'))
    await page.getByTestId('variant-label').nth(1).waitFor()
    expect(await page.getByTestId('variant-label').allTextContents()).toEqual(['1-нұсқа', '2-нұсқа'])
    await screenshot(page, 'library-variants-kk')
    await context.close()
  })

  it.each([
    ['ru-RU', 'ru'],
    ['en-GB', 'en'],
  ])('shows the teacher-only block, the variants panel and the print dialog in %s', async (locale, language) => {
    const { context, page } = await newPage(browser, locale)
    await buildListeningTask(page, 'new-unit')
    await page.getByTestId('teacher-material').first().scrollIntoViewIfNeeded()
    await screenshot(page, `teacher-material-${language}`)
    await page.getByTestId('make-variant').click()
    await page.getByTestId('variant-1').waitFor()
    await page.getByTestId('print').click()
    await page.getByTestId('print-variants').waitFor()
    await page.getByTestId('print-part-teacherCopy').check()
    await screenshot(page, `print-dialog-variants-${language}`)
    expect(await page.getByTestId('print-variants').textContent()).toContain(language === 'ru' ? 'Вариант 2' : 'Variant 2')
    await context.close()
  })
})
