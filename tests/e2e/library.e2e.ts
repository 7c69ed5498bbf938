import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, launch, newPage, screenshot, waitSaved } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

interface Header {
  kind: 'unit' | 'term'
  title: string
  subject: string
  grade: number
  term: number
}

const HISTORY: Header = { kind: 'unit', title: 'Кеңес үкіметі кезіндегі өзгерістер', subject: 'Қазақстан тарихы', grade: 9, term: 2 }
const PHYSICS: Header = { kind: 'term', title: 'Механикалық қозғалыс', subject: 'Физика', grade: 7, term: 1 }
const BIOLOGY: Header = { kind: 'unit', title: 'Жасушалар', subject: 'Биология', grade: 7, term: 2 }

/** Creates an assessment through the library's buttons and the header form, then returns to the library. */
async function createThroughUi(page: Page, h: Header): Promise<void> {
  await page.getByTestId(h.kind === 'unit' ? 'new-unit' : 'new-term').click()
  await page.getByTestId('header-title').fill(h.title)
  await page.getByTestId('header-subject').fill(h.subject)
  await page.getByTestId('header-grade').fill(String(h.grade))
  await page.getByTestId('header-term').fill(String(h.term))
  await waitSaved(page)
  await page.getByTestId('nav-examples').waitFor()
  await page.locator('.app-nav a').first().click()
  await page.getByTestId('library-list').waitFor()
}

const cardTitles = (page: Page) => page.locator('[data-testid=library-list] .card-title').allTextContents()
const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash)

async function waitTitles(page: Page, expected: string[]): Promise<void> {
  await expect.poll(async () => (await cardTitles(page)).map((t) => t.trim())).toEqual(expected)
}

describe('library: search, filters, sort, duplicate', () => {
  it('finds, filters, sorts and duplicates assessments made in the UI (kk)', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('library-empty').waitFor()
    for (const h of [HISTORY, PHYSICS, BIOLOGY]) await createThroughUi(page, h)
    await waitTitles(page, [BIOLOGY.title, PHYSICS.title, HISTORY.title])

    // a Kazakh word typed with Russian letters and in capitals: «ҮКІМЕТ» as «УКИМЕТ»
    await page.getByTestId('library-search').fill('УКИМЕТ')
    await waitTitles(page, [HISTORY.title])
    expect(await page.getByTestId('result-count').textContent()).toContain('1 / 3')
    // the address takes the text once typing pauses, not on every keystroke
    await expect.poll(() => hash(page)).toContain('q=УКИМЕТ')

    await page.getByTestId('library-search').fill('жок соз')
    await page.getByTestId('library-nothing-found').waitFor()
    await page.getByTestId('filters-clear').click()
    await waitTitles(page, [BIOLOGY.title, PHYSICS.title, HISTORY.title])

    // filters: kind, then grade + kind, then subject
    await page.getByTestId('filter-kind').selectOption('term')
    await waitTitles(page, [PHYSICS.title])
    await page.getByTestId('filter-kind').selectOption('unit')
    await page.getByTestId('filter-grade').selectOption('7')
    await waitTitles(page, [BIOLOGY.title])
    // the address follows the list's frame
    await expect.poll(() => hash(page)).toMatch(/kind=unit/)
    await expect.poll(() => hash(page)).toMatch(/grade=7/)

    // Back from an opened assessment returns to the same filtered list
    await page.locator('.card-title a', { hasText: BIOLOGY.title }).click()
    await expect.poll(() => page.getByTestId('header-title').inputValue()).toBe(BIOLOGY.title)
    await page.goBack()
    await waitTitles(page, [BIOLOGY.title])
    expect(await page.getByTestId('filter-grade').inputValue()).toBe('7')
    expect(await page.getByTestId('filter-kind').inputValue()).toBe('unit')

    await page.getByTestId('filters-clear').click()
    await page.getByTestId('filter-subject').selectOption('Қазақстан тарихы')
    await waitTitles(page, [HISTORY.title])
    await page.getByTestId('filters-clear').click()

    // sort: by title (Ж, К, М), by grade (7 term 1, 7 term 2, 9), back to last changed
    await page.getByTestId('library-sort').selectOption('title')
    await waitTitles(page, [BIOLOGY.title, HISTORY.title, PHYSICS.title])
    await page.getByTestId('library-sort').selectOption('grade')
    await waitTitles(page, [PHYSICS.title, BIOLOGY.title, HISTORY.title])
    await page.getByTestId('library-sort').selectOption('changed')
    await waitTitles(page, [BIOLOGY.title, PHYSICS.title, HISTORY.title])

    // duplicate ("use as a template"): an editable copy opens, titled in the document's language
    await page.locator('.assessment-card', { hasText: HISTORY.title }).getByTestId('duplicate').click()
    await expect.poll(() => page.getByTestId('header-title').inputValue()).toBe(`${HISTORY.title} (көшірме)`)
    expect(await page.getByTestId('header-subject').inputValue()).toBe(HISTORY.subject)
    await page.locator('.app-nav a').first().click()
    await waitTitles(page, [`${HISTORY.title} (көшірме)`, BIOLOGY.title, PHYSICS.title, HISTORY.title])
    await page.getByTestId('library-search').fill('укимет')
    await waitTitles(page, [`${HISTORY.title} (көшірме)`, HISTORY.title])
    await screenshot(page, 'library-search-kk')
    // typed and left at once, before the pause: the address took the text on the way out, Back returns to it
    await page.getByTestId('library-search').fill('механика')
    await waitTitles(page, [PHYSICS.title])
    await page.locator('.card-title a', { hasText: PHYSICS.title }).click()
    await expect.poll(() => page.getByTestId('header-title').inputValue()).toBe(PHYSICS.title)
    await page.goBack()
    await waitTitles(page, [PHYSICS.title])
    expect(await page.getByTestId('library-search').inputValue()).toBe('механика')
    expect(hash(page)).toContain('q=механика')
    await context.close()
  })
})

describe('library before its data', () => {
  it('shows a new visitor the empty library and a teacher her list before the database code is even asked for, and says so when that code cannot load', async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const layer = /\/assets\/layer-[\w-]+\.js$/
    let asked = 0
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(layer, async (route) => {
      asked += 1
      await held
      await route.continue()
    })
    // a new visitor: no database yet, the empty library with its «+ New» buttons, drawn without the database code
    await page.goto(baseUrl() + '/')
    await page.getByTestId('library-empty').waitFor()
    expect(await page.getByTestId('new-unit').isVisible()).toBe(true)
    expect(await page.getByTestId('library-loading').count()).toBe(0)
    // the database code is asked for only once the list is on screen; «+ New» waits for it
    await expect.poll(() => asked).toBe(1)
    release()
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-title').fill('Алгебра: квадраттық теңдеулер')
    await waitSaved(page)

    // a teacher with assessments: her card is on screen while the database code is held back again
    let releaseAgain: () => void = () => undefined
    const heldAgain = new Promise<void>((resolve) => (releaseAgain = resolve))
    await page.unrouteAll()
    await page.route(layer, async (route) => {
      await heldAgain
      await route.continue()
    })
    await page.goto('about:blank')
    await context.clearCookies()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.clearBrowserCache')
    await page.goto(baseUrl() + '/')
    const card = page.locator('.assessment-card', { hasText: 'Алгебра: квадраттық теңдеулер' })
    await card.waitFor()
    releaseAgain()
    // Dexie takes the list over: a move to the trash still follows at once
    await card.getByTestId('move-to-trash').click()
    await page.getByTestId('library-empty').waitFor()

    await page.unrouteAll()
    await page.route(layer, (route) => route.abort())
    await page.reload()
    const error = page.getByTestId('library-error')
    await error.waitFor()
    expect(await error.textContent()).toContain('Не удалось прочитать оценивания')
    await context.close()
  })

  it('starts loading the saved interface language from index.html, and the database code too on every page but the library', async () => {
    const { context, page } = await newPage(browser)
    // what index.html itself asks for, before any of the app's code runs (the app's own imports add links later)
    await context.addInitScript(() =>
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return
        const links = [...document.querySelectorAll('link[rel=modulepreload]')] as HTMLLinkElement[]
        ;(window as unknown as { early: string[] }).early = links.map((l) => new URL(l.href).pathname)
      }),
    )
    const preloaded = async () => {
      await page.waitForFunction(() => 'early' in window)
      return page.evaluate(() => (window as unknown as { early: string[] }).early)
    }
    await page.reload()
    expect((await preloaded()).some((p) => /\/assets\/layer-/.test(p))).toBe(false)
    expect((await preloaded()).some((p) => /\/assets\/kk-/.test(p))).toBe(true)
    await page.getByTestId('ui-lang-en').click()
    await page.locator('html[lang=en]').waitFor({ state: 'attached' })
    await page.reload()
    expect((await preloaded()).some((p) => /\/assets\/en-/.test(p))).toBe(true)
    expect((await preloaded()).some((p) => /\/assets\/kk-/.test(p))).toBe(false)
    expect((await preloaded()).some((p) => /\/assets\/layer-/.test(p))).toBe(false)
    await page.goto(baseUrl() + '/#/catalogue')
    await page.reload()
    expect((await preloaded()).some((p) => /\/assets\/layer-/.test(p))).toBe(true)
    await context.close()
  })
})

describe('worked examples', () => {
  it('makes an editable copy of the Kazakh history example and finds it in the library', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('nav-examples').click()
    const history = page.getByTestId('example-sor-kk-history-9')
    await history.waitFor()
    expect(await history.textContent()).toContain('3 тапсырма · 13 балл')
    expect(await history.getByTestId('example-source').getAttribute('href')).toMatch(/^http:\/\/engime\.org\//)
    // what the published page lacked was written for the example, and the card says so
    expect(await history.getByTestId('example-added').textContent()).toContain('тапсырма мәтіндері')
    expect(await page.locator('[data-testid^=example-sor], [data-testid^=example-soch]').count()).toBe(10)
    expect(hash(page)).toBe('#/examples')

    await history.getByTestId('example-copy').click()
    await expect.poll(() => hash(page)).toMatch(/^#\/assessment\/[0-9a-zA-Z]{16}$/)
    await expect.poll(() => page.getByTestId('header-title').inputValue()).toBe('БЖБ. Қазақстан тарихы, 9-сынып, 3-тоқсан. «Қазақстан соғыстан кейінгі жылдары (1946–1991)»')

    await page.locator('.app-nav a').first().click()
    const card = page.locator('.assessment-card', { hasText: 'Қазақстан тарихы, 9-сынып' })
    await card.waitFor()
    expect(await card.textContent()).toContain('3 тапсырма · 13 балл')
    expect(await card.textContent()).toContain('Жоба')

    // its descriptors are searchable, with a Russian keyboard: «жағымсыз» as «жагымсыз» (the hint quotes where the first word is: «жазады» is only in the descriptors)
    await page.getByTestId('library-search').fill('жазады жагымсыз')
    await card.getByTestId('match-hint').waitFor()
    expect(await card.getByTestId('match-hint').textContent()).toContain('Дескрипторда')
    await context.close()
  })

  it('opens an example read-only, with its source, without adding it to the library', async () => {
    const { context, page } = await newPage(browser, 'ru-RU')
    await page.getByTestId('nav-examples').click()
    await page.getByTestId('example-sor-ru-history-kz-kazakh-khanate').getByTestId('example-open').click()
    await expect.poll(() => hash(page)).toBe('#/example/sor-ru-history-kz-kazakh-khanate')
    const banner = page.getByTestId('example-banner')
    await banner.waitFor()
    expect(await banner.getByTestId('example-source').getAttribute('href')).toMatch(/^http:\/\/engime\.org\//)
    // descriptors show in their (disabled) fields
    const values = () => page.locator('main textarea, main input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    await expect.poll(values).toContain('приводит 1 факт из источника;')
    await screenshot(page, 'example-open-ru')
    await page.locator('.app-nav a').first().click()
    await page.getByTestId('library-empty').waitFor()
    await context.close()
  })

  it('loads no example file before the Examples page is opened', async () => {
    const { context, page } = await newPage(browser)
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    await page.reload()
    await page.getByTestId('library-empty').waitFor()
    expect(requested.filter((u) => /sor-|soch-|workedExamples|ExamplesView/.test(u))).toEqual([])
    await page.getByTestId('nav-examples').click()
    await page.getByTestId('examples-list').waitFor()
    // the transcription and what was written for the example: each fetched once
    const historyFiles = requested.filter((u) => /sor-kk-history-9/.test(u))
    expect(historyFiles.length).toBeGreaterThan(0)
    expect(new Set(historyFiles).size).toBe(historyFiles.length)
    await context.close()
  })
})

describe('screenshots in three languages', () => {
  for (const [lang, browserLocale] of [['kk', 'kk-KZ'], ['ru', 'ru-RU'], ['en', 'en-GB']] as const) {
    it(`library and examples in ${lang}`, async () => {
      const { context, page } = await newPage(browser, browserLocale)
      await page.getByTestId(`ui-lang-${lang}`).click()
      await page.getByTestId('nav-examples').click()
      await page.getByTestId('examples-list').waitFor()
      await screenshot(page, `examples-${lang}`)
      for (const slug of ['sor-ru-history-kz-kazakh-khanate', 'sor-en-english-5-t1', 'sor-kk-math-2-t4']) {
        await page.getByTestId(`example-${slug}`).getByTestId('example-copy').click()
        await expect.poll(() => hash(page)).toMatch(/^#\/assessment\//)
        await page.getByTestId('nav-examples').click()
        await page.getByTestId('examples-list').waitFor()
      }
      await page.locator('.app-nav a').first().click()
      await page.getByTestId('library-list').waitFor()
      await page.getByTestId('filter-kind').selectOption('unit')
      await page.getByTestId('library-search').fill('факт')
      await page.getByTestId('match-hint').first().waitFor()
      while ((await page.locator('.toast button.icon').count()) > 0) await page.locator('.toast button.icon').first().click()
      await screenshot(page, `library-filtered-${lang}`)
      await context.close()
    })
  }
})
