/**
 * A CPU profile of one "move to trash" in a library of 2,000 (or BENCH_N): the functions that took the most time, by
 * self time, and the time from the click to the card gone. Run after a build: node bench/profileTrash.mjs [dist-dir]
 */
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, waitLibrary } from './common.mjs'
import { seedLibrary } from './browser/library.mjs'

const dist = process.argv[2] ?? 'dist-bench'
const n = Number(process.env.BENCH_N ?? 2000)
const server = await preview({ build: { outDir: dist }, preview: { port: 4141, host: '127.0.0.1' }, logLevel: 'error' })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS })
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'kk-KZ' })).newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(server.resolvedUrls.local[0])
  await waitLibrary(page)
  await page.evaluate(seedLibrary, n)
  await page.reload()
  await page.waitForFunction((total) => document.querySelector('[data-testid=result-count]')?.textContent?.includes(`/ ${total}`), n)
  await new Promise((r) => setTimeout(r, 1500))
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  for (let i = 0; i < 3; i++) {
    const card = page.locator('.assessment-card').first()
    const title = await card.locator('.card-title').textContent()
    await cdp.send('Profiler.start')
    const start = Date.now()
    await card.getByTestId('move-to-trash').click()
    await page.locator('.assessment-card .card-title', { hasText: title }).waitFor({ state: 'detached' })
    const took = Date.now() - start
    await new Promise((r) => setTimeout(r, 300))
    const { profile } = await cdp.send('Profiler.stop')
    const self = new Map()
    const dt = profile.timeDeltas
    const byId = new Map(profile.nodes.map((x) => [x.id, x]))
    profile.samples.forEach((id, k) => {
      const node = byId.get(id)
      const f = node.callFrame
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`
      self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000)
    })
    console.log(`trash ${i + 1}: ${took} ms to the card gone`)
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`)
  }
} finally {
  await browser.close()
  await server.close()
}
