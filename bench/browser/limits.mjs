/**
 * The editor at the limits a restore lets through (issue 14, point 6): a 500-task document, a document
 * whose reply brought many threads, and a task holding one long unbroken word. For each: opening the
 * editor (until its last part is on screen) and typing (input event → next painted frame, 3 keys into the
 * title, median of 3 runs of 3 keys).
 *
 * Measured on the 2-core development machine while six other jobs ran (so about 3× slower than an idle
 * one), `node bench/limits.mjs` before → after issue 14's changes (batched textarea fitting, off-screen
 * task cards skipped, threads indexed by field, long words breaking anywhere):
 *   100 tasks: open 7.15 s → 5.36 s, 3 keys 221 → 179 ms · 500 tasks: open 128.4 s → 11.1 s, 3 keys 1.49 s → 888 ms
 *   500 threads: open 15.6 s → 2.6 s, 3 keys 1.86 s → 185 ms · 5,000 threads: open 68.2 s → 5.3 s, 3 keys 28.0 s → 495 ms
 *   a 40,000-letter word: open 3.1 s → 2.6 s, 3 keys 225 → 84 ms · a 300,000-letter word: open 23.6 s → 1.8 s, 3 keys 131 → 77 ms
 * What is left of a keystroke at 500 tasks is the autosave of the whole document (a timer after the key).
 */
import { ms, seedAssessments, seedRows, waitLibrary } from '../common.mjs'
import { bigAssessment } from './fixtures.mjs'

const seedThreads = (page, rows) => seedRows(page, 'threads', rows)

function threadsOn(doc, count) {
  const paths = doc.tasks.flatMap((t) => [`tasks/${t.id}/text`, ...t.descriptors.map((d) => `tasks/${t.id}/descriptors/${d.id}/text`)])
  const now = Date.now()
  return Array.from({ length: count }, (_, i) => ({
    id: `th${i.toString(36).padStart(8, '0')}`,
    assessmentId: doc.id,
    path: paths[i % paths.length],
    quote: 'old text',
    versionNumber: 1,
    status: i % 3 === 0 ? 'resolved' : 'open',
    statusAt: now,
    suggestion: i % 2 ? 'a better text' : null,
    comments: [{ id: `c${i}`, author: 'Тәлімгер', role: 'mentor', text: `Пікір ${i}: мәтінді нақтылаңыз`, createdAt: now, versionNumber: 1, draft: false }],
    createdAt: now + i,
  }))
}

/** Milliseconds from each key's input event to the frame after it, 3 keys into the title, median of 3 runs. */
async function typing(page) {
  const runs = []
  for (let run = 0; run < 3; run++) {
    runs.push(
      await page.evaluate(async () => {
        const title = document.querySelector('[data-testid=header-title]')
        title.focus()
        const start = performance.now()
        for (const key of 'абв') {
          title.value += key
          title.dispatchEvent(new Event('input', { bubbles: true }))
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
        }
        return performance.now() - start
      }),
    )
  }
  return runs.sort((a, b) => a - b)[1]
}

async function measureCase(browser, url, doc, threads, lastTestId) {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage()
  page.setDefaultTimeout(600_000)
  await page.goto(url)
  await waitLibrary(page)
  await seedAssessments(page, [doc])
  if (threads.length) await seedThreads(page, threads)
  const t0 = Date.now()
  await page.goto(`${url}#/assessment/${doc.id}`)
  await page.getByTestId(lastTestId).waitFor()
  if (threads.length) await page.locator('[data-testid=threads-panel]').waitFor()
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
  const open = Date.now() - t0
  const type = await typing(page)
  await page.context().close()
  return { open, type }
}

export async function measureLimits({ browser, url }, { words = [40_000, 300_000], threads = [500, 5000], tasks = [100, 500] } = {}) {
  const rows = []
  for (const n of tasks) {
    const r = await measureCase(browser, url, bigAssessment(n, 4), [], `task-${n}`)
    rows.push({ figure: `editor limits: ${n} tasks × 4 descriptors`, value: `open ${ms(r.open)}, 3 keys ${ms(r.type)}`, goal: 'open < 5 s, 3 keys < 150 ms' })
  }
  for (const n of threads) {
    const doc = bigAssessment(100, 4)
    const r = await measureCase(browser, url, doc, threadsOn(doc, n), 'task-100')
    rows.push({ figure: `editor limits: ${n} threads on a 100-task document`, value: `open ${ms(r.open)}, 3 keys ${ms(r.type)}`, goal: 'open < 3 s, 3 keys < 150 ms' })
  }
  for (const n of words) {
    const doc = bigAssessment(5, 2)
    doc.tasks[2].text = 'ә'.repeat(n)
    const r = await measureCase(browser, url, doc, [], 'task-5')
    rows.push({ figure: `editor limits: one ${n.toLocaleString('en')}-character word in a task`, value: `open ${ms(r.open)}, 3 keys ${ms(r.type)}`, goal: 'open < 3 s, 3 keys < 150 ms' })
  }
  return rows
}
