/**
 * A ТЖБ with a two-part listening task, built in the editor: the parts (1а, 1ә) and the script are both on
 * screen (task card, mark scheme tab); printed, the pupil's sheet has the parts and no script, the teacher's
 * copy and the mark scheme have the script, and the file reads back with its parts and script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { strFromU8, unzipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import { launch, newPage, screenshot, waitSaved } from './browser'

const TASK = 'Мәтінді тыңдап, сұрақтарға жауап беріңіз.'
const SCRIPT = 'Ертеде бір шебер қала салыпты. Ә ғ қ ң ө ұ ү һ і'
const NOTES = 'Мәтінді екі рет баяу оқыңыз.'
const PART_A = 'Шебер не салды?'
const PART_B = 'Қала қалай аталды?'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ')

/** Prints the chosen parts and returns the file's bytes. */
async function printParts(page: Page, parts: string[]): Promise<Uint8Array> {
  await page.getByTestId('print').click()
  const dialog = page.getByTestId('print-dialog')
  await dialog.waitFor()
  for (const part of ['pupilSheet', 'teacherCopy', 'descriptorTable', 'specification', 'markScheme', 'parentRubric']) {
    const box = page.getByTestId(`print-part-${part}`)
    if (parts.includes(part)) await box.check()
    else await box.uncheck()
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-download').click()])
  const bytes = new Uint8Array(readFileSync((await download.path())!))
  await dialog.getByRole('button', { name: 'Жабу' }).first().click()
  await dialog.waitFor({ state: 'hidden' })
  return bytes
}

const documentText = (bytes: Uint8Array) => textOf(strFromU8(unzipSync(bytes)['word/document.xml']))

describe('a two-part listening task', () => {
  it('shows its parts and script on screen; the pupil sheet has the parts and no script, the teacher copy and mark scheme the script', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('new-term').click()
    await page.getByTestId('header-title').fill('Тыңдалым ТЖБ')
    await page.getByTestId('header-subject').fill('Қазақ тілі')
    await page.getByTestId('add-task').click()
    const card = page.getByTestId('task-1')
    await card.getByTestId('task-text').fill(TASK)
    await card.getByTestId('task-script').fill(SCRIPT)
    await card.getByTestId('task-teacher-notes').fill(NOTES)
    await card.getByTestId('add-part').click()
    await card.getByTestId('part-text').first().fill(PART_A)
    await card.getByTestId('add-part').click()
    await card.getByTestId('part-text').nth(1).fill(PART_B)
    await card.getByTestId('part-answer').nth(1).fill('Жаңа қала')
    await card.getByTestId('add-descriptor').click()
    await card.getByTestId('descriptor-text').first().fill('шебердің не салғанын атайды')
    await card.getByTestId('descriptor-part').first().selectOption({ label: '1а' })
    await card.getByTestId('add-descriptor').click()
    await card.getByTestId('descriptor-text').nth(1).fill('қаланың атын жазады')
    await card.getByTestId('descriptor-part').nth(1).selectOption({ label: '1ә' })
    // both on screen: the parts lettered, the script in the teacher-only block of the same card
    expect(await card.getByTestId('part-number').allTextContents()).toEqual(['1а бөлігі', '1ә бөлігі'])
    expect(await card.getByTestId('task-script').inputValue()).toBe(SCRIPT)
    await waitSaved(page)
    await card.getByTestId('teacher-material').scrollIntoViewIfNeeded()
    await screenshot(page, 'parts-script-card-kk')

    // the mark scheme tab: rows 1а and 1ә, and the script after the table, labelled teacher-only
    await page.getByTestId('tab-markScheme').click()
    await page.getByTestId('scheme-teacher-material').waitFor()
    await page.getByTestId('scheme-row-1а').waitFor()
    await page.getByTestId('scheme-row-1ә').waitFor()
    expect(await page.getByTestId('scheme-script').textContent()).toBe(SCRIPT)
    expect(await page.getByTestId('scheme-teacher-material').textContent()).toContain('Мұғалім оқитын мәтін')
    await page.getByTestId('scheme-teacher-material').scrollIntoViewIfNeeded()
    await screenshot(page, 'parts-script-mark-scheme-kk')
    await page.getByTestId('tab-edit').click()

    const pupil = documentText(await printParts(page, ['pupilSheet']))
    expect(pupil).toContain(TASK)
    expect(pupil).toMatch(/а\) .*Шебер не салды\?.*ә\) .*Қала қалай аталды\?/)
    expect(pupil).not.toContain('Ертеде бір шебер')
    expect(pupil).not.toContain(NOTES)
    expect(pupil).not.toContain('Жаңа қала')

    const teacherBytes = await printParts(page, ['pupilSheet', 'teacherCopy', 'descriptorTable', 'markScheme'])
    const teacher = documentText(teacherBytes)
    const copyAt = teacher.indexOf('Мұғалімге арналған дана')
    const schemeAt = teacher.indexOf('Балл қою кестесі')
    expect(copyAt).toBeGreaterThan(0)
    expect(schemeAt).toBeGreaterThan(copyAt)
    // the script only after the pupil's sheet: in the teacher's copy and again after the mark scheme's table
    expect(teacher.slice(0, copyAt)).not.toContain('Ертеде бір шебер')
    expect(teacher.slice(copyAt, schemeAt)).toContain(SCRIPT)
    expect(teacher.slice(schemeAt)).toContain(SCRIPT)
    expect(teacher.slice(copyAt, schemeAt)).toContain(PART_B)
    expect(teacher.slice(schemeAt)).toMatch(/1а .*1ә .*Жаңа қала/)

    // the teacher's print opens again as a new draft with its parts and script
    await page.goto(page.url().replace(/#.*$/, '#/'))
    await page.getByTestId('word-assessment-file').setInputFiles({ name: 'tyndalym.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(teacherBytes) })
    await page.getByTestId('word-import-report').waitFor()
    const back = page.getByTestId('task-1')
    await expect.poll(() => back.getByTestId('part-number').allTextContents()).toEqual(['1а бөлігі', '1ә бөлігі'])
    expect(await back.getByTestId('task-script').inputValue()).toBe(SCRIPT)
    expect(await back.getByTestId('task-teacher-notes').inputValue()).toBe(NOTES)
    expect(await back.getByTestId('part-text').nth(1).inputValue()).toBe(PART_B)
    await screenshot(page, 'parts-script-read-back-kk')
    await context.close()
  })
})
