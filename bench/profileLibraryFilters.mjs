/**
 * Where a filter or sort change of the library of 2,000 (or BENCH_N) spends its main-thread time: the changes of the
 * library bench made in the page itself (select's value and its change event, no driver round trips), each timed to
 * the frame that shows the new list as the library bench does, under the V8 CPU profiler; functions by time with their
 * callees, over all changes (BENCH_ROUNDS rounds of the seven). Run after a build, best one without minifying (names):
 * npx vite build --minify false --outDir /tmp/plain && node bench/profileLibraryFilters.mjs /tmp/plain
 */
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, waitLibrary } from './common.mjs'
import { changeFiltersInPage as changeAll, FILTERS, seedLibrary } from './browser/library.mjs'

const dist = process.argv[2] ?? 'dist-bench'
const n = Number(process.env.BENCH_N ?? 2000)
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)

const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS })
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'kk-KZ' })).newPage()
  page.setDefaultTimeout(120_000)
  await page.goto(server.resolvedUrls.local[0])
  await waitLibrary(page)
  await page.evaluate(seedLibrary, n)
  await page.reload()
  await page.waitForFunction(() => document.querySelector('[data-testid=result-count]')?.dataset.complete === 'true')
  await new Promise((r) => setTimeout(r, 3000))
  // one round unprofiled: the cards of each list have been drawn (and their checks counted) once
  console.log('warm-up round (ms):', (await page.evaluate(changeAll, FILTERS)).map(Math.round).join(' '))
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000
  const all = []
  const cpus = []
  for (let r = 0; r < rounds; r++) {
    const before = await cpu()
    const times = (await page.evaluate(changeAll, FILTERS)).map(Math.round)
    all.push(...times)
    cpus.push(((await cpu()) - before) / FILTERS.length)
    console.log(`round ${r + 1} (ms): ${times.join(' ')}; CPU per change (with the 200 ms pause after it) ${cpus.at(-1).toFixed(1)} ms`)
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  console.log(`change → the frame that shows the new list: median ${median(all)} ms of ${all.length}; CPU per change: median ${median(cpus).toFixed(1)} ms`)
  if (process.env.BENCH_PROFILE === '0') process.exit(0)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  for (let r = 0; r < rounds; r++) await page.evaluate(changeAll, FILTERS)
  const { profile } = await cdp.send('Profiler.stop')
  report(profile)
} finally {
  await browser.close()
  await server.close()
}

function report(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const label = (node) => `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`
  const self = new Map()
  const total = new Map()
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000
    const node = nodes.get(id)
    self.set(label(node), (self.get(label(node)) ?? 0) + dt)
    const seen = new Set()
    for (let x = id; x !== undefined; x = parent.get(x)) seen.add(label(nodes.get(x)))
    for (const l of seen) total.set(l, (total.get(l) ?? 0) + dt)
  })
  const top = (map, count) => [...map].filter(([k]) => !/^\((root|idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, count)
  console.log(`\nprofiled ${rounds} × ${FILTERS.length} changes; (program) ${(self.get('(program) :-1') ?? 0).toFixed(0)} ms, (garbage collector) ${(self.get('(garbage collector) :-1') ?? 0).toFixed(0)} ms`)
  console.log('by self time:')
  for (const [k, v] of top(self, 25)) console.log(`  ${v.toFixed(1).padStart(7)} ms ${k}`)
  console.log('with callees:')
  for (const [k, v] of top(total, Number(process.env.BENCH_TOTALS ?? 60))) console.log(`  ${v.toFixed(1).padStart(7)} ms ${k}`)
}
