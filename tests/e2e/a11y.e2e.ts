import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPage, waitSaved } from './browser'
import { seriousViolations } from './axe'
import checksMessages from '../../src/i18n/locales/checks'
import commonMessages from '../../src/i18n/locales/common'
import reviewTrustMessages from '../../src/i18n/locales/reviewTrust'
import { countPointerPresses, describeFocus, focusedTestId, focusIsIn, tabRound, tabTo } from './keyboard'

let browser: Browser

/** What each page shows once it has read what it needs (so axe checks the whole page, not its first frame). */
const PAGE_LOADED: Record<string, string> = {
  catalogue: '[data-testid=catalogue-subject] option[value=physics]',
  examples: '[data-testid=examples-list]',
  review: '.review-page .empty',
  data: '[data-testid=storage-used]',
}
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * Tabs to the opener, opens with Enter, checks that focus is in the dialog and stays there for 25
 * presses of Tab, closes with Escape and checks that focus is back on the opener.
 */
async function openAndEscape(page: Page, opener: string, dialog: string, inside?: () => Promise<void>, modal = true): Promise<void> {
  await tabTo(page, `[data-testid=${opener}]`, { back: true, max: 200 }).catch(() => tabTo(page, `[data-testid=${opener}]`, { max: 200 }))
  await page.keyboard.press('Enter')
  const box = page.getByTestId(dialog)
  await box.waitFor()
  const container = modal ? 'dialog[open]' : `[data-testid=${dialog}]`
  await expect.poll(() => focusIsIn(page, container), { message: `focus moves into ${dialog}` }).toBe(true)
  await inside?.()
  if (modal) {
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab')
      expect(await focusIsIn(page, container), `Tab ${i + 1} in ${dialog}: ${await describeFocus(page)}`).toBe(true)
    }
  }
  await page.keyboard.press('Escape')
  await box.waitFor({ state: 'detached' })
  await expect.poll(() => focusedTestId(page), { message: `focus returns from ${dialog}` }).toBe(opener)
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page), where).toEqual([])
}

describe('accessibility (axe-core: no serious or critical violations)', () => {
  it('library, editor, descriptor table and trash, in kk, ru and en', async () => {
    const { context, page } = await newPage(browser)
    await expectAccessible(page, 'empty library')
    await page.getByTestId('new-unit').click()
    await page.getByTestId('add-objective').click()
    await page.keyboard.type('7.1.1.1')
    await page.getByTestId('add-criterion').click()
    await page.keyboard.type('Анықтайды')
    await page.getByTestId('add-task').click()
    await page.keyboard.type('Тапсырма')
    await page.getByTestId('task-type').selectOption('multipleChoice')
    await page.getByTestId('add-option').click()
    await page.getByTestId('add-descriptor').click()
    await page.keyboard.type('атайды')
    await page.getByTestId('descriptor-points').fill('1,5')
    await waitSaved(page)
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await page.getByTestId('tab-edit').click()
      await expectAccessible(page, `editor (${lang})`)
      await page.getByTestId('tab-descriptors').click()
      await expectAccessible(page, `descriptor table (${lang})`)
    }
    await page.goto(page.url().split('#')[0] + '#/')
    await page.locator('.assessment-card').first().waitFor()
    await expectAccessible(page, 'library with an assessment')
    await page.getByTestId('move-to-trash').click()
    await page.goto(page.url().split('#')[0] + '#/trash')
    await page.getByTestId('restore').waitFor()
    await expectAccessible(page, 'trash')
    await context.close()
  })

  it('catalogue, examples, review, data pages and the editor dialogs, in kk, ru and en', async () => {
    const { context, page } = await newPage(browser)
    const base = page.url().split('#')[0]
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      for (const [route, loaded] of Object.entries(PAGE_LOADED)) {
        await page.goto(`${base}#/${route}`)
        await page.locator(loaded).first().waitFor({ state: 'attached' })
        await expectAccessible(page, `${route} (${lang})`)
      }
    }
    await page.goto(`${base}#/`)
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-language').selectOption('kk')
    await page.getByTestId('header-subject').fill('Физика')
    await page.getByTestId('header-grade').fill('7')
    await page.getByTestId('pick-objectives').click()
    await page.getByTestId('picker-option').first().waitFor()
    await expectAccessible(page, 'objective picker dialog')
    await page.keyboard.press('Escape')
    await page.getByTestId('objective-picker').waitFor({ state: 'detached' })
    await page.getByTestId('print').click()
    await page.getByTestId('print-dialog').waitFor()
    await expectAccessible(page, 'print dialog')
    for (const tab of ['specification', 'markScheme', 'parentRubric', 'markBands']) {
      await page.keyboard.press('Escape')
      await page.getByTestId(`tab-${tab}`).click()
      await page.locator(`[role=tabpanel] [data-tab=${tab}]`).waitFor()
      await expectAccessible(page, `${tab} tab`)
    }
    await context.close()
  })

  it('the checker itself finds a planted violation', async () => {
    const { context, page } = await newPage(browser)
    await page.evaluate(() => {
      const input = document.createElement('input')
      document.querySelector('main')?.append(input)
    })
    expect((await seriousViolations(page)).join('\n')).toContain('label')
    await context.close()
  })

  it('works by keyboard alone: a teacher builds a small БЖБ, moves and undoes, follows a finding, opens and closes every dialog', async () => {
    const { context, page } = await newPage(browser)
    const pointerPresses = await countPointerPresses(page)
    const value = (selector: string) => page.locator(selector).inputValue()
    const type = async (text: string) => {
      await page.keyboard.press('Control+A')
      await page.keyboard.type(text)
    }

    // the first Tab offers the skip link; a new БЖБ opens with the cursor in its title
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link')
    await tabTo(page, '[data-testid=new-unit]')
    await page.keyboard.press('Enter')
    await page.getByTestId('header-title').waitFor()
    await expect.poll(() => focusedTestId(page)).toBe('header-title')
    await page.keyboard.type('Қозғалыс')
    await page.keyboard.press('Tab')
    expect(await focusedTestId(page)).toBe('header-kind')
    await tabTo(page, '[data-testid=header-subject]')
    await type('Физика')
    await page.keyboard.press('Tab')
    expect(await focusedTestId(page)).toBe('header-grade')
    await type('7')
    await tabTo(page, '[data-testid=header-duration]')
    await type('20')

    // objective, criterion, a task with two descriptors: each "add" puts the cursor in the new field
    await tabTo(page, '[data-testid=add-objective]')
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedTestId(page)).toBe('objective-code')
    await page.keyboard.type('7.2.1.1')
    await page.keyboard.press('Tab')
    expect(await focusedTestId(page)).toBe('objective-text')
    await page.keyboard.type('жылдамдықты есептеу')
    await tabTo(page, '[data-testid=add-criterion]')
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedTestId(page)).toBe('criterion-text')
    await page.keyboard.type('Жылдамдықты есептейді')
    await tabTo(page, '[data-testid=add-task]')
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedTestId(page)).toBe('task-text')
    await page.keyboard.type('Бірінші тапсырма')
    await tabTo(page, '[data-testid=task-1] [data-testid=task-level]')
    await page.keyboard.press('ArrowDown')
    expect(await value('[data-testid=task-1] [data-testid=task-level]')).toBe('knowledge')
    await tabTo(page, '[data-testid=task-1] [data-testid=add-descriptor]')
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedTestId(page)).toBe('descriptor-text')
    await page.keyboard.type('формуланы жазады')
    await page.keyboard.press('Tab')
    expect(await focusedTestId(page)).toBe('descriptor-points')
    await type('1')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter') // Enter in the last descriptor adds the next one
    await expect.poll(() => page.locator('[data-testid=task-1] [data-testid=descriptor-text]').count()).toBe(2)
    expect(await focusIsIn(page, '[data-testid=task-1] li:nth-child(2)')).toBe(true)
    await page.keyboard.type('есептейді')
    await page.keyboard.press('Tab')
    await type('2')
    await expect.poll(() => page.getByTestId('task-1').getByTestId('task-points').innerText()).toContain('3')

    // a second task, moved above the first with Alt+↑ on its handle (the keyboard way to drag), then Ctrl+Z
    await tabTo(page, '[data-testid=add-task]')
    await page.keyboard.press('Enter')
    await expect.poll(() => focusIsIn(page, '[data-testid=task-2]')).toBe(true)
    await page.keyboard.type('Екінші тапсырма')
    await tabTo(page, '[data-testid=task-2] .drag-handle', { back: true })
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => value('[data-testid=task-1] [data-testid=task-text]')).toBe('Екінші тапсырма')
    expect(await focusIsIn(page, '[data-testid=task-1] .drag-handle')).toBe(true)
    await page.keyboard.press('Control+z')
    await expect.poll(() => value('[data-testid=task-1] [data-testid=task-text]')).toBe('Бірінші тапсырма')
    // the move buttons do the same; focus stays on the moved task
    await tabTo(page, '[data-testid=task-2] [data-testid=task-up]')
    await page.keyboard.press('Enter')
    await expect.poll(() => value('[data-testid=task-1] [data-testid=task-text]')).toBe('Екінші тапсырма')
    expect(await focusIsIn(page, '[data-testid=task-1]')).toBe(true)
    await page.keyboard.press('Control+z')
    await expect.poll(() => value('[data-testid=task-1] [data-testid=task-text]')).toBe('Бірінші тапсырма')
    // a descriptor moved up: focus stays on its move buttons (the ↑ it pressed is disabled now)
    await tabTo(page, '[data-testid=task-1] li:nth-child(2) .reorder button:first-child', { back: true })
    await page.keyboard.press('Enter')
    await expect.poll(() => value('[data-testid=task-1] [data-testid=descriptor-text] >> nth=0')).toBe('есептейді')
    expect(await focusIsIn(page, '[data-testid=task-1] .descriptor-row:first-child .reorder')).toBe(true)
    await page.keyboard.press('Control+z')
    await expect.poll(() => value('[data-testid=task-1] [data-testid=descriptor-text] >> nth=0')).toBe('формуланы жазады')

    // the checks panel: the finding about the second task's level takes the cursor to that select
    await tabTo(page, '[data-testid=checks-panel] li[data-path$="/level"] .finding')
    const path = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-path'))
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe(path)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => page.locator(`[data-field="${path}"]`).inputValue()).toBe('knowledge')
    await page.locator(`[data-testid=checks-panel] li[data-path="${path}"]`).waitFor({ state: 'detached' })

    // the tabs: ← → move between them and select
    await tabTo(page, '[data-testid=tab-edit]', { back: true })
    await page.keyboard.press('ArrowRight')
    expect(await focusedTestId(page)).toBe('tab-descriptors')
    await page.getByTestId('descriptor-table').waitFor()
    await page.keyboard.press('ArrowLeft')
    expect(await focusedTestId(page)).toBe('tab-edit')
    await page.getByTestId('header-title').waitFor()

    // every dialog of the editor: focus goes in, stays in on Tab, Escape closes, focus returns to the opener
    await openAndEscape(page, 'print', 'print-dialog')
    await openAndEscape(page, 'pick-objectives', 'objective-picker', async () => {
      await page.getByTestId('picker-option').first().waitFor()
      expect(await focusedTestId(page)).toBe('picker-search')
    })
    await openAndEscape(page, 'send-for-review', 'send-panel', async () => {
      expect(await focusedTestId(page)).toBe('profile-name')
    }, false)
    // picking from the catalogue by keyboard: ↓ into the list, Space ticks, Enter adds
    await tabTo(page, '[data-testid=pick-objectives]')
    await page.keyboard.press('Enter')
    await page.getByTestId('picker-option').first().waitFor()
    await page.keyboard.press('ArrowDown')
    expect(await focusedTestId(page)).toBe('picker-list')
    await page.keyboard.press('Space')
    await page.keyboard.press('Enter')
    await page.getByTestId('objective-picker').waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('objective-code').count()).toBe(2)
    expect(await focusedTestId(page)).toBe('pick-objectives')
    // a removal by keyboard leaves focus on the neighbour, not on <body>
    await tabTo(page, '[data-testid=objectives] li:nth-child(2) .row-actions button.danger')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('objective-code').count()).toBe(1)
    expect(await focusedTestId(page)).toBe('objective-code')
    await tabTo(page, '[data-testid=task-2] [data-testid=task-remove]')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.task-card').count()).toBe(1)
    expect(await focusIsIn(page, '[data-testid=task-1]')).toBe(true)
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.locator('.task-card').count()).toBe(2)
    await waitSaved(page)

    // the catalogue's dialogs, reached through the header's navigation
    await tabTo(page, '[data-testid=nav-catalogue]', { back: true, max: 200 })
    await page.keyboard.press('Enter')
    await page.getByTestId('catalogue-add').waitFor()
    for (const [opener, dialog] of [['catalogue-add', 'objective-form'], ['catalogue-add-section', 'section-form'], ['catalogue-import', 'import-paste']]) {
      await openAndEscape(page, opener, dialog)
    }
    expect(await pointerPresses()).toBe(0)
    await context.close()
  })

  it('works by keyboard alone for the mentor on the same computer: choose a field, comment on it, finish the review', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('new-unit').click()
    await page.getByTestId('add-task').click()
    await page.keyboard.type('Тапсырма мәтіні')
    await waitSaved(page)
    const pointerPresses = await countPointerPresses(page)
    await tabTo(page, '[data-testid=send-for-review]', { back: true })
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedTestId(page)).toBe('profile-name')
    await page.keyboard.type('Дана')
    await tabTo(page, '[data-testid=review-here]')
    await page.keyboard.press('Enter')
    await page.getByTestId('review-document').waitFor()
    // choosing a field puts the cursor in the new comment on it
    await tabTo(page, '[data-testid=review-field][data-field$="/text"]')
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedTestId(page)).toBe('comment-text')
    await page.keyboard.type('Нақтырақ жазыңыз')
    await tabTo(page, '[data-testid=add-comment]')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('thread').count()).toBe(1)
    // the teacher's own assessment on this computer: the mentor signs in by name before the verdict
    await tabTo(page, '[data-testid=profile-name]', { back: true })
    await page.keyboard.type('Айгүл')
    await tabTo(page, '[data-testid=mentor-sits-down]')
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedTestId(page)).toBe('verdict-summary')
    await tabTo(page, '[data-testid=verdict-requestChanges]')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('review-round').first().innerText()).toContain(reviewTrustMessages.kk.reviewTrust.outcome.requestChanges)
    expect(await pointerPresses()).toBe(0)
    const reviewPage = await tabRound(page)
    expect(reviewPage.reached).toBeGreaterThan(10)
    expect(reviewPage.invisible, 'review page').toEqual([])
    await context.close()
  })

  it('shows where the focus is: every control of the library, the editor and its dialogs has a visible focus ring', async () => {
    const { context, page } = await newPage(browser)
    const base = page.url().split('#')[0]
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-subject').fill('Физика')
    await page.getByTestId('header-grade').fill('7')
    await page.getByTestId('add-objective').click()
    await page.keyboard.type('7.2.1.1')
    await page.getByTestId('add-criterion').click()
    await page.keyboard.type('Жылдамдықты есептейді')
    await page.getByTestId('add-task').click()
    await page.keyboard.type('Тапсырма')
    await page.getByTestId('task-type').selectOption('multipleChoice')
    await page.getByTestId('add-option').click()
    await page.getByTestId('add-descriptor').click()
    await page.keyboard.type('есептейді')
    await page.getByTestId('add-task').click()
    await waitSaved(page)
    const editor = page.url()

    await page.goto(`${base}#/`)
    await page.locator('.assessment-card').first().waitFor()
    const library = await tabRound(page)
    expect(library.reached).toBeGreaterThan(15)
    expect(library.invisible, 'library').toEqual([])

    await page.goto(editor)
    await page.getByTestId('task-2').waitFor()
    const build = await tabRound(page)
    expect(build.reached).toBeGreaterThan(50)
    expect(build.invisible, 'editor').toEqual([])

    await page.getByTestId('print').click()
    await page.getByTestId('print-dialog').waitFor()
    const print = await tabRound(page)
    expect(print.reached).toBeGreaterThan(5)
    expect(print.invisible, 'print dialog').toEqual([])
    await page.keyboard.press('Escape')

    await page.getByTestId('pick-objectives').click()
    await page.getByTestId('picker-option').first().waitFor()
    const picker = await tabRound(page)
    expect(picker.invisible, 'objective picker').toEqual([])
    await page.keyboard.press('Escape')

    await page.goto(`${base}#/catalogue`)
    await page.getByTestId('catalogue-add').waitFor()
    const catalogue = await tabRound(page)
    expect(catalogue.invisible, 'catalogue').toEqual([])
    // the check itself notices a control without a ring
    await page.addStyleTag({ content: '[data-testid=catalogue-add]:focus-visible { box-shadow: none; outline: none }' })
    expect((await tabRound(page)).invisible.join()).toContain('catalogue-add')
    await context.close()
  })

  it('says every severity and review state in words on screen, in the built app (colour is never the only signal)', async () => {
    const { context, page } = await newPage(browser)
    const severity = checksMessages.kk.checks.severity
    await page.getByTestId('new-unit').click()
    await page.getByTestId('add-task').click()
    await page.keyboard.type('Тапсырма')
    await page.getByTestId('add-descriptor').click()
    await page.keyboard.type('Атайды') // a capital letter: a hint
    await waitSaved(page)
    const panel = page.getByTestId('checks-panel')
    if (await page.getByTestId('checks-show-hints').count()) await page.getByTestId('checks-show-hints').click()
    // rendered text (innerText follows the CSS): every finding in the panel and beside a field names its severity
    const shown = async (selector: string) => (await page.locator(selector).evaluateAll((els) => els.map((e) => [e.className, (e as HTMLElement).innerText]))) as [string, string][]
    const inPanel = await shown('[data-testid=checks-panel] .findings li')
    const besideFields = await shown('[data-testid=field-findings] li')
    expect(new Set(inPanel.map(([c]) => c))).toEqual(new Set(['error', 'warning', 'hint']))
    expect(besideFields.length).toBeGreaterThan(2)
    for (const [s, text] of [...inPanel, ...besideFields]) expect(text.toLowerCase(), text).toContain(severity[s as keyof typeof severity].toLowerCase())
    for (const s of ['error', 'warning', 'hint'] as const) expect(await panel.getByTestId(`checks-count-${s}`).innerText()).toContain(severity[s])
    expect(await page.getByTestId('review-status').innerText()).toBe(commonMessages.kk.status.draft)
    await page.goto(page.url().split('#')[0] + '#/')
    expect(await page.getByTestId('review-badge').first().innerText()).toBe(commonMessages.kk.status.draft)
    await context.close()
  })
})
