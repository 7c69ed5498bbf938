/**
 * Joining a school workspace, as a teacher would: the server (server/, started here on a free loopback
 * port with a temporary folder) hands out a one-time code; the teacher types the address and the code,
 * sees her school, her role and her mentor, keeps them across a reload, and a used code is refused in
 * the interface language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPage, screenshot } from './browser'
import { startInProcess } from './workspaceServer'
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

describe('school workspace: joining', () => {
  it('joins with a one-time code, shows the school, role and mentor, keeps them, and refuses a used code', async () => {
    const school = workspace.directory.addSchool('№ 12 мектеп-гимназия')
    const teacher = workspace.directory.addMember(school.id, 'Айгүл Серікова', 'teacher')
    const mentor = workspace.directory.addMember(school.id, 'Марат Жақсылықов', 'mentor')
    workspace.directory.addPair(teacher.id, mentor.id)
    const code = workspace.directory.invite(teacher.id)
    const address = workspace.url.replace(/^ws:\/\//, '')

    const { context, page } = await newPage(browser, 'kk-KZ')
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.getByTestId('nav-workspace').click()
    await page.getByTestId('workspace-address').fill(address)
    await page.getByTestId('workspace-code').fill(code.toLowerCase().replace(/-/g, ' '))
    await page.getByTestId('workspace-join-button').click()
    await expect.poll(() => page.getByTestId('workspace-me').textContent()).toContain('Айгүл Серікова')
    expect(await page.getByTestId('workspace-me').textContent()).toContain('мұғалім')
    expect(await page.getByTestId('workspace-mentors').textContent()).toContain('Марат Жақсылықов')
    await screenshot(page, 'workspace-joined-kk')

    await page.reload()
    await expect.poll(() => page.getByTestId('workspace-me').textContent()).toContain('Айгүл Серікова')

    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByTestId('workspace-leave').click()
    await page.getByTestId('workspace-code').waitFor()
    await page.getByTestId('workspace-address').fill(address)
    await page.getByTestId('workspace-code').fill(code)
    await page.getByTestId('workspace-join-button').click()
    await expect.poll(() => page.getByTestId('workspace-problem').textContent()).toContain('код жарамсыз')
    await context.close()
  })

  it('says in Russian when the server cannot be reached', async () => {
    const { context, page } = await newPage(browser, 'ru-RU')
    await page.evaluate(() => localStorage.setItem('bagalau.locale', 'ru'))
    await page.goto(page.url().replace(/#.*$/, '') + '#/school')
    await page.getByTestId('workspace-address').fill('127.0.0.1:9')
    await page.getByTestId('workspace-code').fill('AAAA-BBBB-CCCC')
    await page.getByTestId('workspace-join-button').click()
    await expect.poll(() => page.getByTestId('workspace-problem').textContent()).toContain('Не удалось связаться с сервером')
    await screenshot(page, 'workspace-unreachable-ru')
    await context.close()
  })
})
