/**
 * Two server processes behind one Redis, from the browser: a throwaway redis-server (Debian's, on a free loopback
 * port, stopped by its pid) and two workspace servers on the same data folder sharing their documents through it.
 * The teacher's first device talks to process A; her second device and her mentor talk to process B. Her library,
 * the version she sends, the mentor's comment and an edit on the second device all cross between the processes,
 * and both sides end with the same content. Skipped, saying so, only on a machine without redis-server
 * (`.ci/run` installs it).
 */
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launch, newPage, screenshot, waitSaved } from './browser'
import { editorId, joinWorkspace, openInEditor, readRow, startServerProcess, stopAllServerProcesses, type ServerProcess } from './workspaceServer'
import { Directory } from '../../server/src/directory'
import { directoryFile } from '../../server/src/workspace'
import { temporaryDataDir } from '../../server/tests/harness'
import { freePort } from '../../server/tests/ports'
import { startRedis, type RedisProcess } from '../../server/tests/redis'

const REDIS_SERVER = '/usr/bin/redis-server'
const haveRedis = existsSync(REDIS_SERVER)
if (!haveRedis) console.warn(`SKIPPED the two-process workspace test: ${REDIS_SERVER} is missing (apt-get install redis-server; .ci/run installs it)`)

let browser: Browser
let redis: RedisProcess | undefined
let serverA: ServerProcess
let serverB: ServerProcess
let directory: Directory | undefined
const data = temporaryDataDir()
const contexts: BrowserContext[] = []

beforeAll(async () => {
  if (!haveRedis) return
  browser = await launch()
  redis = await startRedis()
  serverA = await startServerProcess({ dataDir: data.dir, port: await freePort(), redisUrl: redis.url })
  serverB = await startServerProcess({ dataDir: data.dir, port: await freePort(), redisUrl: redis.url })
  directory = new Directory(directoryFile(data.dir))
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await stopAllServerProcesses()
  await redis?.stop()
  directory?.close()
  data.remove()
})

async function open(locale: string): Promise<Page> {
  const { context, page } = await newPage(browser, locale)
  contexts.push(context)
  await page.setViewportSize({ width: 1366, height: 768 })
  return page
}

const field = async (page: Page, id: string, key: string) => (await readRow(page, 'assessments', id))?.[key]
const comments = (page: Page, testId: string) => page.getByTestId(testId).locator('li p').allTextContents()

describe.skipIf(!haveRedis)('school workspace: two server processes sharing Redis', () => {
  it('brings a teacher on process A and her second device and mentor on process B to the same content', async () => {
    const school = directory!.addSchool('№ 12 мектеп-гимназия')
    const teacherMember = directory!.addMember(school.id, 'Айгүл Серікова', 'teacher')
    const mentorMember = directory!.addMember(school.id, 'Марат Жақсылықов', 'mentor')
    directory!.addPair(teacherMember.id, mentorMember.id)
    expect(serverA.address).not.toBe(serverB.address)

    const teacher = await open('kk-KZ')
    const secondDevice = await open('ru-RU')
    const mentor = await open('kk-KZ')
    await joinWorkspace(teacher, serverA.address, directory!.invite(teacherMember.id))
    await joinWorkspace(secondDevice, serverB.address, directory!.invite(teacherMember.id))
    await joinWorkspace(mentor, serverB.address, directory!.invite(mentorMember.id))
    await mentor.getByTestId('review-queue-empty').waitFor()

    // she writes on process A; her second device on process B gets her library
    await teacher.evaluate(() => (location.hash = '#/'))
    await teacher.getByTestId('new-unit').click()
    await teacher.getByTestId('header-title').fill('«Жасушалар» бөлімі бойынша БЖБ')
    await teacher.getByTestId('add-task').click()
    await teacher.keyboard.type('Жасушаның бөліктерін атаңыз')
    await waitSaved(teacher)
    const id = editorId(teacher)
    await expect.poll(() => field(secondDevice, id, 'title')).toBe('«Жасушалар» бөлімі бойынша БЖБ')

    // she sends to her mentor through A; it is in the mentor's queue on B
    const sentAt = Date.now()
    await teacher.getByTestId('send-to-mentor').click()
    await expect.poll(() => mentor.getByTestId('review-queue-item').count(), { interval: 50 }).toBe(1)
    console.log(`across two server processes: the sent version reached the mentor's queue in ${Date.now() - sentAt} ms`)
    await mentor.getByTestId('review-queue-open').click()
    await expect.poll(() => mentor.getByTestId('queued-review').textContent()).toContain('Жасушаның бөліктерін атаңыз')

    // the mentor's comment on B reaches the teacher's editor on A (in the panel of her words, opened by the teacher)
    await teacher.getByTestId('mentor-review-status').click()
    await mentor.getByTestId('queued-review-text').fill('Бөлімнің атын толық жазыңыз')
    const commentedAt = Date.now()
    await mentor.getByTestId('queued-review-comment').click()
    await expect.poll(() => comments(teacher, 'mentor-review-comments'), { interval: 50 }).toEqual(['Бөлімнің атын толық жазыңыз'])
    console.log(`across two server processes: the mentor's comment reached the teacher's editor in ${Date.now() - commentedAt} ms`)
    expect(await comments(mentor, 'queued-review-comments')).toEqual(['Бөлімнің атын толық жазыңыз'])

    // an edit on the second device (B) reaches the first (A); both hold the same assessment
    await openInEditor(secondDevice, id)
    await secondDevice.getByTestId('header-subject').fill('Биология')
    await waitSaved(secondDevice)
    await expect.poll(() => field(teacher, id, 'subject')).toBe('Биология')
    await expect.poll(async () => JSON.stringify(await readRow(teacher, 'assessments', id))).toBe(JSON.stringify(await readRow(secondDevice, 'assessments', id)))
    await screenshot(teacher, 'workspace-redis-teacher-kk')
  })
})
