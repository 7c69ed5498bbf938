/**
 * Move to trash, before and after a change, alternating in one run: `node bench/trashAB.mjs dist-base dist-bench`
 * builds nothing; each directory is served in turn, with libraries of 200 and 2,000, 5 moves each, 2 rounds. Prints
 * the medians and each one's ratio to 200 assessments of the same build in the same round.
 */
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, stats, waitLibrary } from './common.mjs'
import { seedLibrary } from './browser/library.mjs'

const dists = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS })

async function trashTimes(url, n) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'kk-KZ' })).newPage()
  page.setDefaultTimeout(120_000)
  await page.goto(url)
  await waitLibrary(page)
  await page.evaluate(seedLibrary, n)
  await page.reload()
  await page.waitForFunction((total) => document.querySelector('[data-testid=result-count]')?.textContent?.includes(`/ ${total}`), n)
  const times = []
  for (let i = 0; i < 5; i++) {
    const card = page.locator('.assessment-card').first()
    const title = await card.locator('.card-title').textContent()
    const start = Date.now()
    await card.getByTestId('move-to-trash').click()
    await page.locator('.assessment-card .card-title', { hasText: title }).waitFor({ state: 'detached' })
    times.push(Date.now() - start)
  }
  await page.context().close()
  return stats(times).median
}

try {
  for (let round = 1; round <= 2; round++) {
    for (const [k, dist] of dists.entries()) {
      const server = await preview({ build: { outDir: dist }, preview: { port: 4142 + k, host: '127.0.0.1' }, logLevel: 'error' })
      const url = server.resolvedUrls.local[0]
      const small = await trashTimes(url, 200)
      const large = await trashTimes(url, 2000)
      console.log(`round ${round} ${dist}: move to trash, median of 5: 200 → ${small} ms, 2,000 → ${large} ms (${(large / small).toFixed(2)}× of 200)`)
      await server.close()
    }
  }
} finally {
  await browser.close()
}
