#!/usr/bin/env node
/**
 * Looks for a library that never opens: the library bench's setup (a fresh browser context, the library, 2,000
 * assessments written) and reloads of it under the conditions a teacher meets — a reload while the previous page is
 * still reading the whole list, a reload right after the last one, a reload during a write (a move to the trash),
 * two tabs. Every wait has a budget (RELOAD_BUDGET_MS, 30 s); a wait over it is a hang, and what the page is waiting
 * on is printed (its text, the databases, the Web Locks, a fresh connection's open, the service worker).
 *
 *   node bench/reloadHang.mjs [tries=40]       (BENCH_DIST=dir: a build made earlier; default dist/)
 */
import { preview } from 'vite'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, waitLibrary } from './common.mjs'
import { seedLibrary } from './browser/library.mjs'

const tries = Number(process.argv[2] ?? 40)
const budget = Number(process.env.RELOAD_BUDGET_MS ?? 30_000)
const dist = process.env.BENCH_DIST ?? 'dist'
const N = 2000

/** `work` or, after `budget` ms, a 'hang' (the work is left running). */
async function within(what, work) {
  let timer
  const hang = new Promise((resolve) => (timer = setTimeout(() => resolve('hang'), budget)))
  try {
    const result = await Promise.race([work.then(() => 'ok', (e) => `error: ${String(e.message).split('\n')[0]}`), hang])
    return { what, result }
  } finally {
    clearTimeout(timer)
  }
}

const shown = (page, total) =>
  page.waitForFunction(
    (n) => document.querySelector('[data-testid=result-count]')?.textContent?.includes(`/ ${n}`) && document.querySelector('.assessment-card'),
    total,
    { timeout: 0 },
  )
const whole = (page) => page.waitForFunction(() => document.querySelector('[data-testid=result-count]')?.dataset.complete === 'true', null, { timeout: 0 })

/** What the page is waiting on, read through CDP (answers even when a page function would wait behind the hang). */
async function diagnose(page) {
  const cdp = await page.context().newCDPSession(page)
  const ask = async (expression) => {
    const answer = await Promise.race([
      cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }),
      new Promise((r) => setTimeout(() => r({ result: { value: '(no answer in 5 s)' } }), 5000)),
    ])
    return answer.exceptionDetails ? `threw: ${answer.exceptionDetails.text}` : answer.result?.value
  }
  const out = {
    url: await ask('location.href'),
    text: await ask(`document.body.innerText.slice(0, 200)`),
    count: await ask(`document.querySelector('[data-testid=result-count]')?.textContent ?? '(no count)'`),
    notice: await ask(`document.querySelector('[data-testid=database-wait]')?.dataset.wait ?? '(no database notice)'`),
    databases: await ask(`indexedDB.databases().then(d => JSON.stringify(d))`),
    locks: await ask(`navigator.locks ? navigator.locks.query().then(q => JSON.stringify(q)) : 'none'`),
    worker: await ask(`navigator.serviceWorker ? JSON.stringify({ controller: navigator.serviceWorker.controller?.state ?? null }) : 'none'`),
    marks: await ask(`JSON.stringify(performance.getEntriesByType('mark').map(m => m.name + '@' + Math.round(m.startTime)))`),
    resources: await ask(`JSON.stringify(performance.getEntriesByType('resource').map(r => r.name.split('/').pop() + ':' + Math.round(r.responseEnd)))`),
    freshOpen: await ask(`new Promise((resolve) => {
      const o = indexedDB.open('bagalau');
      const t = setTimeout(() => resolve('pending after 4 s'), 4000);
      o.onsuccess = () => { clearTimeout(t); resolve('opened v' + o.result.version); o.result.close() };
      o.onerror = () => { clearTimeout(t); resolve('error ' + o.error) };
      o.onblocked = () => resolve('blocked');
    })`),
  }
  await cdp.detach().catch(() => {})
  return out
}

async function newLibrary(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'kk-KZ' })
  const page = await context.newPage()
  const log = []
  page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`))
  const setup = await within('setup (goto, waitLibrary, seed 2,000)', (async () => {
    await page.goto(url)
    await waitLibrary(page)
    await page.evaluate(seedLibrary, N)
    // rows written behind Dexie's back are listed after a reload
    await page.reload()
    await shown(page, N)
  })())
  return { context, page, log, setup }
}

/** One reload under `how`; the page must show the cards and the count within the budget. */
const SCENARIOS = {
  async 'reload after the whole list'({ page }) {
    await page.reload()
    return shown(page, N).then(() => whole(page))
  },
  async 'reload while the whole list is read'({ page }) {
    await page.reload()
    await shown(page, N)
    await page.reload()
    return shown(page, N).then(() => whole(page))
  },
  async 'reload right after a reload'({ page }, i) {
    // through CDP: Playwright refuses a reload while the page it knew is being replaced
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Page.reload')
    await new Promise((r) => setTimeout(r, 50 + (i * 97) % 600))
    await cdp.send('Page.reload')
    await cdp.detach().catch(() => {})
    return shown(page, N).then(() => whole(page))
  },
  async 'reload during a move to the trash'({ page }) {
    await whole(page)
    await page.locator('.assessment-card [data-testid=move-to-trash]').first().click()
    await page.reload()
    return shown(page, N - 1).then(() => page.evaluate(async () => {
      // put it back for the next try
      const open = indexedDB.open('bagalau')
      await new Promise((r) => (open.onsuccess = r))
      const tx = open.result.transaction('assessments', 'readwrite')
      const store = tx.objectStore('assessments')
      const req = store.openCursor()
      await new Promise((resolve) => {
        req.onsuccess = () => {
          const c = req.result
          if (!c) return resolve(undefined)
          if (c.value.deletedAt !== null) c.update({ ...c.value, deletedAt: null })
          c.continue()
        }
      })
      await new Promise((r) => (tx.oncomplete = r))
      open.result.close()
    })).then(() => page.reload()).then(() => shown(page, N))
  },
  async 'two tabs, both reloaded'({ page, context }) {
    const other = await context.newPage()
    await other.goto(page.url())
    await shown(other, N)
    await other.evaluate(() => location.reload())
    await page.reload()
    await shown(page, N)
    await shown(other, N)
    await other.close()
  },
}

const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
const url = server.resolvedUrls.local[0]
const names = Object.keys(SCENARIOS)
let hangs = 0
let lib
try {
  for (let i = 0; i < tries; i++) {
    // a fresh library every fifth try: the bench's own setup is one of the conditions
    if (i % 5 === 0) {
      await lib?.context.close()
      lib = await newLibrary(browser, url)
      console.log(`#${i} ${lib.setup.what}: ${lib.setup.result}`)
      if (lib.setup.result !== 'ok') {
        hangs++
        console.log(JSON.stringify({ ...(await diagnose(lib.page)), console: lib.log.slice(-20) }, null, 1))
        lib = await newLibrary(browser, url)
        if (lib.setup.result !== 'ok') throw new Error('setup failed twice')
      }
    }
    const name = names[i % names.length]
    const start = Date.now()
    const { result } = await within(name, SCENARIOS[name](lib, i).then((p) => p))
    console.log(`#${i} ${name}: ${result} (${Date.now() - start} ms)`)
    if (result !== 'ok') {
      hangs++
      console.log(JSON.stringify({ ...(await diagnose(lib.page)), console: lib.log.slice(-20) }, null, 1))
      await lib.context.close()
      lib = await newLibrary(browser, url)
      console.log(`   new library: ${lib.setup.result}`)
    }
  }
} finally {
  console.log(`${hangs} hang(s) in ${tries} tries (budget ${budget} ms)`)
  await browser.close()
  await server.close()
}
