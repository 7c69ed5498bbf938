/**
 * Review history and the growth record across two machines: a teacher and a mentor (two browser contexts
 * with separate storage) pass packages and replies as files through three rounds on each of two assessments; the
 * teacher's panel lists every round, an old reply opened late is told as history, and both sides open the
 * growth page and download the printed record.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'

let browser: Browser
const dir = mkdtempSync(join(tmpdir(), 'bagalau-growth-'))
const KEEP = 'test-results/growth'
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function download(page: Page, click: () => Promise<unknown>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = join(dir, name)
  await file.saveAs(path)
  return path
}

async function buildAssessment(page: Page, title: string): Promise<void> {
  await page.getByTestId('new-unit').click()
  await page.getByTestId('header-title').fill(title)
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

const field = (page: Page, text: string): Locator => page.getByTestId('review-field').filter({ hasText: text })

async function send(t: Page, name: string, status: string): Promise<string> {
  await t.getByTestId('send-for-review').click()
  const file = await download(t, () => t.getByTestId('send-confirm').click(), name)
  await expect.poll(() => t.getByTestId('review-status').getAttribute('data-status')).toBe(status)
  return file
}

async function review(m: Page, pkg: string, version: number, verdict: 'requestChanges' | 'approve', name: string, remark?: { on: string; text: string; suggestion?: string }): Promise<string> {
  await m.getByTestId('package-file').setInputFiles(pkg)
  await expect.poll(() => m.getByTestId('round-head').textContent()).toContain(`${version}-нұсқа`)
  await m.getByTestId('review-tab-document').click()
  if (remark) {
    await field(m, remark.on).first().click()
    await m.getByTestId('comment-text').fill(remark.text)
    if (remark.suggestion) await m.getByTestId('suggestion-text').fill(remark.suggestion)
    await m.getByTestId('add-comment').click()
    await m.getByTestId('draft-count').waitFor()
  }
  return download(m, () => m.getByTestId(`verdict-${verdict}`).click(), name)
}

async function openReply(t: Page, reply: string, status: string): Promise<void> {
  await t.getByTestId('reply-file').setInputFiles(reply)
  await expect.poll(() => t.getByTestId('review-status').getAttribute('data-status')).toBe(status)
}

const roundVerdicts = (t: Page) => t.getByTestId('round').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-version')}:${e.querySelector('[data-testid=round-verdict]')?.getAttribute('data-verdict')}:${e.hasAttribute('open')}`))

async function toLibrary(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Бағалаулар/ }).first().click()
}

describe('review history and growth record', () => {
  it('keeps every round on both sides, never announces an old verdict, and shows the growth page and its record', async () => {
    const teacher = await newPage(browser)
    const mentor = await newPage(browser)
    const t = teacher.page
    const m = mentor.page
    await m.getByTestId('nav-review').click()
    await m.getByTestId('profile-name').fill('Айгүл Сейітқызы')

    // assessment A: three rounds
    await buildAssessment(t, '«Жасушалар» бөлімі бойынша БЖБ')
    await t.getByTestId('send-for-review').click()
    await t.getByTestId('profile-name').fill('Дана Әліқызы')
    await t.getByTestId('profile-school').fill('№5 мектеп-гимназия')
    const a1 = await download(t, () => t.getByTestId('send-confirm').click(), 'a1.review.json')
    const r1 = await review(m, a1, 1, 'requestChanges', 'a1.reply.json', { on: 'ядроны атайды', text: 'Бақыланатындай жазыңыз.', suggestion: 'ядроны суреттен тауып атайды' })
    await openReply(t, r1, 'changesRequested')
    const panel = t.getByTestId('threads-panel')
    await panel.locator('[data-testid=thread]', { hasText: 'Бақыланатындай' }).getByTestId('apply-suggestion').click()
    await waitSaved(t)
    const a2 = await send(t, 'a2.review.json', 'resubmitted')
    const r2 = await review(m, a2, 2, 'requestChanges', 'a2.reply.json', { on: 'мембрананы атайды', text: 'Мембрана туралы нақтырақ.' })
    await openReply(t, r2, 'changesRequested')
    await expect.poll(() => roundVerdicts(t)).toEqual(['2:requestChanges:true', '1:requestChanges:false'])
    await t.getByTestId('descriptor-text').nth(1).fill('жасуша мембранасын атайды')
    await waitSaved(t)
    const a3 = await send(t, 'a3.review.json', 'resubmitted')
    // the panel shows the new round as waiting, the earlier verdicts under their own versions
    await expect.poll(() => roundVerdicts(t)).toEqual(['3::true', '2:requestChanges:false', '1:requestChanges:false'])
    expect(await t.getByTestId('last-verdict').count()).toBe(0)
    const r3 = await review(m, a3, 3, 'approve', 'a3.reply.json')
    await openReply(t, r3, 'approved')
    await expect.poll(() => roundVerdicts(t)).toEqual(['3:approve:true', '2:requestChanges:false', '1:requestChanges:false'])
    expect(await t.getByTestId('round').first().getByTestId('round-findings').textContent()).toMatch(/қате — \d+, ескерту — \d+/)
    // the first round offered a suggestion that was applied
    expect(await t.locator('[data-testid=round][data-version="1"]').textContent()).toContain('қолданылды — 1')

    // an old reply opened late: kept in its round, the status and the verdict shown stay those of version 3
    const oldNews = t.locator('.toast', { hasText: 'түзетуді сұрады' })
    const before = await oldNews.count()
    await t.getByTestId('reply-file').setInputFiles(r1)
    await t.locator('.toast', { hasText: 'өз айналымына сақталды' }).waitFor()
    expect(await oldNews.count()).toBeLessThanOrEqual(before)
    expect(await t.getByTestId('review-status').getAttribute('data-status')).toBe('approved')
    expect(await t.getByTestId('last-verdict').textContent()).toContain('бекітті')
    await screenshot(t, 'growth-rounds-panel-kk')
    await t.getByTestId('round-history').scrollIntoViewIfNeeded()
    await t.getByTestId('round-history').screenshot({ path: 'test-results/screenshots/growth-rounds-list-kk.png' })

    // the mentor sees the earlier rounds of the assessment beside the one under review
    await expect.poll(() => m.getByTestId('round-history').getByTestId('round').count()).toBe(3)

    // assessment B: three rounds
    await toLibrary(t)
    await buildAssessment(t, '«Ұлпалар» бөлімі бойынша БЖБ')
    const b1 = await send(t, 'b1.review.json', 'submitted')
    const rb1 = await review(m, b1, 1, 'requestChanges', 'b1.reply.json', { on: 'Суретте берілген', text: 'Суретті қосыңыз.' })
    await openReply(t, rb1, 'changesRequested')
    await t.getByTestId('descriptor-text').nth(0).fill('ұлпаны суреттен тауып атайды')
    await waitSaved(t)
    const b2 = await send(t, 'b2.review.json', 'resubmitted')
    const rb2 = await review(m, b2, 2, 'requestChanges', 'b2.reply.json', { on: 'ұлпаны суреттен', text: 'Ұлпаның түрін атасын.' })
    await openReply(t, rb2, 'changesRequested')
    await t.getByTestId('descriptor-text').nth(0).fill('ұлпаның түрін суреттен тауып атайды')
    await waitSaved(t)
    const b3 = await send(t, 'b3.review.json', 'resubmitted')
    const rb3 = await review(m, b3, 3, 'approve', 'b3.reply.json')
    await openReply(t, rb3, 'approved')
    await expect.poll(() => roundVerdicts(t)).toEqual(['3:approve:true', '2:requestChanges:false', '1:requestChanges:false'])

    // the teacher's growth page
    await t.setViewportSize({ width: 1366, height: 768 })
    await t.getByTestId('nav-growth').click()
    await expect.poll(() => t.getByTestId('growth-assessments').textContent()).toBe('2')
    expect(await t.getByTestId('growth-rounds').textContent()).toBe('6')
    expect(await t.getByTestId('growth-approvals').textContent()).toBe('2')
    expect(await t.getByTestId('growth-row').count()).toBe(2)
    expect(await t.getByTestId('chart-remarks').getByTestId('bar').count()).toBeGreaterThan(0)
    expect(await t.getByTestId('chart-suggestions').textContent()).toContain('1 / 1')
    mkdirSync(KEEP, { recursive: true })
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await t.getByTestId(`ui-lang-${lang}`).click()
      await expect.poll(() => t.locator('h1').textContent()).toBe({ kk: 'Өсу жолы', ru: 'Профессиональный рост', en: 'Growth record' }[lang])
      await screenshot(t, `growth-teacher-${lang}`)
      await t.getByTestId('growth-print-language').selectOption(lang)
      const record = await download(t, () => t.getByTestId('growth-print').click(), `growth-${lang}.docx`)
      copyFileSync(record, join(KEEP, `growth-teacher-${lang}.docx`))
      const xml = execFileSync('unzip', ['-p', record, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 50_000_000 })
      expect(xml).toContain({ kk: 'Мұғалімнің кәсіби өсу жолы', ru: 'Профессиональный рост учителя', en: 'Teacher’s professional growth' }[lang])
      expect(xml).toContain('Дана Әліқызы')
      expect(xml).toContain('Айгүл Сейітқызы')
    }

    // the mentor's growth page, per mentee
    await m.setViewportSize({ width: 1366, height: 768 })
    await m.getByTestId('nav-growth').click()
    await m.getByTestId('growth-whose').selectOption({ index: 1 })
    await expect.poll(() => m.getByTestId('growth-assessments').textContent()).toBe('2')
    expect(await m.getByTestId('growth-rounds').textContent()).toBe('6')
    expect(await m.getByTestId('growth-approvals').textContent()).toBe('2')
    await screenshot(m, 'growth-mentor-kk')
    const report = await download(m, () => m.getByTestId('growth-print').click(), 'growth-mentor.docx')
    copyFileSync(report, join(KEEP, 'growth-mentor-kk.docx'))
    expect(execFileSync('unzip', ['-p', report, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 50_000_000 })).toContain('Дана Әліқызы')

    await teacher.context.close()
    await mentor.context.close()
  })
})
