#!/usr/bin/env node
/**
 * The library with 2,000 assessments in Debian's Chromium, against a production build
 * (E2E_DIST, default dist-library-bench/, built here). Prints figures; never fails on a number.
 *   open: reload → first cards and the count on screen; keystroke in the search box → count updated;
 *   a filter change → count updated; move one to the trash → the list re-read and redrawn.
 */
import { execFileSync } from 'node:child_process'
import { chromium } from 'playwright-core'
import { preview } from 'vite'

const N = 2000
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return { median: s[Math.floor(s.length / 2)], worst: s[s.length - 1], n: s.length }
}
const ms = (x) => `${x.toFixed(1)} ms`
const fmt = (xs) => {
  const s = stats(xs)
  return `median ${ms(s.median)}, worst ${ms(s.worst)} (n=${s.n})`
}

const outDir = process.env.E2E_DIST ?? 'dist-library-bench'
if (!process.env.E2E_DIST) execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' })
const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
const url = server.resolvedUrls.local[0]
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS })
const rows = []

try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'kk-KZ' })).newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(url)
  await page.locator('[data-testid=library-empty], [data-testid=library-list]').first().waitFor()
  // 2,000 assessments of 6 tasks × 4 descriptors, written through the raw IndexedDB API in the stored shape
  await page.evaluate(async (n) => {
    const words = ['тарихи', 'оқиғаны', 'анықтайды', 'себептерін', 'жазады', 'салдарын', 'мысалдар', 'келтіреді', 'определяет', 'влияние', 'решает', 'задачу']
    const subjects = ['Қазақстан тарихы', 'Математика', 'Физика', 'Биология', 'English', 'Қазақ тілі', 'Русский язык', 'География']
    const text = (seed, count) => Array.from({ length: count }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ') + ` ${seed}`
    let seq = 0
    const id = () => `b${(++seq).toString(36).padStart(15, '0')}`
    const rows = []
    for (let i = 0; i < n; i++) {
      const objectives = [0, 1, 2].map((k) => ({ id: id(), order: (k + 1) * 1024, code: `${(i % 11) + 1}.${k + 1}.${i % 4}.${k}`, text: text(i + k, 10) }))
      const criteria = [0, 1].map((k) => ({ id: id(), order: (k + 1) * 1024, text: text(i * 3 + k, 8), objectiveIds: [objectives[k].id], level: null }))
      const tasks = [0, 1, 2, 3, 4, 5].map((k) => ({
        id: id(), order: (k + 1) * 1024, text: text(i * 5 + k, 40), type: 'shortAnswer', level: null, criterionIds: [criteria[k % 2].id],
        minutes: null, answer: text(k, 4), options: [], pictures: [],
        descriptors: [0, 1, 2, 3].map((d) => ({ id: id(), order: (d + 1) * 1024, text: text(i + k + d, 7), points: 1, criterionId: criteria[k % 2].id })),
      }))
      rows.push({
        id: id(), kind: i % 3 === 0 ? 'term' : 'unit', language: 'kk', title: `«${text(i, 3)}» бөлімі бойынша жиынтық бағалау ${i}`,
        subject: subjects[i % subjects.length], grade: (i % 11) + 1, term: (i % 4) + 1, sections: [], durationMinutes: 20,
        objectives, criteria, tasks, status: 'draft', createdAt: 1_700_000_000_000 + i * 1000, updatedAt: 1_700_000_000_000 + i * 1000, deletedAt: null, source: '',
      })
    }
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('bagalau')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const tx = open.result.transaction('assessments', 'readwrite')
        for (const row of rows) tx.objectStore('assessments').put(row)
        tx.oncomplete = () => resolve(undefined)
        tx.onerror = () => reject(tx.error)
      }
    })
  }, N)

  const opens = []
  for (let i = 0; i < 5; i++) {
    const start = Date.now()
    await page.reload()
    await page.waitForFunction((n) => document.querySelector('[data-testid=result-count]')?.textContent?.includes(`/ ${n}`), N)
    await page.locator('.assessment-card').first().waitFor()
    opens.push(Date.now() - start)
  }
  rows.push([`open the library of ${N} (reload → cards and count on screen)`, fmt(opens), '< 1500 ms'])

  // keystroke → Vue's update done (a macrotask after the input event runs after its microtask flush), and
  // → the next frame drawn; typed and erased letter by letter, as a teacher types
  const typing = await page.evaluate(async () => {
    const input = document.querySelector('[data-testid=library-search]')
    const steps = [...'окиганы'].map((_, i, all) => all.slice(0, i + 1).join(''))
    const sequence = [...steps, ...steps.slice(0, -1).reverse(), '', '7.2', '7.2.', 'жазады 5', 'жок', '']
    const updated = []
    const drawn = []
    for (const value of sequence) {
      const start = performance.now()
      input.value = value
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise((resolve) => setTimeout(resolve, 0))
      updated.push(performance.now() - start)
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      drawn.push(performance.now() - start)
      await new Promise((resolve) => setTimeout(resolve, 30))
    }
    return { updated, drawn }
  })
  if (process.env.BENCH_VERBOSE) console.log(typing.updated.map((x) => x.toFixed(0)).join(' '))
  rows.push(['keystroke in the search box → search done and list patched', fmt(typing.updated), 'median < 16 ms'])
  rows.push(['keystroke in the search box → next frame drawn', fmt(typing.drawn), 'median < 50 ms'])

  const filters = []
  for (const [testid, value] of [['filter-kind', 'term'], ['filter-grade', '5'], ['filter-kind', ''], ['filter-grade', ''], ['library-sort', 'title'], ['library-sort', 'grade'], ['library-sort', 'changed']]) {
    const start = Date.now()
    await page.getByTestId(testid).selectOption(value)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
    filters.push(Date.now() - start)
  }
  rows.push(['filter or sort change → list redrawn', fmt(filters), '< 100 ms'])

  const trash = []
  for (let i = 0; i < 5; i++) {
    const card = page.locator('.assessment-card').first()
    const title = await card.locator('.card-title').textContent()
    const start = Date.now()
    await card.getByTestId('move-to-trash').click()
    await page.locator('.assessment-card .card-title', { hasText: title }).waitFor({ state: 'detached' })
    trash.push(Date.now() - start)
  }
  rows.push([`move to trash → ${N} re-read from IndexedDB and the list redrawn`, fmt(trash), '< 500 ms'])
} finally {
  await browser.close()
  await server.close()
}

console.log('\n| benchmark | figure | goal |\n|---|---|---|')
for (const [name, figure, goal] of rows) console.log(`| ${name} | ${figure} | ${goal} |`)
