#!/usr/bin/env node
/**
 * §2 of issue #20, the keystroke that changes a number and the total on screen, against the peer, in Chromium,
 * alternating within one run: Bagalau's mark → total in a 100-task document (5 descriptors of 350 Kazakh
 * characters each) against the peer's weight → «Total weight» in its rubric builder with a rubric of 100 criteria ×
 * 5 levels of 350 Kazakh characters, put into the peer's own storage (localStorage, its offline mode). Both take the
 * method of bench/browser/editor.mjs: the input's value set and an `input` event sent (through the native setter,
 * which React needs as well), a MutationObserver on the total, 50 keystrokes a page; each round opens each page
 * afresh.
 *
 *   PEER_DIR=/path/to/RubricMaker node bench/peer/keystroke.mjs [rounds=3]   (needs a build in $BENCH_DIST or dist-bench/)
 */
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, seedAssessments, stats, typeAndWatchInPage, waitLibrary } from '../common.mjs'
import { bigAssessment } from '../browser/fixtures.mjs'
import { peerDir } from './peerDir.mjs'

const TASKS = 100
const CELLS = 5
const LENGTH = 350
const KEYSTROKES = 50
const PROSE = 'мәтіндегі негізгі оқиғаларды ретімен анықтайды, себеп пен салдардың байланысын түсіндіреді, ә ғ қ ң ө ұ ү һ і әріптері бар сөздерді дұрыс жазады; '
const long = (text) => `${text} ${PROSE.repeat(4)}`.slice(0, LENGTH)

function bagalauDocument() {
  const doc = bigAssessment(TASKS, CELLS)
  return { ...doc, tasks: doc.tasks.map((t) => ({ ...t, descriptors: t.descriptors.map((d) => ({ ...d, text: long(d.text) })) })) }
}

/** The peer's rubric in the shape of its `Rubric` (src/types/index.ts), weighted mode, weights 1 each (total 100 %). */
function peerRubric() {
  const format = { criterionColWidth: 200, levelColWidth: 160, fontSize: 14, headerColor: '#1e3a5f', headerTextColor: '#ffffff', accentColor: '#3b82f6', fontFamily: 'Inter, system-ui, sans-serif', showWeights: true, showPoints: true, showCalculatedGrade: true, levelOrder: 'best-first', headerTextAlign: 'center', showBorders: true, rowStriping: false, orientation: 'portrait' }
  const criteria = Array.from({ length: TASKS }, (_, i) => ({
    id: `c${i}`, title: `${i + 1}-критерий`, description: '', weight: 1,
    levels: Array.from({ length: CELLS }, (_, j) => ({ id: `c${i}l${j}`, label: `${CELLS - j}`, minPoints: CELLS - j, maxPoints: CELLS - j, description: long(`${i + 1}.${j + 1} дескриптор`), subItems: [] })),
  }))
  const now = new Date().toISOString()
  return { id: 'bench-rubric', name: 'Жиынтық бағалау', subject: 'Қазақ тілі', description: '', criteria, gradeScaleId: 'default', format, attachmentIds: [], createdAt: now, updatedAt: now, totalMaxPoints: 100, scoringMode: 'weighted-percentage' }
}

/** Both pages are given the same chance to finish opening: two idle periods of the page's thread in a row. */
async function settle(page) {
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(undefined), { timeout: 10_000 })))
}

async function typeAndWatch(page, input, total) {
  await settle(page)
  return page.evaluate(typeAndWatchInPage, { input, total, count: KEYSTROKES })
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  // no internet here: anything not served locally (the peer asks for web fonts) fails at once
  await context.route((u) => !u.href.startsWith('http://127.0.0.1') && !u.href.startsWith('http://localhost'), (r) => r.abort())
  const page = await context.newPage()
  page.setDefaultTimeout(120_000)
  return page
}

export async function bagalauKeystrokes(browser, url) {
  const page = await newPage(browser)
  try {
    await page.goto(url)
    await waitLibrary(page)
    const doc = bagalauDocument()
    await seedAssessments(page, [doc])
    await page.goto(`${url}#/assessment/${doc.id}`)
    await page.getByTestId(`task-${TASKS}`).waitFor()
    const input = await page.evaluateHandle(() => { const all = document.querySelectorAll('[data-testid=descriptor-points]'); return all[Math.floor(all.length / 2)] })
    const total = await page.evaluateHandle(() => document.querySelector('[data-testid=total-points]'))
    return await typeAndWatch(page, input, total)
  } finally {
    await page.context().close()
  }
}

export async function peerKeystrokes(browser, url) {
  const page = await newPage(browser)
  try {
    await page.goto(url)
    const rubric = peerRubric()
    // the peer's offline mode and its store keys (src/store/storage.ts: rm_local_mode, rm_rubrics)
    await page.evaluate((r) => { localStorage.setItem('rm_local_mode', 'true'); localStorage.setItem('rm_rubrics', JSON.stringify([r])) }, rubric)
    await page.goto(`${url}#/rubrics/${rubric.id}`)
    const weights = page.locator('.print-criterion input[type=number][max="100"]')
    await weights.nth(TASKS - 1).waitFor()
    const input = await weights.nth(TASKS / 2).elementHandle()
    // «Total weight:» and its figure, the span after the label
    const total = await page.evaluateHandle(() => [...document.querySelectorAll('span')].find((s) => /^Total weight/.test(s.previousElementSibling?.textContent ?? '')))
    if (!(await total.evaluate((t) => t && /^\d+%$/.test(t.textContent)))) throw new Error('the peer’s «Total weight» figure was not found')
    return await typeAndWatch(page, input, total)
  } finally {
    await page.context().close()
  }
}

/** Serves a built app's directory (the peer's dist/) on a free port; the same static server for both apps. */
export async function serveDir(dir) {
  const outDir = resolve(dir)
  const server = await preview({ configFile: false, root: outDir, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
  return { url: server.resolvedUrls.local[0], close: () => server.close() }
}

/** `rounds` rounds, the order turning each round; returns each side's 50 times per round. */
export async function measureKeystroke({ browser, url, peer, rounds = 3, log = () => {} }) {
  const peerServer = await serveDir(`${peer}/dist`)
  const runs = { bagalau: [], peer: [] }
  try {
    const sides = { bagalau: () => bagalauKeystrokes(browser, url), peer: () => peerKeystrokes(browser, peerServer.url) }
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? ['peer', 'bagalau'] : ['bagalau', 'peer']
      for (const side of order) runs[side].push(await sides[side]())
      const m = (side) => stats(runs[side].at(-1))
      log(`round ${round + 1} (${order.join(' ')}): Bagalau median ${m('bagalau').median.toFixed(1)} worst ${m('bagalau').worst.toFixed(1)} | peer median ${m('peer').median.toFixed(1)} worst ${m('peer').worst.toFixed(1)} ms; load ${loadavg()[0].toFixed(1)}`)
    }
  } finally {
    await peerServer.close()
  }
  return runs
}

/** The bench table's rows: medians and worst over all keystrokes of all rounds, and the median of per-round ratios. */
export function keystrokeRows(runs) {
  const all = (side) => stats(runs[side].flat())
  const b = all('bagalau')
  const p = all('peer')
  const perRound = runs.bagalau.map((times, i) => stats(times).median / stats(runs.peer[i]).median).sort((x, y) => x - y)
  const ratio = perRound[Math.floor(perRound.length / 2)]
  const f = (x) => `${x.toFixed(1)} ms`
  return [
    { figure: `keystroke → total against the peer (${runs.bagalau.length} rounds × ${KEYSTROKES}, alternating): Bagalau mark, 100 tasks × 5 descriptors of 350 characters / peer weight, 100 criteria × 5 levels`, value: `median ${f(b.median)}, worst ${f(b.worst)} / median ${f(p.median)}, worst ${f(p.worst)}`, goal: 'Bagalau median ≤ 16 ms, worst ≤ 50 ms' },
    { figure: 'keystroke → total: Bagalau’s median ÷ the peer’s (median of per-round ratios)', value: `${ratio.toFixed(2)}× (rounds: ${perRound.map((r) => r.toFixed(2)).join(', ')})`, goal: '≤ 1.0×' },
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const peer = peerDir()
  if (!peer.dir) {
    console.log(peer.reason)
  } else {
    const dist = process.env.BENCH_DIST ?? 'dist-bench'
    if (!existsSync(`${dist}/index.html`)) throw new Error(`no build in ${dist}/: npx vite build --outDir ${dist}`)
    const rounds = Number(process.argv[2] ?? 3)
    const app = await serveDir(dist)
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
    console.log(`# load ${loadavg().map((x) => x.toFixed(1)).join(' ')}; Chromium ${browser.version()}`)
    try {
      const runs = await measureKeystroke({ browser, url: app.url, peer: peer.dir, rounds, log: console.log })
      for (const r of keystrokeRows(runs)) console.log(`| ${r.figure} | ${r.value} | ${r.goal} |`)
      console.log(JSON.stringify(runs))
    } finally {
      await browser.close()
      await app.close()
    }
    console.log(`# load at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')}`)
  }
}
