/**
 * Mentor review across two machines: two browser contexts with separate storage exchange the review
 * package and the reply as downloaded files, as teachers pass files through a messenger.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'

let browser: Browser
const dir = mkdtempSync(join(tmpdir(), 'bagalau-review-'))
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Clicks and saves the file the click downloads; returns its path. */
async function download(page: Page, click: () => Promise<unknown>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = join(dir, name)
  await file.saveAs(path)
  return path
}

async function buildSmallAssessment(page: Page): Promise<void> {
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
  await page.keyboard.type('Суретте берілген жасуша бөліктерін атаңыз.')
  const task = page.getByTestId('task-1')
  await task.getByTestId('task-type').selectOption('shortAnswer')
  await task.getByTestId('task-level').selectOption('knowledge')
  await task.getByTestId('task-criterion').nth(0).check()
  await task.getByTestId('add-descriptor').click()
  await page.keyboard.type('ядроны атайды')
  await page.keyboard.press('Enter')
  await page.keyboard.type('мембрананы атайды')
  await waitSaved(page)
}

/** A field of the mentor's read-only document, by the text it shows (or `document` for the whole). */
const field = (page: Page, text: string): Locator =>
  text === 'document' ? page.locator('[data-testid=review-field][data-field=document]') : page.getByTestId('review-field').filter({ hasText: text })

async function comment(page: Page, target: Locator, text: string, suggestion?: string): Promise<void> {
  await target.click()
  await page.getByTestId('comment-text').fill(text)
  if (suggestion !== undefined) await page.getByTestId('suggestion-text').fill(suggestion)
  await page.getByTestId('add-comment').click()
}

async function setUiLanguage(page: Page, lang: 'kk' | 'ru' | 'en'): Promise<void> {
  await page.getByTestId(`ui-lang-${lang}`).click()
}

describe('mentor review between two machines', () => {
  it('sends, comments, requests changes, applies a suggestion, resubmits, sees what changed and approves', async () => {
    const teacher = await newPage(browser)
    const mentor = await newPage(browser)
    const t = teacher.page
    const m = mentor.page

    // teacher: build and send for review
    await buildSmallAssessment(t)
    await t.getByTestId('send-for-review').click()
    await t.getByTestId('profile-name').fill('Дана Әліқызы')
    await t.getByTestId('profile-school').fill('№5 мектеп-гимназия')
    const package1 = await download(t, () => t.getByTestId('send-confirm').click(), 'v1.review.json')
    await expect.poll(() => t.getByTestId('review-status').getAttribute('data-status')).toBe('submitted')
    expect(JSON.parse(readFileSync(package1, 'utf8'))).toMatchObject({ format: 'bagalau.review-package', formatVersion: 1, author: { name: 'Дана Әліқызы' } })

    // mentor: open the package on the other machine, three threads, one with a suggestion
    await m.getByTestId('nav-review').click()
    await m.getByTestId('profile-name').fill('Айгүл Сейітқызы')
    await m.getByTestId('package-file').setInputFiles(package1)
    await m.getByTestId('review-document').waitFor()
    await comment(m, field(m, 'ядроны атайды'), 'Дескриптор бақыланатындай болсын: суреттен тауып атайды.', 'ядроны суреттен тауып атайды')
    await comment(m, field(m, 'Суретте берілген жасуша бөліктерін атаңыз.'), 'Суретті тапсырмаға қосыңыз.')
    await comment(m, field(m, 'document'), 'Жалпы жақсы, бірақ тапсырма аз.')
    await expect.poll(() => m.getByTestId('thread').count()).toBe(3)
    expect(await m.getByTestId('draft-count').textContent()).toContain('3')
    await m.getByTestId('verdict-summary').fill('Түзетулерден кейін қайта жіберіңіз.')
    await screenshot(m, 'review-mentor-kk')
    for (const lang of ['ru', 'en'] as const) {
      await setUiLanguage(m, lang)
      await screenshot(m, `review-mentor-${lang}`)
    }
    await setUiLanguage(m, 'kk')
    const reply1 = await download(m, () => m.getByTestId('verdict-requestChanges').click(), 'v1.reply.json')

    // teacher: open the reply twice — nothing duplicates
    for (let i = 0; i < 2; i++) {
      await t.getByTestId('reply-file').setInputFiles(reply1)
      await expect.poll(() => t.getByTestId('review-status').getAttribute('data-status')).toBe('changesRequested')
    }
    const panel = t.getByTestId('threads-panel')
    await expect.poll(() => panel.getByTestId('thread').count()).toBe(3)
    expect(await panel.getByTestId('comment').count()).toBe(3)
    const onDescriptor = panel.locator('[data-testid=thread][data-path$="/text"]', { hasText: 'суреттен тауып атайды' })
    expect(await onDescriptor.getByTestId('thread-place').textContent()).toContain('1-дескриптор')
    await screenshot(t, 'review-teacher-threads-kk')
    for (const lang of ['ru', 'en'] as const) {
      await setUiLanguage(t, lang)
      await screenshot(t, `review-teacher-threads-${lang}`)
    }
    await setUiLanguage(t, 'kk')

    // while changes are requested the printed pack carries the DRAFT watermark
    await t.getByTestId('print').click()
    const draftDocx = await download(t, () => t.getByTestId('print-download').click(), 'draft.docx')
    expect(execFileSync('unzip', ['-p', draftDocx, 'word/*.xml'], { encoding: 'utf8', maxBuffer: 50_000_000 })).toContain('ЖОБА')
    // ...and the mentor's open threads as Word comments, signed by the mentor
    const draftComments = execFileSync('unzip', ['-p', draftDocx, 'word/comments.xml'], { encoding: 'utf8', maxBuffer: 50_000_000 })
    for (const text of ['Дескриптор бақыланатындай болсын', 'Суретті тапсырмаға қосыңыз.', 'Жалпы жақсы, бірақ тапсырма аз.']) expect(draftComments).toContain(text)
    expect(draftComments).toContain('w:author="Айгүл Сейітқызы"')
    await t.keyboard.press('Escape')

    // apply the suggestion, undo and redo it
    const descriptor = t.getByTestId('descriptor-text').first()
    await onDescriptor.getByTestId('apply-suggestion').click()
    await expect.poll(() => descriptor.inputValue()).toBe('ядроны суреттен тауып атайды')
    await onDescriptor.getByTestId('suggestion-applied').waitFor()
    await t.getByTestId('undo').click()
    await expect.poll(() => descriptor.inputValue()).toBe('ядроны атайды')
    await t.getByTestId('redo').click()
    await expect.poll(() => descriptor.inputValue()).toBe('ядроны суреттен тауып атайды')

    // reply on the task thread, edit another field, resubmit
    const onTask = panel.locator('[data-testid=thread]', { hasText: 'Суретті тапсырмаға қосыңыз.' })
    await onTask.getByTestId('thread-reply-text').fill('Суретті келесі нұсқада қосамын.')
    await onTask.getByTestId('thread-reply').click()
    await t.getByTestId('descriptor-text').nth(1).fill('жасуша мембранасын атайды')
    await waitSaved(t)
    await t.getByTestId('send-for-review').click()
    const package2 = await download(t, () => t.getByTestId('send-confirm').click(), 'v2.review.json')
    await expect.poll(() => t.getByTestId('review-status').getAttribute('data-status')).toBe('resubmitted')

    // mentor: what changed, one outdated thread; resolve it and approve
    await m.getByTestId('package-file').setInputFiles(package2)
    await m.getByTestId('version-changes').waitFor()
    const changes = m.getByTestId('change')
    await expect.poll(() => changes.count()).toBe(2)
    // word level: the inserted words are marked whole, the unchanged ones are not
    expect((await m.getByTestId('version-changes').locator('ins').allTextContents()).map((x) => x.trim())).toContain('суреттен тауып')
    expect((await m.getByTestId('version-changes').locator('del').allTextContents()).map((x) => x.trim())).toContain('мембрананы')
    await screenshot(m, 'review-mentor-changes-kk')
    await m.getByTestId('review-tab-document').click()
    const outdated = m.locator('[data-testid=thread][data-state=outdated]')
    await expect.poll(() => outdated.count()).toBe(1)
    expect(await m.locator('[data-testid=thread]', { hasText: 'Суретті келесі нұсқада қосамын.' }).count()).toBe(1)
    await outdated.getByTestId('thread-resolve').click()
    await expect.poll(() => m.locator('[data-testid=thread][data-status=resolved]').count()).toBe(1)
    await screenshot(m, 'review-mentor-round2-kk')
    const reply2 = await download(m, () => m.getByTestId('verdict-approve').click(), 'v2.reply.json')

    // teacher: approved, the resolved thread is folded away
    await t.getByTestId('reply-file').setInputFiles(reply2)
    await expect.poll(() => t.getByTestId('review-status').getAttribute('data-status')).toBe('approved')
    await expect.poll(() => t.getByTestId('open-thread-count').textContent()).toContain('2')

    // a file for another assessment or a broken one is refused in plain words
    await t.getByTestId('reply-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"bagalau.review-reply"') })
    expect(await t.getByTestId('review-problem').textContent()).toContain('бүлінген')
    await expect.poll(() => t.getByTestId('review-status').getAttribute('data-status')).toBe('approved')

    // the approved document prints without the DRAFT watermark
    await t.getByTestId('print').click()
    const docx = await download(t, () => t.getByTestId('print-download').click(), 'approved.docx')
    const xml = execFileSync('unzip', ['-p', docx, 'word/*.xml'], { encoding: 'utf8', maxBuffer: 50_000_000 })
    expect(xml).toContain('ядроны суреттен тауып атайды')
    expect(xml).not.toContain('ЖОБА')
    expect(xml).toContain('Бекітті: Айгүл Сейітқызы, ')
    await t.keyboard.press('Escape')

    // the library shows the state and the open threads
    await t.getByRole('link', { name: /Бағалаулар/ }).first().click()
    const badge = t.getByTestId('review-badge').first()
    await expect.poll(() => badge.getAttribute('data-status')).toBe('approved')
    expect(await t.getByTestId('review-badge-open').first().textContent()).toContain('2')
    await screenshot(t, 'review-library-kk')

    await teacher.context.close()
    await mentor.context.close()
  })

  it('works on one shared computer: the mentor reviews right there and the verdict applies at once', async () => {
    const { context, page } = await newPage(browser)
    await buildSmallAssessment(page)
    await page.getByTestId('send-for-review').click()
    await page.getByTestId('profile-name').fill('Дана Әліқызы')
    await page.getByTestId('review-here').click()
    await page.getByTestId('review-document').waitFor()
    // the mentor signs with a profile of their own, even in the same browser
    await page.getByTestId('profile-name').fill('Айгүл Сейітқызы')
    await page.getByTestId('profile-name').press('Tab')
    await comment(page, field(page, 'мембрананы атайды'), 'Балл көбірек болсын.')
    // the teacher's own assessment: no verdict until the mentor starts at this computer
    expect(await page.getByTestId('verdict-requestChanges').count()).toBe(0)
    await page.getByTestId('mentor-sits-down').click()
    await page.getByTestId('verdict-requestChanges').click()
    await page.locator('.toast', { hasText: 'осы компьютердегі' }).waitFor()
    await page.getByRole('link', { name: /Бағалаулар/ }).first().click()
    await expect.poll(() => page.getByTestId('review-badge').first().getAttribute('data-status')).toBe('changesRequested')
    await page.locator('.assessment-card a').first().click()
    const thread = page.getByTestId('threads-panel').getByTestId('thread')
    await expect.poll(() => thread.count()).toBe(1)
    expect(await thread.getByTestId('comment').textContent()).toContain('Айгүл Сейітқызы')
    await context.close()
  })
})
