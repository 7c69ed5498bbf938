#!/usr/bin/env node
/**
 * `node bench/growth.mjs [dist]`: the growth page for a teacher with 60 assessments and 200 review rounds
 * (frozen versions with their findings, replies with verdicts, 300 threads, a third with suggestions). Seeds
 * IndexedDB through the raw API, then times opening the page (click on the nav link → the table's 60 rows
 * drawn) five times, and switching the interface language (→ the heading redrawn). PORT (default 4120).
 */
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, medianWorst, waitLibrary } from './common.mjs'

import { seedGrowth } from './growthSeed.mjs'

const dist = process.argv[2] ?? 'dist'
const server = await preview({ build: { outDir: dist }, preview: { port: Number(process.env.PORT ?? 4120), host: '127.0.0.1', strictPort: true }, logLevel: 'error' })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
try {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'kk-KZ' })).newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(server.resolvedUrls.local[0])
  await waitLibrary(page)
  const seeded = await page.evaluate(seedGrowth, { assessments: 60, rounds: 200 })
  const timeOpenings = async () => {
  const open = []
  for (let i = 0; i < 6; i++) {
    await page.goto(`${server.resolvedUrls.local[0]}#/`)
    await waitLibrary(page)
    const ms = await page.evaluate(async () => {
      const start = performance.now()
      document.querySelector('[data-testid=nav-growth]').click()
      await new Promise((resolve) => {
        const check = () => (document.querySelectorAll('[data-testid=growth-row]').length === 60 ? resolve(undefined) : requestAnimationFrame(check))
        check()
      })
      // the frame the rows are drawn in
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      return performance.now() - start
    })
    // the first opening loads the page's code: reported apart
    open.push(ms)
  }
  return open
  }
  const open = await timeOpenings()
  // what the page reads of the versions: the 200 summaries, against the 200 frozen versions read whole (raw getAll, median of 5)
  const readStore = (name) => page.evaluate(async (store) => {
    const database = await new Promise((resolve, reject) => {
      const req = indexedDB.open('bagalau')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    if (!database.objectStoreNames.contains(store)) return (database.close(), null)
    const start = performance.now()
    await new Promise((resolve) => (database.transaction(store).objectStore(store).getAll().onsuccess = resolve))
    database.close()
    return performance.now() - start
  }, name)
  const reads = { versions: [], versionSummaries: [] }
  for (let i = 0; i < 5; i++) for (const name of Object.keys(reads)) reads[name].push(await readStore(name))
  if (reads.versionSummaries[0] !== null) console.log(`read of 200 versions whole: ${medianWorst(reads.versions)}; of their 200 summaries: ${medianWorst(reads.versionSummaries)}`)
  // the same page without the summaries (database v12): every frozen version read whole, as before them
  const summaries = await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('bagalau')
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      if (!req.result.objectStoreNames.contains('versionSummaries')) return (req.result.close(), resolve(false))
      const tx = req.result.transaction('versionSummaries', 'readwrite')
      tx.objectStore('versionSummaries').clear()
      tx.oncomplete = () => (req.result.close(), resolve(true))
    }
  }))
  const whole = summaries ? await timeOpenings() : null
  const rounds = await page.getByTestId('growth-rounds').textContent()
  // the parts: reading the four tables raw (IndexedDB getAll), and redrawing the page in another language (no reading)
  const read = await page.evaluate(async () => {
    const start = performance.now()
    const database = await new Promise((resolve, reject) => {
      const open = indexedDB.open('bagalau')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const tx = database.transaction(['assessments', 'versions', 'reviews', 'threads'])
    await Promise.all(['assessments', 'versions', 'reviews', 'threads'].map((name) => new Promise((resolve) => (tx.objectStore(name).getAll().onsuccess = resolve))))
    database.close()
    return performance.now() - start
  })
  const relabel = []
  for (const lang of ['ru', 'en', 'kk', 'ru', 'kk']) {
    relabel.push(
      await page.evaluate(async (l) => {
        const start = performance.now()
        document.querySelector(`[data-testid=ui-lang-${l}]`).click()
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        return performance.now() - start
      }, lang),
    )
  }
  console.log(`raw IndexedDB read of the four tables: ${read.toFixed(0)} ms; redraw in another language: ${medianWorst(relabel)}`)
  console.log(`seeded: 60 assessments, ${seeded.versions} versions (rounds shown: ${rounds}), ${seeded.threads} threads`)
  console.log(`growth page, first opening (code loaded): ${open[0].toFixed(0)} ms`)
  console.log(`growth page, opened again (nav click → 60 rows drawn): ${medianWorst(open.slice(1))}`)
  if (whole) console.log(`growth page without the version summaries (200 versions read whole, as before database v12): ${medianWorst(whole.slice(1))}`)
  await page.screenshot({ path: 'test-results/screenshots/growth-bench-60.png', fullPage: false })
} finally {
  await browser.close()
  await server.close()
}
