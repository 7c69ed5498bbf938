/**
 * What the longest main-thread tasks of opening the catalogue of 20,000 (or BENCH_N) are made of: a Chromium trace with
 * the timeline and CPU profiler on, from the reload to the index answering a typo; for each of the longest tasks by CPU
 * time, the timeline events inside it (by name, their own time) and the functions sampled in it (by self time).
 * Then every renderer thread's time on a CPU and waiting for one (Linux schedstat) over the same window.
 * Run after a build: node bench/profileCatalogue.mjs [dist-dir]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, waitLibrary } from './common.mjs'
import { seedCatalogue, typeATypo, typeAWord, waitServiceWorker } from './browser/catalogue.mjs'

const dist = process.argv[2] ?? 'dist-bench'
const n = Number(process.env.BENCH_N ?? 20_000)
const shown = Number(process.env.BENCH_TASKS ?? 4)
// BENCH_SAMPLES=0 leaves the CPU profiler off (it costs the page time of its own, and its start shows as a task)
const CATEGORIES = [...(process.env.BENCH_ALL ? (process.env.BENCH_ALL === 'gc' ? ['cppgc', 'blink_gc', 'disabled-by-default-blink_gc', 'disabled-by-default-cppgc', 'v8.memory', 'memory'] : ['*', 'disabled-by-default-blink_gc', 'disabled-by-default-cppgc', 'disabled-by-default-sequence_manager']) : []), 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.gc', 'blink', 'ipc', 'blink.user_timing', ...(process.env.BENCH_SAMPLES === '0' ? [] : ['disabled-by-default-v8.cpu_profiler'])]

const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS })
const runs = Number(process.env.BENCH_RUNS ?? 1)
try {
  for (let run = 1; run <= runs; run++) {
  console.log(`\n#### run ${run}`)
  const url = server.resolvedUrls.local[0]
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'kk-KZ' })).newPage()
  page.setDefaultTimeout(120_000)
  await page.goto(url)
  await waitLibrary(page)
  // BENCH_SW=first: reload while the service worker's first install may still precache (as the bench did before)
  if (process.env.BENCH_SW !== 'first') await waitServiceWorker(page)
  await page.goto(url + '#/catalogue')
  await page.locator('[data-testid=catalogue-subject] option[value=physics]').waitFor({ state: 'attached' })
  await page.evaluate(seedCatalogue, n)
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } })
  const threadsBefore = rendererThreads()
  const reloaded = Date.now()
  await page.reload()
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=catalogue-subject] option').length > 1)
  const mark = (name) => page.evaluate((n) => performance.mark(n), name)
  await mark('options')
  await page.evaluate(typeAWord)
  await mark('typed')
  if (process.env.BENCH_INJECT) {
    await mark('inject')
    await page.getByTestId('catalogue-search').evaluate((e) => e.tagName)
    await mark('injected')
  }
  await mark('fill')
  await page.evaluate(typeATypo)
  await mark('typo answered')
  const threadsAfter = rendererThreads()
  const windowMs = Date.now() - reloaded
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await complete
  if (process.env.BENCH_TRACE) writeFileSync(`${process.env.BENCH_TRACE}.${run}.json`, JSON.stringify({ traceEvents: events }))
  reportThreads(report(events), threadsBefore, threadsAfter, windowMs)
  await page.context().close()
  }
} finally {
  await browser.close()
  await server.close()
}

function report(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const onMain = (e) => mains.has(`${e.pid}:${e.tid}`)
  const tasks = []
  for (const e of events.filter((e) => e.ph === 'X' && /(^|::)RunTask$/.test(e.name) && onMain(e)).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const last = tasks.at(-1)
    if (last && last.key === `${e.pid}:${e.tid}` && e.ts < last.end) {
      // where the task was posted from is on the scheduler's inner RunTask (the 48–61 ms native task: cppgc's sweeper.cc)
      if (last.from === '{}' && e.args?.src_file) last.from = `${e.args.src_file}:${e.args.src_func ?? ''}`
      continue
    }
    tasks.push({ key: `${e.pid}:${e.tid}`, ts: e.ts, end: e.ts + e.dur, cpu: (e.tdur ?? e.dur) / 1000, wall: e.dur / 1000, from: JSON.stringify(e.args ?? {}) })
  }
  const cpuTotals = new Map()
  for (const t of tasks) cpuTotals.set(t.key, (cpuTotals.get(t.key) ?? 0) + t.cpu)
  const main = [...cpuTotals].sort((a, b) => b[1] - a[1])[0][0]
  const mine = tasks.filter((t) => t.key === main)
  const t0 = mine[0].ts
  console.log(`main thread: ${mine.length} tasks, ${cpuTotals.get(main).toFixed(0)} ms of CPU; over 50 ms of CPU: ${mine.filter((t) => t.cpu > 50).length}`)
  console.log('tasks over 20 ms of CPU (start ms, cpu/wall):', mine.filter((t) => t.cpu > 20).map((t) => `@${((t.ts - t0) / 1000).toFixed(0)} ${t.cpu.toFixed(0)}/${t.wall.toFixed(0)}`).join('  '))
  const samples = profileSamples(events, main)
  const marks = events.filter((e) => ['options', 'typed', 'inject', 'injected', 'fill', 'typo answered'].includes(e.name) && e.ph !== 'X')
  console.log('marks:', [...new Map(marks.map((e) => [e.name, e.ts]))].map(([k, ts]) => `${k} @${((ts - t0) / 1000).toFixed(0)}`).join(', '))
  const slices = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && !/RunTask$/.test(e.name))
  // BENCH_BY=wall: the longest tasks by wall time (a task that waited, for a core or on something, rather than worked)
  const by = process.env.BENCH_BY === 'wall' ? 'wall' : 'cpu'
  for (const task of [...mine].sort((a, b) => b[by] - a[by]).slice(0, shown).filter((t) => t.cpu > Number(process.env.BENCH_OVER ?? 0))) {
    console.log(`\n== task @${((task.ts - t0) / 1000).toFixed(0)} ms: ${task.cpu.toFixed(1)} ms CPU, ${task.wall.toFixed(1)} ms wall, posted from ${task.from}`)
    const inside = slices.filter((e) => e.ts >= task.ts && e.ts < task.end)
    const other = new Map()
    for (const e of events) if (e.ph !== 'X' && `${e.pid}:${e.tid}` === main && e.ts >= task.ts && e.ts < task.end) other.set(`${e.ph} ${e.name}`, (other.get(`${e.ph} ${e.name}`) ?? 0) + 1)
    console.log(`  last task starts @${((mine.at(-1).ts - t0) / 1000).toFixed(0)}; other events:`, [...other].map(([k, v]) => `${k}×${v}`).join(', '))
    console.log('  neighbours (start, cpu/wall):', mine.filter((t) => Math.abs(t.ts - task.ts) < 300_000 && t !== task).filter((t) => t.cpu > 3).map((t) => `@${((t.ts - t0) / 1000).toFixed(0)} ${t.cpu.toFixed(0)}/${t.wall.toFixed(0)}`).join(' '))
    const byName = new Map()
    for (const e of inside) {
      const label = e.name + (e.args?.data?.type ? `(${e.args.data.type})` : '') + (e.args?.data?.functionName ? `(${e.args.data.functionName})` : '')
      const entry = byName.get(label) ?? { n: 0, wall: 0, cpu: 0 }
      entry.n += 1
      entry.wall += e.dur / 1000
      entry.cpu += (e.tdur ?? e.dur) / 1000
      byName.set(label, entry)
    }
    for (const [name, v] of [...byName].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 14)) console.log(`  ${v.cpu.toFixed(1).padStart(7)} ms cpu ${v.wall.toFixed(1).padStart(7)} ms wall ×${v.n}  ${name}`)
    const self = new Map()
    const stacks = new Map()
    for (const s of samples) {
      if (s.ts < task.ts || s.ts >= task.end) continue
      self.set(s.frame, (self.get(s.frame) ?? 0) + s.dt)
      stacks.set(s.stack, (stacks.get(s.stack) ?? 0) + s.dt)
    }
    console.log('  sampled, by self time:')
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`)
    console.log('  sampled stacks:')
    for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`)
  }
  return main
}

/**
 * Every renderer thread's time on a CPU and time waiting for one (runnable, on the run queue), from Linux's
 * /proc/<pid>/task/<tid>/schedstat: a long task whose wall time is far over its CPU time waited for a core when the
 * main thread's wait grows by about the difference (and not on a lock or the disk, which this does not count).
 */
function rendererThreads() {
  const out = new Map()
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').trim().split(' ').map(Number)
        out.set(`${pid}:${tid}`, { run, wait, name: readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() })
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return out
}

function reportThreads(main, before, after, windowMs) {
  const [pid, tid] = main.split(':')
  console.log(`\nrenderer threads over the ${windowMs} ms from the reload (on a CPU / waiting for one, ms):`)
  const rows = []
  for (const [key, a] of after) {
    if (!key.startsWith(`${pid}:`)) continue
    const b = before.get(key) ?? { run: 0, wait: 0 }
    const run = (a.run - b.run) / 1e6
    if (run > 5) rows.push(`${key === `${pid}:${tid}` ? 'main' : a.name} ${run.toFixed(0)} / ${((a.wait - b.wait) / 1e6).toFixed(0)}`)
  }
  console.log('  ' + rows.join(', '))
}

/** The CPU profiler's samples of one thread, each with its time, its function and its stack (innermost last). */
function profileSamples(events, thread) {
  const [pid, tid] = thread.split(':').map(Number)
  const profiles = new Map()
  for (const e of events) {
    if (e.pid !== pid) continue
    if (e.name === 'Profile' && e.tid === tid) profiles.set(e.id, { ts: e.args.data.startTime, nodes: new Map(), out: [] })
  }
  const out = []
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profiles.has(e.id)) continue
    const p = profiles.get(e.id)
    const data = e.args.data
    for (const node of data.cpuProfile?.nodes ?? []) p.nodes.set(node.id, node)
    const ids = data.cpuProfile?.samples ?? []
    const deltas = data.timeDeltas ?? []
    ids.forEach((id, k) => {
      p.ts += deltas[k] ?? 0
      out.push({ ts: p.ts, id, p, dt: 0 })
    })
  }
  out.sort((a, b) => a.ts - b.ts)
  for (let k = 0; k < out.length; k++) out[k].dt = k + 1 < out.length ? Math.min((out[k + 1].ts - out[k].ts) / 1000, 5) : 0
  const name = (node) => {
    const f = node.callFrame
    return `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber ?? ''}:${f.columnNumber ?? ''}`
  }
  return out.map((s) => {
    const node = s.p.nodes.get(s.id)
    const chain = []
    for (let x = node; x && chain.length < 12; x = x.parent ? s.p.nodes.get(x.parent) : null) chain.push(name(x).split(' ')[0])
    return { ts: s.ts, dt: s.dt, frame: node ? name(node) : '?', stack: chain.reverse().filter((c) => c !== '(root)').join(' > ') }
  })
}
