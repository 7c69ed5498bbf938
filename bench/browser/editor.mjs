/**
 * The editor on a 25- and a 100-task document (4 descriptors of 350 Kazakh characters each, as long as published
 * ones get): opening it, a keystroke in a descriptor's mark → the total updated on screen (50 keystrokes), and one
 * autosave of the whole document (IndexedDB write).
 */
import { growth, medianWorst, ms, seedAssessments, stats, typeAndWatchInPage, waitLibrary } from '../common.mjs'
import { bigAssessment } from './fixtures.mjs'

const PROSE = 'мәтіндегі негізгі оқиғаларды ретімен анықтайды, себеп пен салдардың байланысын түсіндіреді, ә ғ қ ң ө ұ ү һ і әріптері бар сөздерді дұрыс жазады; '

/** Each descriptor's text made 350 characters long (still distinct: it starts with its own text). */
function withLongDescriptors(doc) {
  const long = (text) => (text + ' ' + PROSE.repeat(4)).slice(0, 350)
  return { ...doc, tasks: doc.tasks.map((t) => ({ ...t, descriptors: t.descriptors.map((d) => ({ ...d, text: long(d.text) })) })) }
}

async function measureSize(browser, url, tasks) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(url)
  await waitLibrary(page)
  const doc = withLongDescriptors(bigAssessment(tasks, 4))
  await seedAssessments(page, [doc])
  const t0 = Date.now()
  await page.goto(`${url}#/assessment/${doc.id}`)
  await page.getByTestId(`task-${tasks}`).waitFor()
  const open = Date.now() - t0

  const input = await page.evaluateHandle(() => { const all = document.querySelectorAll('[data-testid=descriptor-points]'); return all[Math.floor(all.length / 2)] })
  const total = await page.evaluateHandle(() => document.querySelector('[data-testid=total-points]'))
  const keystrokes = await page.evaluate(typeAndWatchInPage, { input, total, count: 50 })

  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  const saves = []
  for (let i = 0; i < 30; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('bagalau:save').length)
    await page.getByTestId('descriptor-points').nth(10).fill(String(2 + (i % 2)))
    const measured = await page
      .waitForFunction((n) => performance.getEntriesByName('bagalau:save').length > n, before, { timeout: 5000 })
      .then(() => true, () => false)
    if (!measured) break
    saves.push(await page.evaluate(() => performance.getEntriesByName('bagalau:save').at(-1).duration))
  }
  await page.context().close()
  return { open, keystrokes, saves }
}

export async function measureEditor({ browser, url }) {
  const small = await measureSize(browser, url, 25)
  const large = await measureSize(browser, url, 100)
  const median = (xs) => stats(xs).median
  return [
    { figure: 'editor: open a 100-task / 400-descriptor document', value: ms(large.open), goal: '< 2 s', growth: growth(small.open, large.open, 25, 100) },
    {
      figure: 'editor: keystroke in a mark → total on screen, 100 tasks, 350-character descriptors',
      value: medianWorst(large.keystrokes),
      goal: 'median ≤ 16 ms, worst ≤ 50 ms',
      growth: growth(median(small.keystrokes), median(large.keystrokes), 25, 100),
    },
    {
      figure: 'editor: autosave of the whole document, 100 tasks',
      value: large.saves.length ? medianWorst(large.saves) : 'not measured: no bagalau:save measure',
      goal: '< 50 ms',
      growth: small.saves.length && large.saves.length ? growth(median(small.saves), median(large.saves), 25, 100) : '—',
    },
  ]
}
