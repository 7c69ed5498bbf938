/**
 * A review round that came as a file, moved into the school workspace: a teacher sends her assessment by
 * file (as before she had a workspace); her mentor, who has joined the workspace with her, opens the file,
 * comments, and moves the round to the workspace with one button; the version and the comment are then in
 * the mentor's review queue, where the next rounds come without files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join as joinPath } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'
import { startWorkspace, type Workspace } from '../../server/src/workspace'
import { temporaryDataDir } from '../../server/tests/harness'

let browser: Browser
let workspace: Workspace
const data = temporaryDataDir()
const dir = mkdtempSync(joinPath(tmpdir(), 'bagalau-move-'))

beforeAll(async () => {
  browser = await launch()
  workspace = await startWorkspace({ dataDir: data.dir, host: '127.0.0.1', port: 0, maxUpdateBytes: 1 << 20, allowedOrigins: ['*'] })
})
afterAll(async () => {
  await browser?.close()
  await workspace?.stop()
  data.remove()
  rmSync(dir, { recursive: true, force: true })
})

async function join(page: Page, code: string): Promise<void> {
  await page.getByTestId('nav-workspace').click()
  await page.getByTestId('workspace-address').fill(`127.0.0.1:${workspace.server.address.port}`)
  await page.getByTestId('workspace-code').fill(code)
  await page.getByTestId('workspace-join-button').click()
  await page.locator('[data-testid=workspace-sync-state][data-state=online]').waitFor()
}

describe('a round from a file, moved into the school workspace', () => {
  it('puts the file’s version and the mentor’s comment in the workspace queue', async () => {
    const school = workspace.directory.addSchool('№ 12 мектеп-гимназия')
    const teacherMember = workspace.directory.addMember(school.id, 'Айгүл Серікова', 'teacher')
    const mentorMember = workspace.directory.addMember(school.id, 'Марат Жақсылықов', 'mentor')
    workspace.directory.addPair(teacherMember.id, mentorMember.id)
    const teacher = await newPage(browser, 'kk-KZ')
    const mentor = await newPage(browser, 'kk-KZ')
    await mentor.page.setViewportSize({ width: 1366, height: 768 })
    await join(teacher.page, workspace.directory.invite(teacherMember.id))
    await join(mentor.page, workspace.directory.invite(mentorMember.id))

    // the teacher sends by file, as she did before
    const t = teacher.page
    await t.evaluate(() => (location.hash = '#/'))
    await t.getByTestId('new-unit').click()
    await t.getByTestId('header-title').fill('«Жасушалар» бөлімі бойынша БЖБ')
    await t.getByTestId('add-task').click()
    await t.keyboard.type('Жасушаның бөліктерін атаңыз')
    await waitSaved(t)
    await t.getByTestId('send-for-review').click()
    await t.getByTestId('profile-name').fill('Айгүл Серікова')
    const [file] = await Promise.all([t.waitForEvent('download'), t.getByTestId('send-confirm').click()])
    const packagePath = joinPath(dir, 'v1.review.json')
    await file.saveAs(packagePath)

    // the mentor opens it from the file, comments, and moves it to the workspace
    const m = mentor.page
    await m.getByTestId('nav-review').click()
    await m.getByTestId('profile-name').fill('Марат Жақсылықов')
    await m.getByTestId('package-file').setInputFiles(packagePath)
    await m.getByTestId('review-document').waitFor()
    await m.locator('[data-testid=review-field][data-field=document]').click()
    await m.getByTestId('comment-text').fill('Тапсырма аз, тағы біреуін қосыңыз.')
    await m.getByTestId('add-comment').click()
    await m.getByTestId('move-to-workspace-button').waitFor()
    expect(await m.getByTestId('move-to-workspace').textContent()).toContain('Айгүл Серікова')
    await screenshot(m, 'workspace-move-offer-kk')
    for (const [lang, words] of [['ru', 'Перенести в школьное пространство'], ['en', 'Move to the school workspace']] as const) {
      await m.getByTestId(`ui-lang-${lang}`).click()
      await expect.poll(() => m.getByTestId('move-to-workspace-button').textContent()).toBe(words)
      await screenshot(m, `workspace-move-offer-${lang}`)
    }
    await m.getByTestId('ui-lang-kk').click()
    await m.getByTestId('move-to-workspace-button').click()
    await expect.poll(() => m.getByTestId('moved-to-workspace').textContent()).toContain('1-нұсқа')
    await screenshot(m, 'workspace-move-done-kk')

    // it is in the mentor's queue, with the comment, as a version sent without files would be
    await m.getByTestId('nav-workspace').click()
    const item = m.getByTestId('review-queue-item')
    await expect.poll(() => item.count()).toBe(1)
    expect(await item.textContent()).toContain('«Жасушалар» бөлімі бойынша БЖБ')
    await m.getByTestId('review-queue-open').click()
    await expect.poll(() => m.getByTestId('queued-review').textContent()).toContain('Тапсырма аз, тағы біреуін қосыңыз.')
    await screenshot(m, 'workspace-move-queue-kk')
    for (const { context } of [teacher, mentor]) await context.close()
  })
})
