#!/usr/bin/env node
/**
 * Browser benchmarks in Debian's Chromium against a production build (built here into dist-bench/).
 * Prints figures with their goals; never fails on a number (benchmarks inform, tests decide).
 *   editor: a 100-task, 400-descriptor document — keystroke in a descriptor's mark → total updated on
 *   screen (median and worst of 50), and one autosave of the whole document (IndexedDB write).
 */
import { execFileSync } from 'node:child_process'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { bigAssessment } from './fixtures.mjs'

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return { median: s[Math.floor(s.length / 2)], worst: s[s.length - 1], n: s.length }
}
const ms = (x) => `${x.toFixed(2)} ms`

execFileSync('npx', ['vite', 'build', '--outDir', 'dist-bench', '--logLevel', 'error'], { stdio: 'inherit' })
let bundle
try {
  bundle = execFileSync('node', ['scripts/check-bundle.mjs'], { env: { ...process.env, E2E_DIST: 'dist-bench' }, encoding: 'utf8' })
} catch (e) {
  bundle = `${e.stdout ?? ''}${e.stderr ?? ''}` // over budget still prints its figure
}
const server = await preview({ build: { outDir: 'dist-bench' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
const url = server.resolvedUrls.local[0]
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS })
const rows = []
const firstLoad = bundle.match(/= ([\d.]+) kB gzip/)
rows.push(['first-load JavaScript (gzip)', firstLoad ? `${firstLoad[1]} kB` : bundle.trim(), '≤ 100 kB'])

try {
  const fcp = []
  const interactive = []
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const cold = await context.newPage()
    const start = Date.now()
    await cold.goto(url)
    await cold.locator('[data-testid=library-empty], [data-testid=library-list]').first().waitFor()
    interactive.push(Date.now() - start)
    fcp.push(await cold.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN))
    await context.close()
  }
  rows.push(['first contentful paint, cold (median of 5)', ms(stats(fcp).median), '< 1000 ms'])
  rows.push(['library interactive, cold (median of 5)', ms(stats(interactive).median), '< 1500 ms'])

  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  await page.goto(url)
  await page.locator('[data-testid=library-empty], [data-testid=library-list]').first().waitFor()
  const doc = bigAssessment(100, 4)
  // seed through the raw IndexedDB API, as the app's own tables store it
  await page.evaluate(async (row) => {
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('bagalau')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const tx = open.result.transaction('assessments', 'readwrite')
        tx.objectStore('assessments').put(row)
        tx.oncomplete = () => resolve(undefined)
        tx.onerror = () => reject(tx.error)
      }
    })
  }, doc)
  const t0 = Date.now()
  await page.goto(`${url}#/assessment/${doc.id}`)
  await page.getByTestId('task-100').waitFor()
  rows.push(['editor: open 100 tasks / 400 descriptors', ms(Date.now() - t0), '—'])

  const keystrokes = await page.evaluate(async () => {
    const total = document.querySelector('[data-testid=total-points]')
    const input = document.querySelectorAll('[data-testid=descriptor-points]')[200]
    const times = []
    for (let i = 0; i < 50; i++) {
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect()
          resolve(performance.now())
        })
        observer.observe(total, { characterData: true, childList: true, subtree: true })
      })
      const start = performance.now()
      input.value = String((i % 5) + 2)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      times.push((await changed) - start)
      await new Promise((r) => requestAnimationFrame(() => r(undefined)))
    }
    return times
  })
  const k = stats(keystrokes)
  rows.push([`editor: keystroke → total on screen (n=${k.n})`, `median ${ms(k.median)}, worst ${ms(k.worst)}`, 'median < 16 ms'])

  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  const saves = []
  for (let i = 0; i < 50; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('bagalau:save').length)
    await page.getByTestId('descriptor-points').nth(10).fill(String(2 + (i % 2)))
    const measured = await page
      .waitForFunction((n) => performance.getEntriesByName('bagalau:save').length > n, before, { timeout: 5000 })
      .then(() => true, () => false)
    if (!measured) break
    saves.push(await page.evaluate(() => performance.getEntriesByName('bagalau:save').at(-1).duration))
  }
  if (saves.length) {
    const s = stats(saves)
    rows.push([`editor: autosave of the whole document (n=${s.n})`, `median ${ms(s.median)}, worst ${ms(s.worst)}`, '< 50 ms'])
  } else rows.push(['editor: autosave of the whole document', 'not measured: the store records no bagalau:save measure', '< 50 ms'])
} finally {
  await browser.close()
  await server.close()
}

console.log('\n| benchmark | figure | goal |\n|---|---|---|')
for (const [name, figure, goal] of rows) console.log(`| ${name} | ${figure} | ${goal} |`)
