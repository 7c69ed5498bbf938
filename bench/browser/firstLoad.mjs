/** First contentful paint and time to a usable library, median of 5 cold loads (a new browser profile each). */
import { ms, stats, waitLibrary } from '../common.mjs'

export async function measureFirstLoad({ browser, url }) {
  const fcp = []
  const library = []
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const start = Date.now()
    await page.goto(url)
    await waitLibrary(page)
    library.push(Date.now() - start)
    fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN))
    await context.close()
  }
  return [
    { figure: 'first contentful paint, cold (median of 5)', value: ms(stats(fcp).median), goal: '< 1 s' },
    { figure: 'library usable, cold: list or empty state on screen (median of 5)', value: ms(stats(library).median), goal: '< 1.5 s' },
  ]
}
