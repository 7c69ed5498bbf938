/**
 * Review without files in the browser: a Hocuspocus server (server/, started here with a temporary database)
 * and the built app in Chromium. A teacher and her mentor join the school with their invitations in two
 * contexts; the teacher sends an assessment «to my mentor»; it appears at once in the mentor's review queue
 * with a badge saying it is new; the mentor opens it, comments and approves; the teacher's editor shows the
 * comment and the verdict live (the time is measured and printed, ≤ 3 s on loopback).
 *
 * The second test reviews as for a file: the mentor starts a thread on words inside a task's text with a
 * suggestion; the teacher sees it in her editor, replies and applies it; the mentor sees the reply and
 * «applied»; the navigation's badge counts what is new on each side. Before the first send, the teacher's
 * editor opens no document of that assessment on the server.
 *
 * At 1366×768 nothing covers what was opened (topCoveredBy asks elementFromPoint): the mentor's opened item is
 * scrolled into the window; in the teacher's editor the panel of the mentor's words opens only when she asks,
 * and the aside with the thread sticks below the toolbar's real height. The mentor ends a round as with a file:
 * a verdict with a closing comment, which the teacher reads beside the threads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync } from 'node:fs'
import type { Browser, Locator, Page } from 'playwright-core'
import { launch, newPage, screenshot, SCREENSHOTS, waitSaved } from './browser'
import { topCoveredBy } from './covered'
import { joinWorkspace, startInProcess } from './workspaceServer'
import type { Workspace } from '../../server/src/workspace'
import { temporaryDataDir } from '../../server/tests/harness'

let browser: Browser
let workspace: Workspace
const data = temporaryDataDir()

beforeAll(async () => {
  browser = await launch()
  workspace = await startInProcess(data.dir)
})
afterAll(async () => {
  await browser?.close()
  await workspace?.stop()
  data.remove()
})

const join = (page: Page, code: string) => joinWorkspace(page, `127.0.0.1:${workspace.server.address.port}`, code)

/**
 * The editor as the teacher sees it (the window, not the whole page: its toolbar and aside stay in place): the
 * task in view, the thread in the aside, neither of them covered (by the sticky toolbar, a panel).
 */
async function editorShot(page: Page, thread: Locator, name: string): Promise<void> {
  await thread.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  const text = page.getByTestId('task-1').getByTestId('task-text')
  await text.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  expect(await topCoveredBy(thread)).toBeNull()
  expect(await topCoveredBy(text)).toBeNull()
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
}

/** The mentor's item just opened, in the window: its heading and the top of the document, uncovered. */
async function openedShot(page: Page, name: string): Promise<void> {
  const document = page.getByTestId('queued-review').getByTestId('review-document')
  await document.waitFor()
  expect(await topCoveredBy(page.getByTestId('queued-review').locator('h3'))).toBeNull()
  expect(await topCoveredBy(document)).toBeNull()
  // scrolled to it, not left at the bottom edge under the membership card (at 1366×768 it began 100 px above it)
  expect(await document.evaluate((el) => el.getBoundingClientRect().top < innerHeight / 2)).toBe(true)
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
}

describe('review without files', () => {
  it('puts the sent version in the mentor’s queue and brings her comment and verdict back to the editor live', async () => {
    const school = workspace.directory.addSchool('№ 12 мектеп-гимназия')
    const teacherMember = workspace.directory.addMember(school.id, 'Айгүл Серікова', 'teacher')
    const mentorMember = workspace.directory.addMember(school.id, 'Марат Жақсылықов', 'mentor')
    workspace.directory.addPair(teacherMember.id, mentorMember.id)

    const teacher = await newPage(browser, 'kk-KZ')
    const mentor = await newPage(browser, 'kk-KZ')
    await mentor.page.setViewportSize({ width: 1366, height: 768 })
    await teacher.page.setViewportSize({ width: 1366, height: 768 })
    await join(teacher.page, workspace.directory.invite(teacherMember.id))
    await join(mentor.page, workspace.directory.invite(mentorMember.id))
    await mentor.page.getByTestId('review-queue-empty').waitFor()

    // the teacher writes an assessment and sends it to her mentor (no file)
    await teacher.page.evaluate(() => (location.hash = '#/'))
    await teacher.page.getByTestId('new-unit').click()
    await teacher.page.getByTestId('header-title').fill('«Жасушалар» бөлімі бойынша БЖБ')
    await teacher.page.getByTestId('add-task').click()
    await teacher.page.keyboard.type('Жасушаның бөліктерін атаңыз')
    await waitSaved(teacher.page)
    const sentAt = Date.now()
    await teacher.page.getByTestId('send-to-mentor').click()
    await expect.poll(() => teacher.page.locator('.toasts').textContent().catch(() => '')).toContain('1-нұсқа тәлімгерге жіберілді')
    await expect.poll(() => teacher.page.getByTestId('review-status').getAttribute('data-status')).toBe('submitted')

    // it is in the mentor's queue, new
    const item = mentor.page.getByTestId('review-queue-item')
    await expect.poll(() => item.count(), { interval: 50 }).toBe(1)
    console.log(`the sent version reached the mentor's queue in ${Date.now() - sentAt} ms`)
    expect(await item.textContent()).toContain('«Жасушалар» бөлімі бойынша БЖБ')
    expect(await item.textContent()).toContain('Айгүл Серікова')
    expect(await item.getAttribute('data-status')).toBe('submitted')
    expect(Number(await mentor.page.getByTestId('review-queue-badge').getAttribute('data-count'))).toBeGreaterThan(0)
    await screenshot(mentor.page, 'workspace-review-queue-kk')
    await mentor.page.getByTestId('ui-lang-ru').click()
    await expect.poll(() => mentor.page.getByTestId('review-queue').textContent()).toContain('Очередь проверки')
    await screenshot(mentor.page, 'workspace-review-queue-ru')

    // she opens it: the frozen version read-only; the badge goes
    await mentor.page.getByTestId('review-queue-open').click()
    await expect.poll(() => mentor.page.getByTestId('queued-review').textContent()).toContain('Жасушаның бөліктерін атаңыз')
    await expect.poll(() => mentor.page.getByTestId('review-queue-badge').count()).toBe(0)
    await openedShot(mentor.page, 'workspace-review-opened-ru')

    // her comment reaches the teacher's editor live
    await mentor.page.getByTestId('queued-review-text').fill('Бөлімнің атын толық жазыңыз')
    const commentedAt = Date.now()
    await mentor.page.getByTestId('queued-review-comment').click()
    await expect.poll(() => teacher.page.locator('.toasts').textContent().catch(() => ''), { interval: 20 }).toContain('Бөлімнің атын толық жазыңыз')
    const commentLatency = Date.now() - commentedAt
    console.log(`a mentor's comment reached the teacher's editor in ${commentLatency} ms`)
    expect(commentLatency).toBeLessThanOrEqual(3_000)
    // the toast said it; the panel of her words did not open by itself over the aside, it opens when asked
    expect(await teacher.page.getByTestId('mentor-review-panel').count()).toBe(0)
    await teacher.page.getByTestId('mentor-review-status').click()
    await expect.poll(() => teacher.page.getByTestId('mentor-review-comments').textContent()).toContain('Бөлімнің атын толық жазыңыз')

    // and so does her verdict, with her closing comment and the status derived from it
    const SUMMARY = 'Жақсы жұмыс: келесі БЖБ-да уақытын әр тапсырмаға көрсетіңіз.'
    await mentor.page.getByTestId('queued-review-summary').fill(SUMMARY)
    // the version still has errors: the approval asks first and lists them, as a file round does
    await mentor.page.getByTestId('queued-review-verdict-approve').click()
    await mentor.page.getByTestId('confirm-approval').waitFor()
    expect(await mentor.page.getByTestId('confirm-errors').locator('li').count()).toBeGreaterThan(0)
    await mentor.page.getByTestId('confirm-back').click()
    expect(await mentor.page.getByTestId('confirm-approval').count()).toBe(0)
    expect(await teacher.page.getByTestId('mentor-review-status').getAttribute('data-status')).not.toBe('approved')
    await mentor.page.getByTestId('queued-review-verdict-approve').click()
    const approvedAt = Date.now()
    await mentor.page.getByTestId('confirm-approve').click()
    await expect.poll(() => teacher.page.getByTestId('mentor-review-status').getAttribute('data-status'), { interval: 20 }).toBe('approved')
    const verdictLatency = Date.now() - approvedAt
    console.log(`a mentor's verdict reached the teacher's editor in ${verdictLatency} ms`)
    expect(verdictLatency).toBeLessThanOrEqual(3_000)
    expect(await teacher.page.getByTestId('mentor-review-verdict').getAttribute('data-verdict')).toBe('approve')
    expect(await teacher.page.getByTestId('mentor-review-verdict').getByTestId('mentor-verdict-summary').textContent()).toBe(SUMMARY)
    // beside her threads in the aside too, where nothing covers it
    await teacher.page.getByTestId('mentor-review-status').click()
    await expect.poll(() => teacher.page.getByTestId('mentor-review-panel').count()).toBe(0)
    const asideVerdict = teacher.page.getByTestId('mentor-threads-verdict')
    expect(await asideVerdict.getAttribute('data-verdict')).toBe('approve')
    expect(await asideVerdict.getByTestId('mentor-verdict-summary').textContent()).toBe(SUMMARY)
    // the mentor's item says it, and her box for the next closing comment is empty
    await expect.poll(() => mentor.page.getByTestId('queued-review-verdict-summary').textContent()).toBe(SUMMARY)
    expect(await mentor.page.getByTestId('queued-review-summary').inputValue()).toBe('')
    // the verdict moves the assessment's own status too, as a reply file's would
    await expect.poll(() => teacher.page.getByTestId('review-status').getAttribute('data-status')).toBe('approved')
    await expect.poll(() => mentor.page.getByTestId('queued-review').getAttribute('data-status')).toBe('approved')
    await screenshot(mentor.page, 'workspace-review-item-ru')
    // the window, not the whole page: a full-page capture draws the sticky toolbar and aside where they never are
    await asideVerdict.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    expect(await topCoveredBy(asideVerdict)).toBeNull()
    await teacher.page.screenshot({ path: `${SCREENSHOTS}/workspace-review-teacher-kk.png` })

    // the mentor comes back later: what she has seen is not counted as new again
    await mentor.page.reload()
    await mentor.page.getByTestId('nav-workspace').click()
    await expect.poll(() => mentor.page.getByTestId('review-queue-item').getAttribute('data-status')).toBe('approved')
    expect(await mentor.page.getByTestId('review-queue-badge').count()).toBe(0)

    await teacher.context.close()
    await mentor.context.close()
  })

  it('carries a field thread with a suggestion, the teacher’s reply and applying, and counts what is new on both sides', async () => {
    const school = workspace.directory.addSchool('№ 5 мектеп-лицей')
    const teacherMember = workspace.directory.addMember(school.id, 'Айгүл Серікова', 'teacher')
    const mentorMember = workspace.directory.addMember(school.id, 'Марат Жақсылықов', 'mentor')
    workspace.directory.addPair(teacherMember.id, mentorMember.id)
    const teacher = await newPage(browser, 'kk-KZ')
    const mentor = await newPage(browser, 'kk-KZ')
    const t = teacher.page
    const m = mentor.page
    await t.setViewportSize({ width: 1366, height: 768 })
    await m.setViewportSize({ width: 1366, height: 768 })
    await join(t, workspace.directory.invite(teacherMember.id))
    await join(m, workspace.directory.invite(mentorMember.id))
    await m.getByTestId('review-queue-empty').waitFor()
    await t.getByTestId('sent-reviews').waitFor()

    const TASK = 'Жасушаның бөліктерін атаңыз'
    await t.evaluate(() => (location.hash = '#/'))
    await t.getByTestId('new-unit').click()
    await t.getByTestId('header-title').fill('«Жасушалар» бөлімі бойынша БЖБ')
    await t.getByTestId('add-task').click()
    await t.keyboard.type(TASK)
    await waitSaved(t)
    const assessmentId = decodeURIComponent(new URL(t.url()).hash.split('/').pop() ?? '')
    // the editor watches only the teacher's queue until the first send: no document of this assessment on the server
    const onServer = () => [...workspace.server.hocuspocus.documents.keys()]
    await expect.poll(onServer).toContain(`review/${teacherMember.id}/queue`)
    expect(onServer()).not.toContain(`review/${teacherMember.id}/${assessmentId}`)

    const sentAt = Date.now()
    await t.getByTestId('send-to-mentor').click()
    // the mentor's navigation says a new version came
    const mentorNews = m.getByTestId('nav-review-news')
    await expect.poll(() => mentorNews.getAttribute('data-versions').catch(() => null), { interval: 20 }).toBe('1')
    console.log(`the mentor's badge said a version came in ${Date.now() - sentAt} ms`)
    expect(await mentorNews.textContent()).toContain('1 нұсқа')
    expect(onServer()).toContain(`review/${teacherMember.id}/${assessmentId}`)

    // the mentor opens it and starts a thread on one word of the task, with a suggestion for it
    await m.getByTestId('review-queue-open').click()
    await expect.poll(() => mentorNews.count()).toBe(0)
    await openedShot(m, 'workspace-review-opened-kk')
    await m.getByTestId('review-field').filter({ hasText: TASK }).click()
    const pick = m.getByTestId('span-pick')
    await pick.focus()
    await m.keyboard.press('Control+End')
    await m.keyboard.press('Control+Shift+ArrowLeft')
    await expect.poll(() => m.getByTestId('span-target').textContent()).toContain('атаңыз')
    await m.getByTestId('comment-text').fill('«Атаңыз» емес, «жазыңыз» деген дәлірек.')
    await m.getByTestId('suggestion-text').fill('жазыңыз')
    const commentedAt = Date.now()
    await m.getByTestId('add-comment').click()

    // it reaches the teacher's editor, on the task's text, signed with the mentor's name from the server
    const thread = t.getByTestId('mentor-threads').getByTestId('thread')
    await expect.poll(() => thread.count(), { interval: 20 }).toBe(1)
    const latency = Date.now() - commentedAt
    console.log(`a mentor's field thread reached the teacher's editor in ${latency} ms`)
    expect(latency).toBeLessThanOrEqual(3_000)
    expect(await thread.getAttribute('data-path')).toBe(`${await t.getByTestId('task-1').getAttribute('data-field')}/text`)
    expect(await thread.getByTestId('thread-span').locator('mark').textContent()).toBe('атаңыз')
    expect(await thread.getByTestId('comment').first().textContent()).toContain('Марат Жақсылықов')
    // the task's text carries a mark for it, as for a reply file's thread
    expect(await t.getByTestId('thread-mark').first().getAttribute('data-paths')).toContain('/text')

    // the mentor goes back to her queue; the teacher replies and applies the suggestion in her editor
    await m.getByTestId('queued-review-close').click()
    await thread.getByTestId('thread-reply-text').fill('Түзеттім, рахмет')
    const repliedAt = Date.now()
    await thread.getByTestId('thread-reply').click()
    await thread.getByTestId('apply-suggestion').click()
    await expect.poll(() => t.getByTestId('task-1').getByTestId('task-text').inputValue()).toBe('Жасушаның бөліктерін жазыңыз')
    await thread.getByTestId('suggestion-applied').waitFor()
    await waitSaved(t)

    // the mentor's badge counts the reply and the applying; opening the item shows both and clears it
    await expect.poll(() => mentorNews.getAttribute('data-replies').catch(() => null), { interval: 20 }).toBe('2')
    console.log(`the teacher's reply and applying reached the mentor's badge in ${Date.now() - repliedAt} ms`)
    expect(await mentorNews.textContent()).toContain('2 жауап')
    await screenshot(m, 'workspace-review-badge-mentor-kk')
    await m.getByTestId('review-queue-open').click()
    const mentorThread = m.getByTestId('queued-review-comments').getByTestId('thread')
    await expect.poll(() => mentorThread.getByTestId('comment-body').allTextContents()).toEqual(['«Атаңыз» емес, «жазыңыз» деген дәлірек.', 'Түзеттім, рахмет'])
    expect(await mentorThread.getByTestId('comment').nth(1).textContent()).toContain('Айгүл Серікова')
    await mentorThread.getByTestId('suggestion-applied').waitFor()
    await expect.poll(() => mentorNews.count()).toBe(0)
    // the toolbar's panel of the mentor's words stayed closed through her comments: it covered the aside's top
    expect(await t.getByTestId('mentor-review-panel').count()).toBe(0)
    expect(await topCoveredBy(mentorThread)).toBeNull()
    await screenshot(m, 'workspace-review-field-thread-kk')
    await editorShot(t, thread, 'workspace-review-teacher-reply-kk')
    await m.getByTestId('ui-lang-ru').click()
    await t.getByTestId('ui-lang-ru').click()
    await expect.poll(() => m.getByTestId('queued-review').textContent()).toContain('Назад к очереди')
    await expect.poll(() => t.getByTestId('mentor-threads').textContent()).toContain('Замечания наставника')
    await screenshot(m, 'workspace-review-field-thread-ru')
    await editorShot(t, thread, 'workspace-review-teacher-reply-ru')

    // the teacher is away from the editor: the mentor's comment and verdict are counted in her navigation
    await t.evaluate(() => (location.hash = '#/'))
    await m.getByTestId('queued-review-text').fill('Жалпы жақсы, бірақ уақытын көрсетіңіз')
    await m.getByTestId('queued-review-comment').click()
    await m.getByTestId('queued-review-verdict-requestChanges').click()
    const teacherNews = t.getByTestId('nav-review-news')
    await expect.poll(() => teacherNews.getAttribute('data-count').catch(() => null)).toBe('2')
    expect(await teacherNews.getAttribute('data-comments')).toBe('1')
    expect(await teacherNews.getAttribute('data-verdicts')).toBe('1')
    expect(await teacherNews.textContent()).toContain('1 комментарий · 1 решение')
    await screenshot(t, 'workspace-review-badge-teacher-ru')
    // the verdict moved the assessment's status in her library too, without opening it
    await expect.poll(() => t.getByTestId('library-list').textContent()).toContain('Нужны правки')
    // her workspace page says which assessment; opening it shows them and the badge goes
    await t.getByTestId('nav-workspace').click()
    const sent = t.getByTestId('sent-review-item')
    await expect.poll(() => sent.getByTestId('sent-review-news').getAttribute('data-count')).toBe('2')
    await screenshot(t, 'workspace-review-sent-ru')
    await sent.getByTestId('sent-review-open').click()
    await expect.poll(() => t.getByTestId('mentor-threads').getByTestId('thread').count()).toBe(2)
    await expect.poll(() => teacherNews.count()).toBe(0)
    await expect.poll(() => t.getByTestId('review-status').getAttribute('data-status')).toBe('changesRequested')

    await teacher.context.close()
    await mentor.context.close()
  })
})
