/**
 * The school workspace end to end, in one review: the server runs as its own process (started here on a free
 * loopback port with a temporary data folder, stopped by its pid) and the built app in Chromium. A teacher and
 * her mentor in two contexts: the teacher sends to her mentor, the mentor's comment reaches her (timed, ≤ 3 s);
 * both go offline, she edits her assessment and the mentor comments; back online both hold the same content and
 * no comment is lost. A member of another school sees nothing of theirs and the server refuses her the pair's
 * documents. The server restarts and the state is intact; the teacher reloads offline and her work comes from
 * IndexedDB; the administrator revokes her with the command line while she is connected, and she is cut off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { baseUrl, launch, newPage, screenshot, waitSaved } from './browser'
import { adminCommand, editorId, joinWorkspace, membershipToken, openInEditor, startServerProcess, stopAllServerProcesses, syncState, type ServerProcess } from './workspaceServer'
import { Directory } from '../../server/src/directory'
import { directoryFile } from '../../server/src/workspace'
import { connect, temporaryDataDir, type TestClient } from '../../server/tests/harness'
import { freePort } from '../../server/tests/ports'

let browser: Browser
let server: ServerProcess
let directory: Directory
let port = 0
const data = temporaryDataDir()
const contexts: BrowserContext[] = []
const clients: TestClient[] = []

beforeAll(async () => {
  browser = await launch()
  port = await freePort()
  server = await startServerProcess({ dataDir: data.dir, port })
  // the administrator's side, on the same folder as the server reads (as `npm run server -- …` would write it)
  directory = new Directory(directoryFile(data.dir))
})
afterAll(async () => {
  for (const client of clients) client.destroy()
  for (const context of contexts) await context.close()
  await browser?.close()
  await stopAllServerProcesses()
  directory?.close()
  data.remove()
})

async function open(locale: string): Promise<Page> {
  const { context, page } = await newPage(browser, locale)
  contexts.push(context)
  await page.setViewportSize({ width: 1366, height: 768 })
  return page
}

const toasts = (page: Page) => page.locator('.toasts').textContent().catch(() => '')
const comments = (page: Page, testId: string) => page.getByTestId(testId).locator('li p').allTextContents()

/** A review document as the server holds it now, read by a fresh client with `token`: its comments' texts and verdicts. */
async function onServer(name: string, token: string): Promise<{ refused: boolean; comments: string[]; verdicts: string[] }> {
  const client = connect(server.url, name, token)
  clients.push(client)
  await expect.poll(() => client.events.authenticated || client.events.refused).toBe(true)
  if (!client.events.refused) await expect.poll(() => client.provider.isSynced).toBe(true)
  const events = client.doc.getArray<{ kind: string; text?: string; verdict?: string }>('events').toArray()
  client.destroy()
  return {
    refused: client.events.refused,
    comments: events.filter((e) => e.kind === 'comment').map((e) => e.text!),
    verdicts: events.filter((e) => e.kind === 'verdict').map((e) => e.verdict!),
  }
}

describe('school workspace: a teacher and her mentor, end to end', () => {
  it('reviews live, converges after offline edits, keeps another school out, survives a restart and an offline reload, and cuts off a revoked member', async () => {
    const school = directory.addSchool('№ 12 мектеп-гимназия')
    const teacherMember = directory.addMember(school.id, 'Айгүл Серікова', 'teacher')
    const mentorMember = directory.addMember(school.id, 'Марат Жақсылықов', 'mentor')
    directory.addPair(teacherMember.id, mentorMember.id)

    // the teacher's app is installed (its service worker serves it offline), as after any first visit
    const teacher = await open('kk-KZ')
    await teacher.evaluate(() => navigator.serviceWorker.ready.then(() => true))
    await teacher.reload()
    await expect.poll(() => teacher.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    const mentor = await open('kk-KZ')
    await joinWorkspace(teacher, server.address, directory.invite(teacherMember.id))
    await joinWorkspace(mentor, server.address, directory.invite(mentorMember.id))
    await mentor.getByTestId('review-queue-empty').waitFor()

    // the teacher writes an assessment and sends it to her mentor
    await teacher.evaluate(() => (location.hash = '#/'))
    await teacher.getByTestId('new-unit').click()
    await teacher.getByTestId('header-title').fill('«Жасушалар» бөлімі бойынша БЖБ')
    await teacher.getByTestId('add-task').click()
    await teacher.keyboard.type('Жасушаның бөліктерін атаңыз')
    await waitSaved(teacher)
    const id = editorId(teacher)
    await teacher.getByTestId('send-to-mentor').click()
    await expect.poll(() => teacher.getByTestId('review-status').getAttribute('data-status')).toBe('submitted')
    await expect.poll(() => mentor.getByTestId('review-queue-item').count()).toBe(1)
    await mentor.getByTestId('review-queue-open').click()
    await expect.poll(() => mentor.getByTestId('queued-review').textContent()).toContain('Жасушаның бөліктерін атаңыз')

    // the mentor's comment reaches the teacher's editor live
    await mentor.getByTestId('queued-review-text').fill('Бөлімнің атын толық жазыңыз')
    const commentedAt = Date.now()
    await mentor.getByTestId('queued-review-comment').click()
    await expect.poll(() => toasts(teacher), { interval: 20 }).toContain('Бөлімнің атын толық жазыңыз')
    const latency = Date.now() - commentedAt
    console.log(`a mentor's comment reached the teacher's editor in ${latency} ms`)
    expect(latency).toBeLessThanOrEqual(3_000)

    // both go offline; she edits her assessment, the mentor comments
    await teacher.context().setOffline(true)
    await mentor.context().setOffline(true)
    await syncState(mentor, 'offline')
    await teacher.getByTestId('nav-workspace').click()
    await syncState(teacher, 'offline')
    await openInEditor(teacher, id)
    await teacher.getByTestId('header-title').fill('«Жасушалар» бөлімі бойынша БЖБ — түзетілген')
    await waitSaved(teacher)
    await mentor.getByTestId('queued-review-text').fill('Дескрипторларды нақтылаңыз')
    await mentor.getByTestId('queued-review-comment').click()
    await expect.poll(() => comments(mentor, 'queued-review-comments')).toHaveLength(2)

    // both come back: no comment lost, the same on both sides and on the server
    await teacher.context().setOffline(false)
    await mentor.context().setOffline(false)
    const back = Date.now()
    await expect.poll(() => toasts(teacher)).toContain('Дескрипторларды нақтылаңыз')
    const both = ['Бөлімнің атын толық жазыңыз', 'Дескрипторларды нақтылаңыз']
    // the panel of the mentor's words opens when the teacher asks (opened by itself, it covered the aside)
    await teacher.getByTestId('mentor-review-status').click()
    await expect.poll(() => comments(teacher, 'mentor-review-comments')).toEqual(both)
    console.log(`after both were offline, the mentor's comment reached the teacher ${Date.now() - back} ms after reconnecting`)
    expect(await comments(mentor, 'queued-review-comments')).toEqual(both)
    const teacherToken = await membershipToken(teacher)
    const reviewDoc = `review/${teacherMember.id}/${id}`
    expect((await onServer(reviewDoc, teacherToken)).comments).toEqual(both)

    // her offline edit reached the server too: she sends it again and the mentor reads the same title
    await teacher.getByTestId('send-to-mentor').click()
    await expect.poll(() => mentor.getByTestId('queued-review').locator('h3').textContent()).toBe('«Жасушалар» бөлімі бойынша БЖБ — түзетілген')
    expect(await teacher.getByTestId('header-title').inputValue()).toBe('«Жасушалар» бөлімі бойынша БЖБ — түзетілген')
    await mentor.getByTestId('queued-review-verdict-approve').click()
    // her draft still has errors: the mentor confirms the approval
    await mentor.getByTestId('confirm-approve').click()
    await expect.poll(() => teacher.getByTestId('review-status').getAttribute('data-status')).toBe('approved')
    await teacher.getByTestId('bank-publish').click()
    await teacher.getByTestId('bank-in-bank').waitFor()
    await screenshot(teacher, 'workspace-school-teacher-kk')
    await screenshot(mentor, 'workspace-school-mentor-kk')

    // a member of another school: no queue item, no bank item, and the server refuses her the pair's documents
    const other = directory.addSchool('№ 40 гимназия')
    const otherMentor = directory.addMember(other.id, 'Бөтен Тәлімгер', 'mentor')
    const otherTeacher = directory.addMember(other.id, 'Бөтен Мұғалім', 'teacher')
    directory.addPair(otherTeacher.id, otherMentor.id)
    const outsider = await open('en-US')
    await joinWorkspace(outsider, server.address, directory.invite(otherMentor.id))
    await outsider.getByTestId('review-queue-empty').waitFor()
    expect(await outsider.getByTestId('review-queue-item').count()).toBe(0)
    await outsider.getByTestId('workspace-bank-link').click()
    await outsider.getByTestId('bank-empty').waitFor()
    expect(await outsider.getByTestId('bank-entry').count()).toBe(0)
    const outsiderToken = await membershipToken(outsider)
    for (const name of [reviewDoc, `review/${teacherMember.id}/queue`, `bank/${school.id}/${teacherMember.id}`]) {
      expect((await onServer(name, outsiderToken)).refused, name).toBe(true)
    }
    await screenshot(outsider, 'workspace-school-outsider-en')
    // while her own school's mentor sees the published entry
    await mentor.getByTestId('queued-review-close').click()
    await mentor.getByTestId('nav-workspace').click()
    await mentor.getByTestId('workspace-bank-link').click()
    await expect.poll(() => mentor.getByTestId('bank-entry').count()).toBe(1)

    // the server restarts: both sides reconnect and still show the review; the server still holds it
    await server.stop()
    await teacher.getByTestId('nav-workspace').click()
    await syncState(teacher, 'offline')
    server = await startServerProcess({ dataDir: data.dir, port })
    await syncState(teacher, 'online')
    await mentor.getByTestId('nav-workspace').click()
    await syncState(mentor, 'online')
    await mentor.getByTestId('review-queue-open').click()
    await expect.poll(() => comments(mentor, 'queued-review-comments')).toEqual(both)
    expect(await mentor.getByTestId('queued-review').getAttribute('data-status')).toBe('approved')
    expect(await onServer(reviewDoc, teacherToken)).toMatchObject({ refused: false, comments: both, verdicts: ['approve'] })
    await openInEditor(teacher, id)
    await expect.poll(() => teacher.getByTestId('mentor-review-status').getAttribute('data-status')).toBe('approved')
    // and a new comment still flows live after the restart
    await mentor.getByTestId('queued-review-text').fill('Жарайсыз')
    await mentor.getByTestId('queued-review-comment').click()
    await expect.poll(() => toasts(teacher)).toContain('Жарайсыз')

    // she reloads with no network: her work comes from IndexedDB
    await teacher.context().setOffline(true)
    await teacher.goto(baseUrl() + '/')
    await expect.poll(() => teacher.getByTestId('library-list').textContent()).toContain('«Жасушалар» бөлімі бойынша БЖБ — түзетілген')
    await openInEditor(teacher, id)
    expect(await teacher.getByTestId('header-title').inputValue()).toBe('«Жасушалар» бөлімі бойынша БЖБ — түзетілген')
    await expect.poll(() => teacher.getByTestId('review-status').getAttribute('data-status')).toBe('approved')
    await screenshot(teacher, 'workspace-school-offline-reload-kk')
    await teacher.context().setOffline(false)
    await teacher.getByTestId('nav-workspace').click()
    await syncState(teacher, 'online')

    // the administrator revokes her with the command line while she is connected: she is cut off and told so
    const revokedAt = Date.now()
    expect(await adminCommand(data.dir, ['member', 'revoke', teacherMember.id])).toContain(`revoked ${teacherMember.id}`)
    const commandDone = Date.now()
    await syncState(teacher, 'refused')
    console.log(`a revoked teacher's app said so ${Date.now() - commandDone} ms after the command ended (${commandDone - revokedAt} ms the command itself)`)
    expect(await teacher.getByTestId('workspace-sync-state').textContent()).toContain('Сервер қатынауды тоқтатты')
    await screenshot(teacher, 'workspace-school-revoked-kk')
    expect((await onServer(reviewDoc, teacherToken)).refused).toBe(true)
    // no further update reaches her: the mentor's next comment is on the server, not in her browser
    await mentor.getByTestId('queued-review-text').fill('Кейінгі пікір')
    await mentor.getByTestId('queued-review-comment').click()
    const mentorToken = await membershipToken(mentor)
    await expect.poll(async () => (await onServer(reviewDoc, mentorToken)).comments).toContain('Кейінгі пікір')
    await openInEditor(teacher, id)
    await teacher.getByTestId('mentor-review-status').click()
    await expect.poll(() => comments(teacher, 'mentor-review-comments')).toEqual([...both, 'Жарайсыз'])
    expect(await toasts(teacher)).not.toContain('Кейінгі пікір')
  })
})
