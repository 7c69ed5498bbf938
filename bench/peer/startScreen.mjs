/**
 * Time to a usable library against the peer's time to its start screen, cold loads alternating in one run (issue
 * #20 §4). The peer is NesiciCoding/RubricMaker, built in PEER_DIR (its dist/); its start screen for a new visitor is
 * the landing page: its heading and "Continue without account". Requests that leave 127.0.0.1 are refused (the peer
 * asks for web fonts; a school computer offline would not get them either).
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { preview } from 'vite'
import { kB } from '../../scripts/bundleSizes.mjs'
import { ms, stats } from '../common.mjs'

const ROUNDS = 8
const BAGALAU_USABLE = ['[data-testid=library-empty], [data-testid=library-list]']
const PEER_START = ['main h1', 'main button.btn.btn-secondary']

/** Runs in the page before its scripts: the moment every selector has a visible element. */
function markShown(selectors) {
  const visible = (el) => {
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0
  }
  const shown = () => selectors.every((s) => [...document.querySelectorAll(s)].some(visible))
  window.__shownAt = null
  const check = () => {
    if (window.__shownAt === null && shown()) window.__shownAt = performance.now()
    return window.__shownAt !== null
  }
  const observer = new MutationObserver(() => check() && observer.disconnect())
  observer.observe(document, { childList: true, subtree: true, attributes: true })
  const frame = () => check() || requestAnimationFrame(frame)
  requestAnimationFrame(frame)
}

async function coldLoad(browser, app) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  await context.route((url) => !url.href.startsWith('http://127.0.0.1'), (route) => route.abort())
  await context.addInitScript(markShown, app.selectors)
  const page = await context.newPage()
  await page.goto(app.url, { waitUntil: 'commit' })
  await page.waitForFunction(() => window.__shownAt !== null, null, { polling: 50, timeout: 60_000 })
  const seen = await page.evaluate(() => ({
    shown: window.__shownAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= window.__shownAt && /\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname.slice(1)),
  }))
  await context.close()
  const bytes = [...new Set(seen.scripts)].reduce((sum, f) => sum + gzipSync(readFileSync(`${app.dist}/${f}`)).length, 0)
  return { shown: seen.shown, fcp: seen.fcp, bytes }
}

export async function measureStartScreen({ browser, url, dist }, peerDir) {
  const server = await preview({ configFile: false, root: peerDir, build: { outDir: 'dist' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
  const apps = {
    bagalau: { url, dist, selectors: BAGALAU_USABLE },
    peer: { url: server.resolvedUrls.local[0], dist: `${peerDir}/dist`, selectors: PEER_START },
  }
  const runs = { bagalau: [], peer: [] }
  try {
    await coldLoad(browser, apps.bagalau)
    await coldLoad(browser, apps.peer)
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of round % 2 ? ['peer', 'bagalau'] : ['bagalau', 'peer']) runs[name].push(await coldLoad(browser, apps[name]))
    }
  } finally {
    await server.close()
  }
  const median = (name, key) => stats(runs[name].map((r) => r[key])).median
  const perRound = stats(runs.bagalau.map((r, i) => r.shown / runs.peer[i].shown)).median
  const ratio = (key) => (median('bagalau', key) / median('peer', key)).toFixed(2)
  return [
    {
      figure: `library usable vs the peer's start screen, cold, alternating (median of ${ROUNDS})`,
      value: `${ms(median('bagalau', 'shown'))} vs ${ms(median('peer', 'shown'))}: ×${ratio('shown')} (median of per-round ratios ×${perRound.toFixed(2)})`,
      goal: '≤ ×0.5',
    },
    { figure: 'first contentful paint vs the peer, same loads', value: `${ms(median('bagalau', 'fcp'))} vs ${ms(median('peer', 'fcp'))}: ×${ratio('fcp')}`, goal: '—' },
    { figure: 'JavaScript before that moment vs the peer (gzip)', value: `${kB(median('bagalau', 'bytes'))} vs ${kB(median('peer', 'bytes'))}: ×${ratio('bytes')}`, goal: '—' },
  ]
}
