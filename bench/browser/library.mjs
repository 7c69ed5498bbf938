/**
 * The library with 200 and 2,000 assessments (6 tasks × 4 descriptors each): opening it (reload → first cards and the
 * count), a keystroke in the search box → list patched and → next frame, a filter or sort change, and moving one to
 * the trash (the changed row read again, the list patched and redrawn).
 */
import { growth, medianWorst, stats, waitLibrary } from '../common.mjs'

/** Generates n assessments in the stored shape and writes them through the raw IndexedDB API; runs in the page. */
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
      minutes: null, answer: text(k, 4), options: [], pictures: [],
      descriptors: [0, 1, 2, 3].map((d) => ({ id: id(), order: (d + 1) * 1024, text: text(i + k + d, 7), points: 1, criterionId: criteria[k % 2].id })),
    }))
    rows.push({
      id: id(), kind: i % 3 === 0 ? 'term' : 'unit', language: 'kk', title: `«${text(i, 3)}» бөлімі бойынша жиынтық бағалау ${i}`,
      subject: subjects[i % subjects.length], grade: (i % 11) + 1, term: (i % 4) + 1, sections: [], durationMinutes: 20,
      objectives, criteria, tasks, rubricEdits: {}, specEdits: {}, status: 'draft', createdAt: 1_700_000_000_000 + i * 1000, updatedAt: 1_700_000_000_000 + i * 1000,
      deletedAt: null, source: '',
    })
  }
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('bagalau')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const tx = open.result.transaction('assessments', 'readwrite')
      for (const row of rows) tx.objectStore('assessments').put(row)
      tx.oncomplete = () => (open.result.close(), resolve(undefined))
      tx.onerror = () => reject(tx.error)
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

async function measureSize(browser, url, n) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'kk-KZ' })).newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(url)
  await waitLibrary(page)
  await page.evaluate(seedLibrary, n)

  const open = []
  for (let i = 0; i < 5; i++) {
    const start = Date.now()
    await page.reload()
    await page.waitForFunction((total) => document.querySelector('[data-testid=result-count]')?.textContent?.includes(`/ ${total}`), n)
    await page.locator('.assessment-card').first().waitFor()
    open.push(Date.now() - start)
  }
  const typing = await page.evaluate(typeInSearch)

  const filters = []
  for (const [testid, value] of [['filter-kind', 'term'], ['filter-grade', '5'], ['filter-kind', ''], ['filter-grade', ''], ['library-sort', 'title'], ['library-sort', 'grade'], ['library-sort', 'changed']]) {
    const start = Date.now()
    await page.getByTestId(testid).selectOption(value)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
    filters.push(Date.now() - start)
  }

  const trash = []
  for (let i = 0; i < 5; i++) {
    const card = page.locator('.assessment-card').first()
    const title = await card.locator('.card-title').textContent()
    const start = Date.now()
    await card.getByTestId('move-to-trash').click()
    await page.locator('.assessment-card .card-title', { hasText: title }).waitFor({ state: 'detached' })
    trash.push(Date.now() - start)
  }
  await page.context().close()
  return { open, ...typing, filters, trash }
}

/** Each figure for 2,000 assessments, and as a ratio to the same figure for 200 in the same run (noise cancels). */
export async function measureLibrary({ browser, url }) {
  const small = await measureSize(browser, url, 200)
  const large = await measureSize(browser, url, 2000)
  const row = (figure, key, goal) => ({
    figure,
    value: medianWorst(large[key]),
    goal,
    growth: growth(stats(small[key]).median, stats(large[key]).median, 200, 2000),
  })
  return [
    row('library of 2,000: open (reload → cards and count on screen)', 'open', '< 1.5 s'),
    row('library of 2,000: keystroke in the search box → list patched', 'updated', 'median < 16 ms'),
    row('library of 2,000: keystroke in the search box → next frame drawn', 'drawn', 'median < 50 ms'),
    row('library of 2,000: filter or sort change → list redrawn', 'filters', '< 100 ms'),
    row('library of 2,000: move to trash → list patched and redrawn', 'trash', '< 500 ms'),
  ]
}
