/**
 * The school workspace syncing for real: a Hocuspocus server (server/, started here on a free loopback
 * port with a temporary database) and the built app in Chromium. One teacher on two browser contexts (two
 * devices): her library appears on both, both edit the same assessment offline, and when they reconnect
 * both hold both edits; an editor open on one device takes the other's edit live and saves on from it; a task
 * picture added on one device appears on the other. She reloads with no network and her work is there (IndexedDB); the server restarts
 * and the state is intact; a revoked member is cut off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'
import { editorId, joinWorkspace, openInEditor, readRow, startInProcess, syncState } from './workspaceServer'
import type { Workspace } from '../../server/src/workspace'
import { temporaryDataDir } from '../../server/tests/harness'

let browser: Browser
let workspace: Workspace
let port = 0
const data = temporaryDataDir()
/** A 1×1 PNG, as a teacher's drawing would be stored. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

const start = async () => {
  workspace = await startInProcess(data.dir, port)
  port = workspace.server.address.port
}

beforeAll(async () => {
  browser = await launch()
  await start()
})
afterAll(async () => {
  await browser?.close()
  await workspace?.stop()
  data.remove()
})

const join = (page: Page, code: string) => joinWorkspace(page, `127.0.0.1:${port}`, code)
const field = async (page: Page, id: string, key: string) => (await readRow(page, 'assessments', id))?.[key]

describe('school workspace: one teacher, two devices', () => {
  it('shows the same library on both devices and keeps both devices’ offline edits', async () => {
    const school = workspace.directory.addSchool('№ 12 мектеп-гимназия')
    const teacher = workspace.directory.addMember(school.id, 'Айгүл Серікова', 'teacher')

    const first = await newPage(browser, 'kk-KZ')
    await first.page.setViewportSize({ width: 1366, height: 768 })
    // the app is installed (its service worker serves it offline), as after any first visit
    await first.page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
    await first.page.reload()
    await expect.poll(() => first.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    await join(first.page, workspace.directory.invite(teacher.id))
    await screenshot(first.page, 'workspace-sync-online-kk')

    // she writes an assessment on the first device
    await first.page.evaluate(() => (location.hash = '#/'))
    await first.page.getByTestId('new-unit').click()
    await first.page.getByTestId('header-title').fill('«Жасушалар» бөлімі бойынша БЖБ')
    await first.page.getByTestId('header-subject').fill('Биология')
    await waitSaved(first.page)
    const id = editorId(first.page)

    // the second device joins with its own code and gets her library
    const second = await newPage(browser, 'ru-RU')
    await join(second.page, workspace.directory.invite(teacher.id))
    await expect.poll(() => field(second.page, id, 'title')).toBe('«Жасушалар» бөлімі бойынша БЖБ')
    await second.page.evaluate(() => (location.hash = '#/'))
    await expect.poll(() => second.page.getByTestId('library-list').textContent()).toContain('«Жасушалар» бөлімі бойынша БЖБ')

    // both go offline and edit different fields of the same assessment
    await openInEditor(first.page, id)
    await openInEditor(second.page, id)
    await first.context.setOffline(true)
    await second.context.setOffline(true)
    await first.page.getByTestId('header-title').fill('«Жасушалар» — 1-нұсқа')
    await waitSaved(first.page)
    await second.page.getByTestId('header-subject').fill('Биология, 7-сынып')
    await waitSaved(second.page)
    await first.page.getByTestId('nav-workspace').click()
    await second.page.getByTestId('nav-workspace').click()
    await syncState(first.page, 'offline')
    await syncState(second.page, 'offline')

    // back online: both devices hold both edits
    await first.context.setOffline(false)
    await second.context.setOffline(false)
    const back = Date.now()
    for (const { page } of [first, second]) {
      await expect.poll(() => field(page, id, 'title')).toBe('«Жасушалар» — 1-нұсқа')
      await expect.poll(() => field(page, id, 'subject')).toBe('Биология, 7-сынып')
    }
    console.log(`two devices converged ${Date.now() - back} ms after reconnecting`)
    expect(JSON.stringify(await readRow(first.page, 'assessments', id))).toBe(JSON.stringify(await readRow(second.page, 'assessments', id)))

    // a live edit on one device reaches the other, whose editor is open on the same assessment
    await openInEditor(first.page, id)
    await openInEditor(second.page, id)
    const sent = Date.now()
    await second.page.getByTestId('header-title').fill('«Жасушалар» — түзетілген')
    await expect.poll(() => field(first.page, id, 'title'), { interval: 50 }).toBe('«Жасушалар» — түзетілген')
    console.log(`an edit on one device reached the other in ${Date.now() - sent} ms (with the editor's save delay)`)
    // the open editor shows it at once, and its own next edit saves over it without a conflict
    await expect.poll(() => first.page.getByTestId('header-title').inputValue()).toBe('«Жасушалар» — түзетілген')
    await first.page.getByTestId('header-subject').fill('Биология, 8-сынып')
    await waitSaved(first.page)
    expect(await first.page.getByTestId('save-conflict').count()).toBe(0)
    for (const { page } of [first, second]) {
      await expect.poll(() => field(page, id, 'subject')).toBe('Биология, 8-сынып')
      expect(await field(page, id, 'title')).toBe('«Жасушалар» — түзетілген')
    }
    await expect.poll(() => second.page.getByTestId('header-subject').inputValue()).toBe('Биология, 8-сынып')

    // a picture added to a task on the second device appears on the first
    await second.page.getByTestId('add-task').click()
    await second.page.getByTestId('picture-file').last().setInputFiles({ name: 'cell.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') })
    await second.page.getByTestId('picture-img').waitFor()
    await waitSaved(second.page)
    const pictured = Date.now()
    await first.page.getByTestId('picture-img').waitFor()
    console.log(`a task picture reached the other device in ${Date.now() - pictured} ms`)
    expect(await first.page.getByTestId('picture-img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1)
    expect(await first.page.getByTestId('save-conflict').count()).toBe(0)
    await screenshot(first.page, 'workspace-sync-picture-arrived-kk')

    // she reloads the first device with no network: her work comes from IndexedDB
    await first.context.setOffline(true)
    await first.page.goto(first.page.url().replace(/#.*$/, ''))
    await expect.poll(() => first.page.getByTestId('library-list').textContent()).toContain('«Жасушалар» — түзетілген')
    await first.context.setOffline(false)

    // the server restarts: everything is still there for a third device
    await workspace.stop()
    await start()
    const third = await newPage(browser, 'en-US')
    await join(third.page, workspace.directory.invite(teacher.id))
    await expect.poll(() => field(third.page, id, 'subject')).toBe('Биология, 8-сынып')
    await expect.poll(() => field(third.page, id, 'title')).toBe('«Жасушалар» — түзетілген')

    // the administrator revokes her: every device is cut off and says so (a revocation in the server's own
    // process is seen by its directory watch as a command's would be)
    workspace.directory.revokeMember(teacher.id)
    await syncState(third.page, 'refused')
    await first.page.getByTestId('nav-workspace').click()
    await syncState(first.page, 'refused')
    await screenshot(first.page, 'workspace-sync-refused-kk')
    for (const { context } of [first, second, third]) await context.close()
  })
})
