/**
 * First contentful paint, time to a usable library and the JavaScript fetched before it is usable: median of 5 cold
 * loads of an empty library (a new browser profile each), and of 5 loads of a library of 200 assessments with the
 * browser's cache emptied each time (the database kept).
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { kB } from '../../scripts/bundleSizes.mjs'
import { ms, stats, waitLibrary, waitLibraryShown } from '../common.mjs'
import { seedLibrary } from './library.mjs'

/** Marks the moment the list (or the empty state) first appears, before the app's code runs. */
function markUsable() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid=library-empty], [data-testid=library-list]')) return
    window.__usableAt = performance.now()
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
}

/** The script files the page had asked for when the library became usable. */
const scriptsBeforeUsable = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= window.__usableAt && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname.slice(1)),
  )

async function load(page, url, dist, figures) {
  const start = Date.now()
  await page.goto(url)
  await waitLibraryShown(page)
  figures.usable.push(Date.now() - start)
  figures.fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN))
  const files = await scriptsBeforeUsable(page)
  figures.bytes.push(files.reduce((sum, f) => sum + gzipSync(readFileSync(`${dist}/${f}`)).length, 0))
  figures.dexie.push(files.some((f) => /^assets\/(layer|dexie)-/.test(f)))
}

const empty = () => ({ usable: [], fcp: [], bytes: [], dexie: [] })

export async function measureFirstLoad({ browser, url, dist }) {
  const fresh = empty()
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(markUsable)
    await load(await context.newPage(), url, dist, fresh)
    await context.close()
  }

  const full = empty()
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(markUsable)
  const page = await context.newPage()
  await page.goto(url)
  await waitLibrary(page)
  await page.evaluate(seedLibrary, 200)
  const cdp = await context.newCDPSession(page)
  for (let i = 0; i < 5; i++) {
    await cdp.send('Network.clearBrowserCache')
    await page.goto('about:blank')
    await load(page, url, dist, full)
  }
  await context.close()

  const withDexie = (f) => `${f.dexie.filter(Boolean).length} of ${f.dexie.length}`
  return [
    { figure: 'first contentful paint, cold (median of 5)', value: ms(stats(fresh.fcp).median), goal: '< 1 s' },
    { figure: 'library usable, cold: empty state on screen (median of 5)', value: ms(stats(fresh.usable).median), goal: '< 1.5 s' },
    { figure: 'library of 200 usable, cache emptied: list on screen (median of 5)', value: ms(stats(full.usable).median), goal: '< 1.5 s' },
    {
      figure: 'JavaScript fetched before the library is usable (gzip; empty / 200 assessments)',
      value: `${kB(stats(fresh.bytes).median)} / ${kB(stats(full.bytes).median)}; database code among it in ${withDexie(fresh)} / ${withDexie(full)} loads`,
      goal: '≤ 100 kB',
    },
  ]
}
