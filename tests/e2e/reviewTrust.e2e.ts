/**
 * A review a mentor can trust (issue 18, section 3), in two browser contexts that pass files as teachers
 * do: sending with errors is said, approving with errors asks first, a comment on words inside a field
 * and its suggestion replacing just them, the teacher's marks beside commented fields, whose work the
 * files are, the approval withdrawn once by an edit, and a reply for an assessment in the trash.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, launch, newPage, screenshot, waitSaved } from './browser'

let browser: Browser
const dir = mkdtempSync(join(tmpdir(), 'bagalau-review-trust-'))
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Clicks and saves the file the click downloads under the name the app gave it; returns its path. */
async function download(page: Page, click: () => Promise<unknown>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = join(dir, file.suggestedFilename())
  await file.saveAs(path)
  return path
}

const TASK = 'Суретте берілген жасуша бөліктерін атаңыз.'

/** A small assessment whose one task has no level yet: the checks find an error in it. */
async function buildWithError(page: Page): Promise<void> {
  await page.getByTestId('new-unit').click()
  await page.getByTestId('header-title').fill('«Жасушалар» бөлімі бойынша БЖБ')
  await page.getByTestId('header-subject').fill('Биология')
  await page.getByTestId('header-grade').fill('7')
  await page.getByTestId('add-objective').click()
  await page.keyboard.type('7.1.1.1')
  await page.keyboard.press('Tab')
  await page.keyboard.type('жасуша құрылымын сипаттау')
  await page.getByTestId('add-criterion').click()
  await page.keyboard.type('Жасуша бөліктерін анықтайды')
  await page.getByTestId('criterion-objective').nth(0).check()
  await page.getByTestId('add-task').click()
  await page.keyboard.type(TASK)
  const task = page.getByTestId('task-1')
  await task.getByTestId('task-type').selectOption('shortAnswer')
  await task.getByTestId('task-criterion').nth(0).check()
  await task.getByTestId('add-descriptor').click()
  await page.keyboard.type('ядроны атайды')
  await waitSaved(page)
}

const NAV_REVIEW = { kk: 'Тексеру', ru: 'Проверка', en: 'Review' } as const
/** Switches the interface language and waits until the page is drawn in it (the messages load on demand). */
async function setUiLanguage(page: Page, lang: 'kk' | 'ru' | 'en'): Promise<void> {
  await page.getByTestId(`ui-lang-${lang}`).click()
  await expect.poll(() => page.getByTestId('nav-review').innerText()).toBe(NAV_REVIEW[lang])
}
const status = (page: Page) => page.getByTestId('review-status').getAttribute('data-status')

describe('a review a mentor can trust', () => {
  it('runs two rounds: errors said at sending and at approval, words inside a field, marks, whose work, the approval withdrawn once, the trash', async () => {
    const teacher = await newPage(browser)
    const mentor = await newPage(browser)
    const t = teacher.page
    const m = mentor.page

    // teacher: the draft still has an error (no level): the send panel says so
    await buildWithError(t)
    await t.getByTestId('send-for-review').click()
    await t.getByTestId('profile-name').fill('Дана Әліқызы')
    await t.getByTestId('send-errors').waitFor()
    expect(await t.getByTestId('send-errors').textContent()).toContain('1')
    const package1 = await download(t, () => t.getByTestId('send-confirm').click())
    // the file says whose work it is
    expect(basename(package1)).toBe('«Жасушалар»_бөлімі_бойынша_БЖБ.Дана_Әліқызы.v1.review.json')
    await t.locator('.toast', { hasText: 'тәлімгер оларды көреді' }).waitFor()

    // mentor: the round chip names the teacher
    await m.getByTestId('nav-review').click()
    await m.getByTestId('profile-name').fill('Айгүл Сейітқызы')
    await m.getByTestId('package-file').setInputFiles(package1)
    await m.getByTestId('review-document').waitFor()
    expect(await m.getByTestId('round-author').textContent()).toContain('Дана Әліқызы')

    // approving with the error asks first and lists it; going back approves nothing
    await m.getByTestId('verdict-approve').click()
    const confirm = m.getByTestId('confirm-approval')
    await confirm.waitFor()
    expect(await confirm.getByTestId('confirm-errors').locator('li').count()).toBe(1)
    await m.getByTestId('confirm-back').click()
    await m.getByTestId('verdict-approve').waitFor()

    // a comment on two words inside the task's text, chosen by keyboard in the field's text, with a suggestion for them only
    await m.getByTestId('review-field').filter({ hasText: TASK }).click()
    const pick = m.getByTestId('span-pick')
    await pick.focus()
    await m.keyboard.press('Control+Home')
    await m.keyboard.press('Control+ArrowRight')
    await m.keyboard.press('Control+Shift+ArrowRight')
    await expect.poll(() => m.getByTestId('span-target').textContent()).toContain('берілген')
    await m.getByTestId('comment-text').fill('«Берілген» емес, «көрсетілген» деген дәлірек.')
    await m.getByTestId('suggestion-text').fill('көрсетілген')
    await m.getByTestId('add-comment').click()
    const spanThread = m.getByTestId('thread').filter({ has: m.getByTestId('thread-span') })
    await spanThread.waitFor()
    expect(await spanThread.getByTestId('thread-span').locator('mark').textContent()).toBe('берілген')
    // the commented words are marked inside the field's text in the mentor's document too
    await expect.poll(() => m.getByTestId('review-document').getByTestId('review-span').allTextContents()).toEqual(['берілген'])
    // the screenshot shows a second selection being made on the same field
    await pick.focus()
    await m.keyboard.press('Control+End')
    await m.keyboard.press('Control+Shift+ArrowLeft')
    await m.keyboard.press('Control+Shift+ArrowLeft')
    await m.setViewportSize({ width: 1366, height: 768 })
    await screenshot(m, 'review-trust-span-kk')
    await setUiLanguage(m, 'ru')
    await screenshot(m, 'review-trust-span-ru')
    await setUiLanguage(m, 'kk')

    // a thread on a row of the mark scheme: the row's button starts it, the row's badge numbers it, the card names the table and the row
    await m.getByTestId('review-tab-markScheme').click()
    const table = m.getByTestId('review-table-markScheme')
    await table.getByTestId('row-comment').first().click()
    await m.getByTestId('comment-text').fill('Жауап бағанын толтырыңыз: «ядро, мембрана».')
    await m.getByTestId('add-comment').click()
    await expect.poll(() => table.getByTestId('row-badge').allTextContents()).toEqual(['1'])
    const rowThread = m.locator('[data-testid=thread][data-path^="table/markScheme/"]')
    await rowThread.waitFor()
    expect(await rowThread.getByTestId('thread-place').textContent()).toContain('1-тапсырма жолы')
    await screenshot(m, 'review-trust-row-kk')
    await setUiLanguage(m, 'ru')
    expect(await rowThread.getByTestId('thread-place').textContent()).toContain('строка задания 1')
    await screenshot(m, 'review-trust-row-ru')
    await setUiLanguage(m, 'kk')
    // the card's place goes back to the row, on its table
    await m.getByTestId('review-tab-document').click()
    await rowThread.getByTestId('thread-place').click()
    await expect.poll(() => m.getByTestId('review-tab-markScheme').getAttribute('aria-selected')).toBe('true')
    await expect.poll(() => m.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('row-comment')
    await m.getByTestId('review-tab-document').click()
    const reply1 = await download(m, () => m.getByTestId('verdict-requestChanges').click())
    expect(basename(reply1)).toBe('«Жасушалар»_бөлімі_бойынша_БЖБ.Дана_Әліқызы.v1.reply.json')
    expect(JSON.parse(readFileSync(reply1, 'utf8'))).toMatchObject({ author: { name: 'Дана Әліқызы' }, reviewer: { name: 'Айгүл Сейітқызы' } })

    // teacher: the reply; the commented field carries a mark that opens the thread
    await t.getByTestId('reply-file').setInputFiles(reply1)
    await expect.poll(() => status(t)).toBe('changesRequested')
    const mark = t.getByTestId('thread-mark').first()
    await mark.waitFor()
    expect(await mark.getAttribute('data-paths')).toContain('/text')
    await mark.focus()
    await t.keyboard.press('Enter')
    await expect.poll(() => t.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('thread')
    await t.setViewportSize({ width: 1366, height: 768 })
    await mark.scrollIntoViewIfNeeded()
    await screenshot(t, 'review-trust-marks-kk')
    await setUiLanguage(t, 'ru')
    await screenshot(t, 'review-trust-marks-ru')
    await setUiLanguage(t, 'kk')
    // the thread on the mark scheme's row: its card takes her to the row, which carries the mark too
    const rowCard = t.locator('[data-testid=thread][data-path^="table/markScheme/"]')
    await rowCard.getByTestId('thread-place').click()
    await expect.poll(() => t.getByTestId('tab-markScheme').getAttribute('aria-selected')).toBe('true')
    const rowMark = t.locator('[data-testid=thread-mark][data-paths^="table/markScheme/"]')
    await rowMark.waitFor()
    await expect.poll(() => t.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('thread-mark')
    await t.getByTestId('tab-edit').click()
    // the suggestion replaces just the two words
    await t.getByTestId('threads-panel').getByTestId('apply-suggestion').click()
    await expect.poll(() => t.getByTestId('task-1').getByTestId('task-text').inputValue()).toBe('Суретте көрсетілген жасуша бөліктерін атаңыз.')
    await t.getByTestId('task-1').getByTestId('task-level').selectOption('knowledge')
    await waitSaved(t)

    // round 2: no error left, so the send panel says nothing
    await t.getByTestId('send-for-review').click()
    await t.getByTestId('send-panel').waitFor()
    expect(await t.getByTestId('send-errors').count()).toBe(0)
    const package2 = await download(t, () => t.getByTestId('send-confirm').click())

    // mentor: the suggestion reads as applied, not only as a changed field; approving asks nothing now
    await m.getByTestId('package-file').setInputFiles(package2)
    await expect.poll(() => m.getByTestId('round-head').textContent()).toContain('2')
    await m.getByTestId('review-tab-document').click()
    await spanThread.getByTestId('suggestion-applied').waitFor()
    expect(await spanThread.getByTestId('thread-outdated').count()).toBe(0)
    const reply2 = await download(m, () => m.getByTestId('verdict-approve').click())
    expect(await m.getByTestId('confirm-approval').count()).toBe(0)
    await expect.poll(() => m.getByTestId('review-round').first().innerText()).toContain('Бекітілді')

    // teacher: approved; the first edit says once that the approval goes, undo keeps it
    await t.getByTestId('reply-file').setInputFiles(reply2)
    await expect.poll(() => status(t)).toBe('approved')
    const withdrawn = t.locator('.toast', { hasText: 'бекіту алынады' })
    await t.getByTestId('header-subject').fill('Биология!')
    await withdrawn.waitFor()
    await expect.poll(() => status(t)).toBe('draft')
    await withdrawn.getByRole('button', { name: 'Болдырмау' }).click()
    await expect.poll(() => status(t)).toBe('approved')
    await t.getByTestId('header-subject').fill('Биология!!')
    await expect.poll(() => status(t)).toBe('draft')
    expect(await withdrawn.count()).toBe(0)
    await t.getByTestId('undo').click()
    await expect.poll(() => status(t)).toBe('approved')
    await waitSaved(t)

    // the trash: a reply for a trashed assessment says so and offers to restore it
    const id = new URL(t.url()).hash.split('/').pop()!
    await t.getByRole('link', { name: /Бағалаулар/ }).first().click()
    await t.getByTestId('move-to-trash').first().click()
    await t.goto(`${baseUrl()}/#/assessment/${id}`)
    await t.getByTestId('trash-notice').waitFor()
    // read-only: no editable title, no review buttons
    expect(await t.getByTestId('send-for-review').count()).toBe(0)
    expect(await t.getByTestId('header-title').isEditable()).toBe(false)
    await t.getByRole('link', { name: /Бағалаулар/ }).first().click()
    await t.getByTestId('new-unit').click()
    await t.getByTestId('header-title').waitFor()
    await t.getByTestId('reply-file').setInputFiles(reply2)
    const problem = t.getByTestId('review-problem')
    await expect.poll(() => problem.textContent()).toContain('себетте')
    await t.getByTestId('restore-and-open').click()
    await expect.poll(() => new URL(t.url()).hash).toBe(`#/assessment/${id}`)
    await expect.poll(() => status(t)).toBe('approved')
    expect(await t.getByTestId('trash-notice').count()).toBe(0)

    await teacher.context.close()
    await mentor.context.close()
  })

  it('on a shared computer, the verdict waits for the mentor and goes when the mentor leaves', async () => {
    const { context, page } = await newPage(browser)
    await buildWithError(page)
    await page.getByTestId('task-1').getByTestId('task-level').selectOption('knowledge')
    await page.getByTestId('send-for-review').click()
    await page.getByTestId('profile-name').fill('Дана Әліқызы')
    await page.getByTestId('review-here').click()
    await page.getByTestId('review-document').waitFor()
    await page.getByTestId('mentor-left').waitFor()
    expect(await page.getByTestId('verdict-approve').count()).toBe(0)
    // no name yet: the mentor is asked for one
    await page.getByTestId('mentor-sits-down').click()
    await page.getByRole('alert').filter({ hasText: 'тәлімгердің атын' }).waitFor()
    await page.getByTestId('profile-name').fill('Айгүл Сейітқызы')
    await page.getByTestId('mentor-sits-down').click()
    await page.getByTestId('mentor-sitting').waitFor()
    await page.getByTestId('review-field').filter({ hasText: 'ядроны атайды' }).click()
    await page.getByTestId('comment-text').fill('Жақсы.')
    await page.getByTestId('add-comment').click()
    // the comment keeps the name as typed when it was written, even if the profile changes after
    await page.getByTestId('profile-name').fill('Басқа адам')
    await expect.poll(() => page.getByTestId('thread').getByTestId('comment').first().textContent()).toContain('Айгүл Сейітқызы')
    await page.getByTestId('mentor-leaves').click()
    await page.getByTestId('mentor-left').waitFor()
    expect(await page.getByTestId('verdict-approve').count()).toBe(0)
    expect(await page.getByTestId('verdict-requestChanges').count()).toBe(0)
    await context.close()
  })
})
