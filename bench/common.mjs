/** Shared by the benchmarks: Chromium's flags, figures and how a figure grows with the work. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return { median: s[Math.floor(s.length / 2)], worst: s[s.length - 1], n: s.length }
}

export const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`)

export function medianWorst(xs) {
  const s = stats(xs)
  return `median ${ms(s.median)}, worst ${ms(s.worst)} (n=${s.n})`
}

/**
 * How a time grows from a small piece of work to a large one: "×14 for ×20 work (linear)". The exponent of
 * time ∝ work^k names it: k below 0.3 is flat, below 0.8 less than linear, up to 1.25 linear, above that faster
 * than linear.
 */
export function growth(smallTime, largeTime, smallWork, largeWork) {
  const times = largeTime / smallTime
  const work = largeWork / smallWork
  const k = Math.log(times) / Math.log(work)
  const name = k < 0.3 ? 'flat' : k < 0.8 ? 'less than linear' : k <= 1.25 ? 'linear' : 'faster than linear'
  return `×${times.toFixed(1)} for ×${work} work (${name})`
}

/** The library's list (or its empty state) is on screen. */
export async function waitLibraryShown(page) {
  await page.locator('[data-testid=library-empty], [data-testid=library-list]').first().waitFor()
}

/** The library is on screen and the database exists (it is opened only after the first list is drawn): rows may be written. */
export async function waitLibrary(page) {
  await waitLibraryShown(page)
  // the app marks its open (db/openWatch.ts): a row written before the app had made its database made an empty one
  // that held the app's open back (a hang)
  await page.locator('html[data-database=open]').waitFor({ state: 'attached', timeout: 60_000 })
}

/** Writes rows of one table in their stored shape through the raw IndexedDB API (the app must have opened it). */
export async function seedRows(page, table, rows) {
  await page.evaluate(
    ({ name, list }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('bagalau')
        // the app makes its database: a seed that made an empty one would hold the app's open back
        open.onupgradeneeded = () => open.transaction.abort()
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const done = (fail) => (open.result.close(), fail ? reject(fail) : resolve(undefined))
          try {
            const tx = open.result.transaction(name, 'readwrite')
            for (const row of list) tx.objectStore(name).put(row)
            tx.oncomplete = () => done()
            tx.onabort = () => done(tx.error ?? new Error('the seed was aborted'))
          } catch (e) {
            done(e)
          }
        }
      }),
    { name: table, list: rows },
  )
}

/** Writes assessment rows in their stored shape (see seedRows). */
export const seedAssessments = (page, rows) => seedRows(page, 'assessments', rows)

/** In the page: `count` new values into `input`, each timed until `total`'s text changes; the same code for both apps. */
export async function typeAndWatchInPage({ input, total, count }) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  const times = []
  for (let i = 0; i < count; i++) {
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect()
        resolve(performance.now())
      })
      observer.observe(total, { characterData: true, childList: true, subtree: true })
    })
    const start = performance.now()
    setValue.call(input, String((i % 5) + 2))
    input.dispatchEvent(new Event('input', { bubbles: true }))
    times.push((await changed) - start)
    await new Promise((r) => requestAnimationFrame(() => r(undefined)))
  }
  return times
}
