import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { baseUrl, launch, newPage, screenshot, waitLibraryLoaded, waitSaved } from './browser'

const KAZAKH = 'Ә ғ қ ң ө ұ ү һ і'
const LANGS = ['kk', 'ru', 'en'] as const

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Writes rows straight into IndexedDB (db 'bagalau', store 'assessments'), as an earlier session would have. */
async function seed(page: Page, rows: Record<string, unknown>[]): Promise<void> {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bagalau')
        open.onsuccess = () => {
          const tx = open.result.transaction('assessments', 'readwrite')
          for (const row of list) tx.objectStore('assessments').put(row)
          tx.oncomplete = () => (open.result.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
    rows,
  )
}

async function readAll(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('bagalau')
        open.onsuccess = () => {
          const req = open.result.transaction('assessments').objectStore('assessments').getAll()
          req.onsuccess = () => (open.result.close(), resolve(req.result as Record<string, unknown>[]))
          req.onerror = () => reject(req.error)
        }
      }),
  )
}

function assessmentRow(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const now = 1_760_000_000_000 + i
  return {
    id: `seed${String(i).padStart(4, '0')}`,
    kind: i % 2 ? 'term' : 'unit',
    language: 'kk',
    title: `Бағалау №${i} ${KAZAKH}`,
    subject: 'Биология',
    grade: 7,
    term: (i % 4) + 1,
    sections: ['Жасушалар'],
    durationMinutes: 20,
    objectives: [{ id: `o${i}`, order: 1024, code: '7.1.1.1', text: 'жасуша құрылымын сипаттау' }],
    criteria: [{ id: `c${i}`, order: 1024, text: 'Жасуша бөліктерін анықтайды', objectiveIds: [`o${i}`], level: 'knowledge' }],
    tasks: [
      {
        id: `t${i}`, order: 1024, text: `Тапсырма ${KAZAKH}`, type: 'multipleChoice', level: 'knowledge', criterionIds: [`c${i}`], minutes: 5, answer: 'ядро', script: '', teacherNotes: '',
        options: [{ id: `op${i}`, order: 1024, text: 'ядро', correct: true }], pictures: [],
        descriptors: [{ id: `d${i}`, order: 1024, text: 'ядроны атайды', points: 1, criterionId: `c${i}` }],
      },
    ],
    rubricEdits: {},
    specEdits: {},
    variant: null,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    source: '',
    ...extra,
  }
}

const byId = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)))

describe('data: backup, restore, two tabs, full disk, crash, hostile text', () => {
  it('backs up 200 assessments, survives a wiped database and restores them field by field', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('library-empty').waitFor()
    await seed(page, Array.from({ length: 200 }, (_, i) => assessmentRow(i)))
    const before = byId(await readAll(page))
    expect(before).toHaveLength(200)

    await page.getByTestId('nav-data').click()
    await page.getByTestId('data-page').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()])
    expect(download.suggestedFilename()).toMatch(/^bagalau-backup-\d{4}-\d\d-\d\d-\d{4}\.json$/)
    const path = await download.path()
    const file = JSON.parse(readFileSync(path, 'utf8')) as { bagalau: { counts: Record<string, number> } }
    expect(file.bagalau.counts.assessments).toBe(200)
    await page.getByTestId('backup-done').waitFor()

    // wipe: the app's connection closes on versionchange, the database goes away
    await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('bagalau').onsuccess = resolve)))
    await page.goto(baseUrl() + '/#/')
    await page.reload()
    // the empty library is drawn before the database code loads; that code then creates the database again
    await waitLibraryLoaded(page)
    await page.getByTestId('library-empty').waitFor()
    expect(await readAll(page)).toEqual([])

    await page.goto(baseUrl() + '/#/data')
    await page.getByTestId('restore-file').setInputFiles(path)
    await page.getByTestId('restore-preview').waitFor()
    expect(await page.getByTestId('preview-count-assessments').textContent()).toContain('200')
    for (const lang of LANGS) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await screenshot(page, `data-restore-preview-${lang}`)
    }
    await page.getByTestId('restore-replace').check()
    await page.getByTestId('restore-apply').click()
    await page.getByTestId('restore-done').waitFor()
    expect(byId(await readAll(page))).toEqual(before)

    await page.goto(baseUrl() + '/#/')
    await page.locator('.assessment-card', { hasText: 'Бағалау №199' }).waitFor()
    await context.close()
  })

  it('shows the data page in kk, ru and en, and refuses a broken file in plain words', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(baseUrl() + '/#/data')
    await page.getByTestId('data-page').waitFor()
    await page.getByTestId('restore-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"bagalau":{"app":"bagalau","formatVersion":1') })
    await page.getByTestId('restore-error').waitFor()
    expect(await page.getByTestId('restore-error').getAttribute('data-kind')).toBe('notJson')
    for (const lang of LANGS) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await page.getByTestId('storage-persisted').waitFor()
      await screenshot(page, `data-page-${lang}`)
    }
    await context.close()
  })

  it('merges an older backup: the preview names what is newer on each side before writing, and the restore reports progress slice by slice', async () => {
    const { context, page } = await newPage(browser)
    await seed(page, Array.from({ length: 120 }, (_, i) => assessmentRow(i)))
    await page.goto(baseUrl() + '/#/data')
    await page.getByTestId('data-page').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()])
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      bagalau: { counts: Record<string, number> }
      data: { tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: Record<string, unknown>[] }[] }
    }
    // the file is older for seed0000 (edited here since) and newer for seed0001 (edited on another machine)
    await seed(page, [assessmentRow(0, { title: 'Осында кейін өзгертілген', updatedAt: Date.now() })])
    const rows = file.data.data.find((t) => t.tableName === 'assessments')!.rows
    Object.assign(rows.find((r) => r.id === 'seed0001')!, { title: 'Басқа компьютерде өзгертілген', updatedAt: Date.now() + 60_000 })
    rows.push(assessmentRow(500, { id: 'fromfile0001', title: 'Тек файлда бар бағалау' }))
    file.bagalau.counts.assessments++
    file.data.tables.find((t) => t.name === 'assessments')!.rowCount++
    const before = byId(await readAll(page))

    await page.getByTestId('restore-file').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })
    await page.getByTestId('merge-plan').waitFor()
    const plan = page.getByTestId('merge-plan-assessments')
    expect(await plan.locator('[data-outcome=added]').textContent()).toContain('1')
    expect(await plan.locator('[data-outcome=same]').textContent()).toContain('118')
    expect(await plan.locator('[data-outcome=keptHere]').textContent()).toContain('1')
    expect(await plan.locator('[data-outcome=takenFromFile]').textContent()).toContain('1')
    const collisions = page.getByTestId('merge-collision')
    expect(await collisions.count()).toBe(2)
    expect(await page.locator('[data-testid=merge-collision][data-kept=here]').textContent()).toContain('Осында кейін өзгертілген')
    expect(await page.locator('[data-testid=merge-collision][data-kept=file]').textContent()).toContain('Басқа компьютерде өзгертілген')
    expect(byId(await readAll(page))).toEqual(before) // the preview wrote nothing
    for (const lang of LANGS) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await screenshot(page, `data-merge-preview-${lang}`)
    }

    // every progress step the page shows, as it shows it
    await page.evaluate(() => {
      const w = window as unknown as { __progress: string[] }
      w.__progress = []
      new MutationObserver(() => {
        const p = document.querySelector<HTMLElement>('[data-testid=restore-progress]')
        if (p && w.__progress.at(-1) !== `${p.dataset.done}/${p.dataset.total}`) w.__progress.push(`${p.dataset.done}/${p.dataset.total}`)
      }).observe(document.body, { subtree: true, childList: true, attributes: true })
    })
    await page.getByTestId('restore-apply').click()
    await page.getByTestId('restore-done').waitFor()
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)
    const total = Object.values(file.bagalau.counts).reduce((a, b) => a + b, 0)
    const done = progress.map((p) => Number(p.split('/')[0])).filter((n, i) => progress[i].endsWith(`/${total}`))
    // 121 assessments at 50 a slice: the page showed the restore part-way at least twice before the end
    expect(done.filter((n) => n > 0 && n < total).length).toBeGreaterThanOrEqual(2)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(done.at(-1)).toBe(total)

    const after = new Map((await readAll(page)).map((r) => [r.id, r.title]))
    expect(after.get('seed0000')).toBe('Осында кейін өзгертілген')
    expect(after.get('seed0001')).toBe('Басқа компьютерде өзгертілген')
    expect(after.get('fromfile0001')).toBe('Тек файлда бар бағалау')
    expect(after.size).toBe(121)
    await context.close()
  })

  it('tells a review file given to the restore page what it is and leads to where it opens', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(baseUrl() + '/#/data')
    await page.getByTestId('data-page').waitFor()
    const pack = { format: 'bagalau.review-package', formatVersion: 1, assessment: {} }
    await page.getByTestId('restore-file').setInputFiles({ name: 'review.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) })
    await page.getByTestId('restore-error').waitFor()
    expect(await page.getByTestId('restore-error').getAttribute('data-kind')).toBe('reviewPackage')
    for (const lang of LANGS) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await screenshot(page, `data-review-file-refused-${lang}`)
    }
    await page.getByTestId('restore-error-elsewhere').click()
    await page.getByTestId('package-file').waitFor({ state: 'attached' })
    expect(page.url()).toContain('#/review')
    await context.close()
  })

  it('tells the later of two tabs editing the same assessment and keeps its text as a copy', async () => {
    const { context, page: a } = await newPage(browser)
    await a.getByTestId('new-unit').click()
    await a.getByTestId('header-title').waitFor()
    const url = a.url()
    const b = await context.newPage()
    await b.goto(url)
    await b.getByTestId('header-title').waitFor()

    // both tabs type before either saves: B saves first, A is the later writer
    await b.getByTestId('header-title').fill('B бетіндегі мәтін')
    await a.getByTestId('header-title').fill('A бетіндегі мәтін')
    await a.getByTestId('save-conflict').waitFor()
    expect(await a.getByTestId('header-title').inputValue()).toBe('A бетіндегі мәтін')
    for (const lang of LANGS) {
      await a.getByTestId(`ui-lang-${lang}`).click()
      await screenshot(a, `save-conflict-${lang}`)
    }
    await a.getByTestId('conflict-take-theirs').click()
    await expect.poll(() => a.getByTestId('header-title').inputValue()).toBe('B бетіндегі мәтін')

    // changes in one tab appear in the other
    await b.getByTestId('header-title').fill('B екінші рет')
    await waitSaved(b)
    await expect.poll(() => a.getByTestId('header-title').inputValue()).toBe('B екінші рет')

    await a.goto(baseUrl() + '/#/')
    await a.locator('.assessment-card', { hasText: 'A бетіндегі мәтін' }).waitFor()
    await context.close()
  })

  it('keeps the text on a full disk, says so, retries, and still makes a backup', async () => {
    const { context, page } = await newPage(browser)
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-title').waitFor()
    await page.evaluate(() => {
      const w = window as unknown as { __diskFull: boolean }
      w.__diskFull = true
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (w.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return put.apply(this, args)
      }
    })
    await page.getByTestId('header-title').fill('Диск толы кезде жазылған мәтін')
    await page.getByTestId('save-failed').waitFor()
    expect(await page.getByTestId('save-failed').getAttribute('data-problem')).toBe('quota')
    expect(await page.getByTestId('header-title').inputValue()).toBe('Диск толы кезде жазылған мәтін')
    for (const lang of LANGS) {
      await page.getByTestId(`ui-lang-${lang}`).click()
      await screenshot(page, `save-failed-quota-${lang}`)
    }
    await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = false))
    await waitSaved(page) // the automatic retry
    await page.reload()
    await expect.poll(() => page.getByTestId('header-title').inputValue()).toBe('Диск толы кезде жазылған мәтін')

    // a backup only reads: it works while every write fails
    await page.goto(baseUrl() + '/#/data')
    await page.getByTestId('data-page').waitFor()
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()])
    expect(readFileSync(await download.path(), 'utf8')).toContain('Диск толы кезде жазылған мәтін')
    await context.close()
  })

  it('keeps text typed up to about a second before the tab died', async () => {
    const context = await browser.newContext({ locale: 'kk-KZ' })
    // the crash has no pagehide or visibilitychange: stop them before the app sees them
    await context.addInitScript(() => {
      for (const type of ['pagehide', 'visibilitychange', 'beforeunload', 'unload']) window.addEventListener(type, (e) => e.stopImmediatePropagation(), true)
    })
    const page = await context.newPage()
    await page.goto(baseUrl() + '/')
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-title').waitFor()
    const url = page.url()
    const typed = 'Жасушалар бөлімі бойынша жиынтық бағалау, бірінші нұсқа: Ә ғ қ ң ө ұ ү һ і'
    await page.getByTestId('header-title').click()
    await page.keyboard.type(typed, { delay: 50 })
    await page.close({ runBeforeUnload: false })

    const again = await context.newPage()
    await again.goto(url)
    await again.getByTestId('header-title').waitFor()
    const kept = await again.getByTestId('header-title').inputValue()
    console.info(`crash: ${kept.length} of ${typed.length} letters kept`)
    expect(typed.startsWith(kept)).toBe(true)
    // 50 ms a letter: a second is 20 letters; allow a little more for the last write to land
    expect(kept.length).toBeGreaterThanOrEqual(typed.length - 25)
    await context.close()
  })

  it('shows script payloads in every text field as text and runs none of them', async () => {
    const { context, page } = await newPage(browser)
    const payloads = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', '"><svg onload="window.__pwned=3">']
    const p = (i: number) => `${payloads[i % 3]} ${KAZAKH}`
    const row = assessmentRow(1, { id: 'hostile0001', title: p(0), subject: p(1), sections: [p(2)] }) as Record<string, never>
    const task = (row.tasks as Record<string, unknown>[])[0]
    Object.assign(task, { text: p(0), answer: p(1), options: [{ id: 'op', order: 1024, text: p(2), correct: true }], descriptors: [{ id: 'd', order: 1024, text: p(0), points: 1, criterionId: 'c1' }] })
    ;(row.objectives as Record<string, unknown>[])[0].text = p(1)
    ;(row.criteria as Record<string, unknown>[])[0].text = p(2)
    await seed(page, [row])
    await page.reload()
    await page.locator('.assessment-card').first().waitFor()
    await page.goto(baseUrl() + '/#/assessment/hostile0001')
    await page.getByTestId('header-title').waitFor()
    // every tab's view has rendered the payloads before their absence of effect is asserted
    for (const tab of await page.locator('.editor-tabs [role=tab]').all()) {
      const id = (await tab.getAttribute('data-testid'))!.replace(/^tab-/, '')
      await tab.click()
      await page.locator(id === 'edit' ? '[data-testid=header-title]' : `[role=tabpanel] [data-tab=${id}]`).waitFor()
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('img[src=x], svg[onload]').count()).toBe(0)
    await page.getByTestId('tab-edit').click()
    expect(await page.getByTestId('header-title').inputValue()).toBe(p(0))
    expect(await page.getByTestId('header-subject').inputValue()).toBe(p(1))

    // and in the printed Word file the payloads are plain text: escaped, never markup
    await page.getByTestId('print').click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-download').click()])
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)))
    const xml = strFromU8(files['word/document.xml'])
    expect(xml).toContain('&lt;script&gt;window.__pwned=2&lt;/script&gt;')
    expect(xml).toContain('&lt;img src=x onerror=')
    expect(xml).not.toMatch(/<script|<img|<svg/)
    expect(xml).toContain(KAZAKH)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await context.close()
  })
})
