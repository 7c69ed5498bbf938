import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { launch, newPage, screenshot, waitSaved } from './browser'

const KAZAKH = 'ә ғ қ ң ө ұ ү һ і'
const HOSTILE = 'Берілгені: <w:p> ]]> & "тырнақша"'
// a 2 × 1 red PNG
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR42mP4z8DAwMDAAAAZ+gP9CMaPVgAAAABJRU5ErkJggg=='

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Adds criteria, tasks (with a picture) and descriptors to the open assessment straight in IndexedDB. */
async function seedTasks(page: Page, id: string): Promise<void> {
  await page.evaluate(
    async ({ id, hostile, kazakh, png }) => {
      const open = indexedDB.open('bagalau')
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      const tx = db.transaction(['assessments', 'pictures'], 'readwrite')
      const store = tx.objectStore('assessments')
      const row = await new Promise<Record<string, unknown>>((resolve) => {
        const get = store.get(id)
        get.onsuccess = () => resolve(get.result as Record<string, unknown>)
      })
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0))
      tx.objectStore('pictures').put({ id: 'blob-1', assessmentId: id, blob: new Blob([bytes], { type: 'image/png' }), mimeType: 'image/png' })
      const d = (i: string, text: string, points: number, criterionId: string) => ({ id: i, order: 0, text, points, criterionId })
      row.objectives = [{ id: 'o1', order: 0, code: '7.1.2.1', text: 'Жасушаның құрылысын түсіндіру' }]
      row.criteria = [
        { id: 'c1', order: 0, text: 'Жасушаның құрылысын сипаттайды', objectiveIds: ['o1'], level: 'knowledge' },
        { id: 'c2', order: 1, text: 'Жасушаларды салыстырады', objectiveIds: ['o1'], level: 'application' },
      ]
      const task = (i: number, type: string, criterionIds: string[], extra: Record<string, unknown>) => ({
        id: `t${i}`, order: i, text: `Тапсырма ${i} ${kazakh}`, type, level: 'knowledge', criterionIds, minutes: 5, answer: `Жауап ${i}`, script: '', teacherNotes: '',
        options: [], pictures: [], descriptors: [], ...extra,
      })
      row.tasks = [
        task(1, 'multipleChoice', ['c1'], {
          options: ['Ядро', 'Митохондрия', 'Рибосома', 'Вакуоль'].map((text, k) => ({ id: `op${k}`, order: k, text, correct: k === 0 })),
          descriptors: [d('d1', 'ядроны таңдайды', 1, 'c1')],
          pictures: [{ id: 'p1', order: 0, blobId: 'blob-1', caption: 'Сурет 1', width: 2, height: 1 }],
        }),
        task(2, 'shortAnswer', ['c1'], { text: hostile, descriptors: [d('d2', 'бөліктерін атайды', 1, 'c1'), d('d3', 'қызметін жазады', 2, 'c1')] }),
        task(3, 'extendedAnswer', ['c2'], { descriptors: [d('d4', 'ұқсастығын көрсетеді', 1, 'c2'), d('d5', 'айырмашылығын көрсетеді', 1, 'c2')] }),
      ]
      store.put(row)
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
    },
    { id, hostile: HOSTILE, kazakh: KAZAKH, png: PNG },
  )
}

describe('print to Word', () => {
  it('prints an assessment built in the UI and downloads a .docx holding it', async () => {
    const { context, page } = await newPage(browser)
    const docxRequests: string[] = []
    // the Word code runs in a worker (assets/worker-*.js) or, without one, in the docx chunk
    const onRequest = (r: { url(): string }) => {
      if (/\/assets\/(docx|worker)-[^/]+\.js$/.test(r.url())) docxRequests.push(r.url())
    }
    page.on('request', onRequest)
    page.on('worker', (w) => onRequest({ url: () => w.url() }))
    await page.getByTestId('new-unit').click()
    await page.getByTestId('header-title').fill(`«Жасушалар» бөлімі бойынша жиынтық бағалау ${KAZAKH}`)
    await page.getByTestId('header-subject').fill('Биология')
    await page.getByTestId('header-grade').fill('7')
    await page.getByTestId('header-term').fill('2')
    await page.getByTestId('header-sections').fill('Жасушалар')
    await waitSaved(page)
    const id = decodeURIComponent(/#\/assessment\/([^/?]+)/.exec(page.url())![1])
    await seedTasks(page, id)
    await page.reload()
    await page.getByTestId('print').click()
    const dialog = page.getByTestId('print-dialog')
    await dialog.waitFor()
    expect(await page.getByTestId('print-file-name').textContent()).toBe('БЖБ_7-сынып_Биология_2-тоқсан_Жасушалар.docx')
    for (const part of ['pupilSheet', 'descriptorTable', 'specification', 'markScheme', 'parentRubric']) {
      expect(await page.getByTestId(`print-part-${part}`).isChecked()).toBe(true)
    }
    await page.getByTestId('print-copies').fill('2')
    await page.getByTestId('print-copies').dispatchEvent('change')
    expect(await page.getByTestId('print-preview').textContent()).toContain('2 көшірме')
    await screenshot(page, 'print-dialog-kk')
    expect(docxRequests, 'the Word library loads only on download').toEqual([])

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-download').click()])
    expect(download.suggestedFilename()).toBe('БЖБ_7-сынып_Биология_2-тоқсан_Жасушалар.docx')
    await page.getByTestId('print-status').filter({ hasText: 'Дайын' }).waitFor()
    expect(docxRequests.length).toBeGreaterThanOrEqual(1)
    expect(docxRequests.some((u) => /worker-/.test(u)), 'built in a Web Worker').toBe(true)
    const bytes = readFileSync((await download.path())!)
    mkdirSync('test-results/docx', { recursive: true })
    writeFileSync('test-results/docx/e2e-kk.docx', bytes)
    const files = unzipSync(new Uint8Array(bytes))
    const xml = strFromU8(files['word/document.xml'])
    expect(xml).toContain(`Тапсырма 1 ${KAZAKH}`)
    expect(xml).toContain('Берілгені: &lt;w:p&gt; ]]&gt; &amp; &quot;тырнақша&quot;')
    expect(xml).toContain('<w:vMerge w:val="restart"/>')
    expect(xml).toContain('Жалпы балл')
    expect(xml).toContain('<w:drawing>')
    expect(Object.keys(files).some((p) => p.startsWith('word/media/'))).toBe(true)
    expect((xml.match(/Білім алушының аты-жөні: /g) ?? []).length).toBe(3) // the sheet and two rubric copies
    const header = Object.entries(files).find(([p]) => /^word\/header\d+\.xml$/.test(p))
    expect(header && strFromU8(header[1])).toContain('string="ЖОБА"')

    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await context.close()
  })

  it('shows the dialog in Russian and English, and lets the teacher leave parts out', async () => {
    for (const [lang, title, none] of [
      ['ru', 'Печать в Word', 'Выберите хотя бы одну часть.'],
      ['en', 'Print to Word', 'Choose at least one part.'],
    ] as const) {
      const { context, page } = await newPage(browser)
      await page.getByTestId(`ui-lang-${lang}`).click()
      await page.getByTestId('new-term').click()
      await page.getByTestId('header-title').fill(`Sample ${lang}`)
      await waitSaved(page)
      await page.getByTestId('print').click()
      await page.getByRole('dialog', { name: title }).waitFor()
      await screenshot(page, `print-dialog-${lang}`)
      for (const part of ['pupilSheet', 'descriptorTable', 'specification', 'markScheme', 'parentRubric']) await page.getByTestId(`print-part-${part}`).uncheck()
      expect(await page.getByTestId('print-download').isDisabled()).toBe(true)
      expect(await page.getByTestId('print-status').textContent()).toContain(none)
      await context.close()
    }
  })
})
