/**
 * What opening the library of 2,000 (or BENCH_N) spends its time on: a Chromium trace of a reload, with marks put by
 * the page itself when the first card and the count are on screen ("cards") and when the whole list is in ("whole"),
 * then (BENCH_FILTERS=1) the filter and sort changes of the library bench. For each phase: the main thread's CPU by
 * timeline event and the functions sampled (self time), and the longest tasks.
 * Run after a build: node bench/profileLibrary.mjs [dist-dir]
 */
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, waitLibrary } from './common.mjs'
import { seedLibrary } from './browser/library.mjs'

const dist = process.argv[2] ?? 'dist-bench'
const n = Number(process.env.BENCH_N ?? 2000)
const runs = Number(process.env.BENCH_RUNS ?? 1)
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'blink.user_timing', 'IndexedDB', 'disabled-by-default-v8.cpu_profiler']
const FILTERS = [['filter-kind', 'term'], ['filter-grade', '5'], ['filter-kind', ''], ['filter-grade', ''], ['library-sort', 'title'], ['library-sort', 'grade'], ['library-sort', 'changed']]

/** In the page, from its first script: marks the first moment the count and a card show, and the whole list's. */
function watchMarks(total) {
  const seen = new Set()
  const look = () => {
    const count = document.querySelector('[data-testid=result-count]')
    if (!seen.has('cards') && count?.textContent?.includes(`/ ${total}`) && document.querySelector('.assessment-card')) {
      seen.add('cards')
      performance.mark('cards')
    }
    if (seen.has('cards') && !seen.has('whole') && count?.dataset.complete !== 'false') {
      seen.add('whole')
      performance.mark('whole')
    }
  }
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
}

const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS })
try {
  const url = server.resolvedUrls.local[0]
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'kk-KZ' })).newPage()
  page.setDefaultTimeout(120_000)
  await page.goto(url)
  await waitLibrary(page)
  await page.evaluate(seedLibrary, n)
  await page.addInitScript(watchMarks, n)
  for (let run = 1; run <= runs; run++) {
    console.log(`\n#### run ${run}`)
    await page.reload()
    await page.waitForFunction(() => performance.getEntriesByName('whole').length > 0)
    await new Promise((r) => setTimeout(r, 1500))
    const cdp = await page.context().newCDPSession(page)
    const events = []
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } })
    const t = Date.now()
    await page.reload()
    await page.waitForFunction(() => performance.getEntriesByName('whole').length > 0)
    const [cards, whole] = await page.evaluate(() => ['cards', 'whole'].map((m) => performance.getEntriesByName(m)[0].startTime))
    console.log(`in-page: cards @${cards.toFixed(0)} ms, whole @${whole.toFixed(0)} ms after navigation start (script saw ${Date.now() - t} ms)`)
    await new Promise((r) => setTimeout(r, 1500))
    if (process.env.BENCH_FILTERS) {
      for (const [testid, value] of FILTERS) {
        await page.evaluate((m) => performance.mark(m), `filter ${testid}=${value}`)
        await page.getByTestId(testid).selectOption(value)
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
        await page.evaluate((m) => performance.mark(m), `done ${testid}=${value}`)
        await new Promise((r) => setTimeout(r, 300))
      }
    }
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
    await cdp.send('Tracing.end')
    await complete
    report(events)
    await cdp.detach()
  }
} finally {
  await browser.close()
  await server.close()
}

function report(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const marks = events.filter((e) => e.cat?.includes('user_timing') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'))
  const cardsMark = marks.find((e) => e.name === 'cards')
  if (!cardsMark) return console.log('no marks in trace')
  const main = `${cardsMark.pid}:${cardsMark.tid}`
  const nav = events.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === main && e.ts < cardsMark.ts && e.args?.data?.isLoadingMainFrame)
    ?? events.filter((e) => e.name === 'navigationStart' && e.ts < cardsMark.ts).at(-1)
  const t0 = nav.ts
  const at = (ts) => ((ts - t0) / 1000).toFixed(0)
  console.log('marks:', marks.filter((e) => e.ts >= t0).map((e) => `${e.name} @${at(e.ts)}`).join(', '))
  console.log('main threads:', [...mains].join(' '), 'mine:', main)
  const tasks = []
  for (const e of events.filter((e) => e.ph === 'X' && /(^|::)RunTask$/.test(e.name) && `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const last = tasks.at(-1)
    if (last && e.ts < last.end) continue
    tasks.push({ ts: e.ts, end: e.ts + e.dur, cpu: (e.tdur ?? e.dur) / 1000, wall: e.dur / 1000 })
  }
  const samples = profileSamples(events, main)
  const slices = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && !/RunTask$/.test(e.name))
  const phase = (name, from, to) => {
    const mine = tasks.filter((t) => t.ts >= from && t.ts < to)
    console.log(`\n== ${name} (${at(from)}–${at(to)} ms): ${mine.length} tasks, ${mine.reduce((s, t) => s + t.cpu, 0).toFixed(0)} ms CPU; over 15 ms: ${mine.filter((t) => t.cpu > 15).map((t) => `@${at(t.ts)} ${t.cpu.toFixed(0)}/${t.wall.toFixed(0)}`).join(' ')}`)
    const byName = new Map()
    for (const e of slices) {
      if (e.ts < from || e.ts >= to) continue
      const label = e.name + (e.args?.data?.type ? `(${e.args.data.type})` : '') + (e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : '')
      const v = byName.get(label) ?? { n: 0, cpu: 0, wall: 0 }
      v.n++
      v.cpu += (e.tdur ?? e.dur) / 1000
      v.wall += e.dur / 1000
      byName.set(label, v)
    }
    for (const [k, v] of [...byName].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 12)) console.log(`  ${v.cpu.toFixed(1).padStart(7)} cpu ${v.wall.toFixed(1).padStart(7)} wall ×${v.n} ${k}`)
    const self = new Map()
    for (const s of samples) if (s.ts >= from && s.ts < to) self.set(s.frame, (self.get(s.frame) ?? 0) + s.dt)
    console.log('  sampled self:')
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${v.toFixed(1).padStart(7)} ms ${k}`)
    const total = new Map()
    for (const s of samples) if (s.ts >= from && s.ts < to) for (const f of new Set(s.chain)) total.set(f, (total.get(f) ?? 0) + s.dt)
    console.log('  sampled total (with callees):')
    for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).filter(([k]) => !/^\((root|program|idle)\)/.test(k)).slice(0, Number(process.env.BENCH_TOTALS ?? 0))) console.log(`  ${v.toFixed(1).padStart(7)} ms ${k}`)
  }
  const ts = (name) => marks.find((e) => e.name === name && e.ts >= t0)?.ts
  phase('navigation → cards and count', t0, ts('cards'))
  phase('cards → whole list', ts('cards'), ts('whole'))
  phase('whole list → 1.5 s after', ts('whole'), ts('whole') + 1_500_000)
  for (const [testid, value] of process.env.BENCH_FILTERS ? FILTERS : []) phase(`filter ${testid}=${value}`, ts(`filter ${testid}=${value}`), ts(`done ${testid}=${value}`))
  // IndexedDB work outside the renderer's main thread (the browser process's backend)
  const idb = events.filter((e) => e.ph === 'X' && e.ts >= t0 && e.ts < ts('whole') && /IndexedDB|IDB/i.test(e.name))
  const byIdb = new Map()
  for (const e of idb) {
    const v = byIdb.get(e.name) ?? { n: 0, wall: 0, first: e.ts, last: e.ts + e.dur }
    v.n++
    v.wall += e.dur / 1000
    v.last = Math.max(v.last, e.ts + e.dur)
    byIdb.set(e.name, v)
  }
  console.log('\nIndexedDB (navigation → whole):')
  for (const [k, v] of [...byIdb].sort((a, b) => b[1].wall - a[1].wall).slice(0, 12)) console.log(`  ${v.wall.toFixed(1).padStart(7)} wall ×${v.n} @${at(v.first)}–${at(v.last)} ${k}`)
}

function profileSamples(events, thread) {
  const [pid, tid] = thread.split(':').map(Number)
  const profiles = new Map()
  for (const e of events) if (e.name === 'Profile' && e.pid === pid && e.tid === tid) profiles.set(e.id, { ts: e.args.data.startTime, nodes: new Map() })
  const out = []
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profiles.has(e.id)) continue
    const p = profiles.get(e.id)
    const data = e.args.data
    for (const node of data.cpuProfile?.nodes ?? []) p.nodes.set(node.id, node)
    const deltas = data.timeDeltas ?? []
    ;(data.cpuProfile?.samples ?? []).forEach((id, k) => {
      p.ts += deltas[k] ?? 0
      out.push({ ts: p.ts, id, p, dt: 0 })
    })
  }
  out.sort((a, b) => a.ts - b.ts)
  for (let k = 0; k < out.length; k++) out[k].dt = k + 1 < out.length ? Math.min((out[k + 1].ts - out[k].ts) / 1000, 5) : 0
  return out.map((s) => {
    const node = s.p.nodes.get(s.id)
    const label = (x) => `${x.callFrame.functionName || '(anon)'} ${(x.callFrame.url ?? '').split('/').pop()}:${x.callFrame.lineNumber}`
    const chain = []
    for (let x = node; x && chain.length < 60; x = x.parent !== undefined ? s.p.nodes.get(x.parent) : null) chain.push(label(x))
    return { ts: s.ts, dt: s.dt, frame: node ? label(node) : '?', chain }
  })
}
