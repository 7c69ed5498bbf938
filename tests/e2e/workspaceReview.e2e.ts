/**
 * Review without files in the browser: a Hocuspocus server (server/, started here with a temporary database)
 * and the built app in Chromium. A teacher and her mentor join the school with their invitations in two
 * contexts; the teacher sends an assessment «to my mentor»; it appears at once in the mentor's review queue
 * with a badge saying it is new; the mentor opens it, comments and approves; the teacher's editor shows the
 * comment and the verdict live (the time is measured and printed, ≤ 3 s on loopback).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'
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

describe('review without files', () => {
  it('puts the sent version in the mentor’s queue and brings her comment and verdict back to the editor live', async () => {
    const school = workspace.directory.addSchool('№ 12 мектеп-гимназия')
    const teacherMember = workspace.directory.addMember(school.id, 'Айгүл Серікова', 'teacher')
    const mentorMember = workspace.directory.addMember(school.id, 'Марат Жақсылықов', 'mentor')
    workspace.directory.addPair(teacherMember.id, mentorMember.id)

    const teacher = await newPage(browser, 'kk-KZ')
    const mentor = await newPage(browser, 'kk-KZ')
    await mentor.page.setViewportSize({ width: 1366, height: 768 })
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

    // her comment reaches the teacher's editor live
    await mentor.page.getByTestId('queued-review-text').fill('Бөлімнің атын толық жазыңыз')
    const commentedAt = Date.now()
    await mentor.page.getByTestId('queued-review-comment').click()
    await expect.poll(() => teacher.page.locator('.toasts').textContent().catch(() => ''), { interval: 20 }).toContain('Бөлімнің атын толық жазыңыз')
    const commentLatency = Date.now() - commentedAt
    console.log(`a mentor's comment reached the teacher's editor in ${commentLatency} ms`)
    expect(commentLatency).toBeLessThanOrEqual(3_000)
    await expect.poll(() => teacher.page.getByTestId('mentor-review-comments').textContent()).toContain('Бөлімнің атын толық жазыңыз')

    // and so does her verdict, with the status derived from it
    const approvedAt = Date.now()
    await mentor.page.getByTestId('queued-review-verdict-approve').click()
    await expect.poll(() => teacher.page.getByTestId('mentor-review-status').getAttribute('data-status'), { interval: 20 }).toBe('approved')
    const verdictLatency = Date.now() - approvedAt
    console.log(`a mentor's verdict reached the teacher's editor in ${verdictLatency} ms`)
    expect(verdictLatency).toBeLessThanOrEqual(3_000)
    expect(await teacher.page.getByTestId('mentor-review-verdict').getAttribute('data-verdict')).toBe('approve')
    // the verdict moves the assessment's own status too, as a reply file's would
    await expect.poll(() => teacher.page.getByTestId('review-status').getAttribute('data-status')).toBe('approved')
    await expect.poll(() => mentor.page.getByTestId('queued-review').getAttribute('data-status')).toBe('approved')
    await screenshot(mentor.page, 'workspace-review-item-ru')
    await screenshot(teacher.page, 'workspace-review-teacher-kk')

    // the mentor comes back later: what she has seen is not counted as new again
    await mentor.page.reload()
    await mentor.page.getByTestId('nav-workspace').click()
    await expect.poll(() => mentor.page.getByTestId('review-queue-item').getAttribute('data-status')).toBe('approved')
    expect(await mentor.page.getByTestId('review-queue-badge').count()).toBe(0)

    await teacher.context.close()
    await mentor.context.close()
  })
})
