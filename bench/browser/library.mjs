/**
 * The library with 200 and 2,000 assessments (6 tasks × 4 descriptors each): opening it (reload → first cards and the
 * count), a keystroke in the search box → list patched and → next frame, a filter or sort change, and moving one to
 * the trash (the changed row read again, the list patched and redrawn).
 */
import { growth, medianWorst, ms, stats, waitLibrary } from '../common.mjs'

/**
 * Generates n assessments in the stored shape (as the database's upgrades leave every row: a task without `script`
 * made the checks on each card throw, and the thrown errors cost more than the cards) and writes them through the raw
 * IndexedDB API; runs in the page.
 */
export async function seedLibrary(n) {
  const words = ['тарихи', 'оқиғаны', 'анықтайды', 'себептерін', 'жазады', 'салдарын', 'мысалдар', 'келтіреді', 'определяет', 'влияние', 'решает', 'задачу']
  const subjects = ['Қазақстан тарихы', 'Математика', 'Физика', 'Биология', 'English', 'Қазақ тілі', 'Русский язык', 'География']
  const text = (seed, count) => Array.from({ length: count }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ') + ` ${seed}`
  let seq = 0
  const id = () => `b${(++seq).toString(36).padStart(15, '0')}`
  const rows = []
  for (let i = 0; i < n; i++) {
    const objectives = [0, 1, 2].map((k) => ({ id: id(), order: (k + 1) * 1024, code: `${(i % 11) + 1}.${k + 1}.${i % 4}.${k}`, text: text(i + k, 10) }))
    const criteria = [0, 1].map((k) => ({ id: id(), order: (k + 1) * 1024, text: text(i * 3 + k, 8), objectiveIds: [objectives[k].id], level: null }))
    const tasks = [0, 1, 2, 3, 4, 5].map((k) => ({
      id: id(), order: (k + 1) * 1024, text: text(i * 5 + k, 40), type: 'shortAnswer', level: null, criterionIds: [criteria[k % 2].id],
      minutes: null, answer: text(k, 4), script: '', teacherNotes: '', options: [], pictures: [],
      descriptors: [0, 1, 2, 3].map((d) => ({ id: id(), order: (d + 1) * 1024, text: text(i + k + d, 7), points: 1, criterionId: criteria[k % 2].id })),
    }))
    rows.push({
      id: id(), kind: i % 3 === 0 ? 'term' : 'unit', language: 'kk', title: `«${text(i, 3)}» бөлімі бойынша жиынтық бағалау ${i}`,
      subject: subjects[i % subjects.length], grade: (i % 11) + 1, term: (i % 4) + 1, sections: [], durationMinutes: 20,
      objectives, criteria, tasks, rubricEdits: {}, variant: null, specEdits: {}, status: 'draft', createdAt: 1_700_000_000_000 + i * 1000, updatedAt: 1_700_000_000_000 + i * 1000,
      deletedAt: null, source: '',
    })
  }
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('bagalau')
    // the app makes its database: a seed that made an empty one would hold the app's open back (a hang)
    open.onupgradeneeded = () => open.transaction.abort()
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const done = (fail) => (open.result.close(), fail ? reject(fail) : resolve(undefined))
      try {
        const tx = open.result.transaction('assessments', 'readwrite')
        for (const row of rows) tx.objectStore('assessments').put(row)
        tx.oncomplete = () => done()
        tx.onabort = () => done(tx.error ?? new Error('the seed was aborted'))
      } catch (e) {
        done(e)
      }
    }
  })
}

/** Types and erases a word letter by letter, then a few other searches; keystroke → Vue's update and → next frame. */
async function typeInSearch() {
  const input = document.querySelector('[data-testid=library-search]')
  const steps = [...'окиганы'].map((_, i, all) => all.slice(0, i + 1).join(''))
  const sequence = [...steps, ...steps.slice(0, -1).reverse(), '', '7.2', '7.2.', 'жазады 5', 'жок', '']
  const updated = []
  const drawn = []
  for (const value of sequence) {
    const start = performance.now()
    input.value = value
    input.dispatchEvent(new Event('input', { bubbles: true }))
    // a macrotask after the input event runs after Vue's microtask flush
    await new Promise((resolve) => setTimeout(resolve, 0))
    updated.push(performance.now() - start)
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    drawn.push(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, 30))
  }
  return { updated, drawn }
}

/** A page of its own (a browser context: its own database) with n assessments, the library on screen. */
async function openLibrary(browser, url, n) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'kk-KZ' })).newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(url)
  await waitLibrary(page)
  await page.evaluate(seedLibrary, n)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  return { page, n, cdp }
}

/**
 * CPU time the page's main thread has used so far (ms). On a machine shared with busy colleagues a wall-clock time
 * holds every moment the page waited for a core; the thread's own CPU time holds only the page's work.
 */
async function cpuTime({ cdp }) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000
}

/** Runs `work` and returns its main-thread CPU time (ms) beside what it returned. */
async function withCpu(size, work) {
  const before = await cpuTime(size)
  const value = await work()
  return { value, cpu: (await cpuTime(size)) - before }
}

/** Reload → first cards and the count on screen, and → the whole list read (a search then covers every row). */
async function reopen({ page, n }) {
  const start = Date.now()
  await page.reload()
  await page.waitForFunction((total) => document.querySelector('[data-testid=result-count]')?.textContent?.includes(`/ ${total}`), n)
  await page.locator('.assessment-card').first().waitFor()
  const open = Date.now() - start
  // (a build before the first screen was read alone has no such mark: its list is whole when drawn)
  await page.waitForFunction(() => document.querySelector('[data-testid=result-count]')?.dataset.complete !== 'false')
  return { open, whole: Date.now() - start }
}

export const FILTERS = [['filter-kind', 'term'], ['filter-grade', '5'], ['filter-kind', ''], ['filter-grade', ''], ['library-sort', 'title'], ['library-sort', 'grade'], ['library-sort', 'changed']]

/**
 * In the page: each filter or sort change of `filters` (back where it started), timed from its change event to the
 * frame that shows the new list (the list's DOM patched, then the next frame and the task after it), as a teacher sees
 * it; a pause after each lets the address be written in idle time as after a real choice. Run through the driver
 * (selectOption, then a frame asked for by evaluate) the figure held two or three driver round trips.
 */
export async function changeFiltersInPage(filters) {
  const times = []
  for (const [testid, value] of filters) {
    const select = document.querySelector(`[data-testid=${testid}]`)
    const list = document.querySelector('[data-testid=library-list]')?.parentElement ?? document.body
    const patched = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => (observer.disconnect(), resolve(undefined)))
      observer.observe(list, { childList: true, subtree: true, attributes: true, characterData: true })
      // a change that never reaches the list fails the bench rather than hanging it
      setTimeout(() => (observer.disconnect(), reject(new Error(`${testid} = ${value}: the list did not change`))), 20_000)
    })
    const start = performance.now()
    select.value = value
    select.dispatchEvent(new Event('input', { bubbles: true }))
    select.dispatchEvent(new Event('change', { bubbles: true }))
    await patched
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    times.push(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return times
}

/** Each filter or sort change of FILTERS, in the page (changeFiltersInPage). */
const changeFilters = ({ page }) => page.evaluate(changeFiltersInPage, FILTERS)

async function moveFirstToTrash({ page }) {
  const card = page.locator('.assessment-card').first()
  const title = await card.locator('.card-title').textContent()
  const start = Date.now()
  await card.getByTestId('move-to-trash').click()
  await page.locator('.assessment-card .card-title', { hasText: title }).waitFor({ state: 'detached' })
  return Date.now() - start
}

/**
 * Every figure for 200 and for 2,000 assessments, the two libraries open side by side (two browser contexts) and
 * measured in turns, round by round: a colleague's build that slows one round slows both sizes alike, and the ratio
 * of the two keeps what the size costs.
 */
async function measureBoth(browser, url) {
  const sizes = [await openLibrary(browser, url, 200), await openLibrary(browser, url, 2000)]
  const figures = sizes.map(() => ({ open: [], whole: [], updated: [], drawn: [], filters: [], trash: [], typingCpu: [], filterCpu: [], trashCpu: [] }))
  const each = async (work) => {
    for (let i = 0; i < sizes.length; i++) await work(sizes[i], figures[i])
  }
  // (a reload may start the page's main thread anew, so its CPU time is not taken across one)
  for (let round = 0; round < 5; round++) await each(async (size, f) => {
    const { open, whole } = await reopen(size)
    f.open.push(open)
    f.whole.push(whole)
  })
  for (let round = 0; round < 2; round++) {
    await each(async (size, f) => {
      const { value: { updated, drawn }, cpu } = await withCpu(size, () => size.page.evaluate(typeInSearch))
      f.updated.push(...updated)
      f.drawn.push(...drawn)
      f.typingCpu.push(cpu / updated.length)
    })
  }
  for (let round = 0; round < 2; round++) {
    await each(async (size, f) => {
      const { value, cpu } = await withCpu(size, () => changeFilters(size))
      f.filters.push(...value)
      f.filterCpu.push(cpu / value.length)
    })
  }
  for (let round = 0; round < 5; round++) {
    await each(async (size, f) => {
      const { value, cpu } = await withCpu(size, () => moveFirstToTrash(size))
      f.trash.push(value)
      f.trashCpu.push(cpu)
    })
  }
  for (const { page } of sizes) await page.context().close()
  return figures
}

/** Each figure for 200 and 2,000 assessments, and the ratio of the two medians measured in the same run (noise cancels). */
export async function measureLibrary({ browser, url }) {
  const [small, large] = await measureBoth(browser, url)
  const row = (figure, key, goal) => {
    const s = stats(small[key]).median
    const l = stats(large[key]).median
    return {
      figure,
      value: `200: median ${ms(s)} · 2,000: ${medianWorst(large[key])} · ratio ×${(l / s).toFixed(2)}`,
      goal,
      growth: growth(s, l, 200, 2000),
    }
  }
  return [
    row('library of 2,000: open (reload → cards and count on screen)', 'open', '< 1.5 s'),
    row('library of 2,000: open → whole list read (search and every order ready)', 'whole', '—'),
    row('library of 2,000: keystroke in the search box → list patched', 'updated', 'median < 16 ms'),
    row('library of 2,000: keystroke in the search box → next frame drawn', 'drawn', 'median < 50 ms'),
    row('library of 2,000: filter or sort change → the frame that shows the new list (in the page)', 'filters', '< 100 ms'),
    row('library of 2,000: move to trash → list patched and redrawn', 'trash', '< 500 ms'),
    row('library of 2,000: main-thread CPU per keystroke (mean of a typed sequence; waits for a core left out)', 'typingCpu', '—'),
    row('library of 2,000: main-thread CPU per filter or sort change (mean of the seven)', 'filterCpu', '—'),
    row('library of 2,000: main-thread CPU per move to trash', 'trashCpu', '—'),
  ]
}
