/**
 * Restoring a large backup (default about 90 MB: 2,000 assessments and pictures of 1 MB, under the 100 MB limit):
 * choosing the file (read, check, preview) and restoring it, each with its longest main-thread block (Chromium's long
 * tasks) and its duration. Standalone, to compare two builds: `node bench/browser/restore.mjs [distDir] [megabytes]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ms, waitLibrary } from '../common.mjs'

const TABLES = {
  assessments: 'id,updatedAt,deletedAt,kind',
  pictures: 'id,assessmentId',
  catalogue: 'id,code,subject,[subject+grade],origin',
  catalogueSections: 'id,subject,origin',
  catalogueMeta: 'key',
  versions: 'id,assessmentId',
  threads: 'id,assessmentId',
  reviews: 'id,assessmentId,role',
}

function assessment(i) {
  const id = (k) => `r${i}x${k}`
  const text = (n) => `Жасуша құрылымын сипаттайды, ә ғ қ ң ө ұ ү һ і ${i}/${n}`.repeat(3)
  const tasks = [0, 1, 2, 3, 4, 5].map((k) => ({
    id: id(`t${k}`), order: (k + 1) * 1024, text: text(k), type: 'shortAnswer', level: null, criterionIds: [id('c')], minutes: null, answer: 'ядро',
    options: [], pictures: k === 0 && i < 64 ? [{ id: id('p'), order: 1024, blobId: `blob${i}`, caption: 'Сурет', width: 4, height: 3 }] : [],
    descriptors: [0, 1, 2].map((d) => ({ id: id(`t${k}d${d}`), order: (d + 1) * 1024, text: text(d), points: 1, criterionId: id('c') })),
  }))
  return {
    id: `big${String(i).padStart(5, '0')}`, kind: 'unit', language: 'kk', title: `Үлкен көшірме №${i}`, subject: 'Биология', grade: 7, term: 1,
    sections: ['Жасушалар'], durationMinutes: 20, objectives: [{ id: id('o'), order: 1024, code: '7.1.1.1', text: text(0) }],
    criteria: [{ id: id('c'), order: 1024, text: text(1), objectiveIds: [id('o')], level: null }], tasks, rubricEdits: {}, specEdits: {}, status: 'draft',
    createdAt: 1_760_000_000_000 + i, updatedAt: 1_760_000_000_000 + i, deletedAt: null, source: '',
  }
}

/** Writes a backup file of about `megabytes` MB and returns its path. */
export function writeBigBackup(megabytes = 90) {
  const pictureBytes = 1_000_000
  const assessments = Array.from({ length: 2000 }, (_, i) => assessment(i))
  const rest = megabytes * 1e6 - JSON.stringify(assessments).length - 10_000
  const pictureCount = Math.max(1, Math.floor(rest / (Math.ceil(pictureBytes / 3) * 4 + 150)))
  const bytes = Buffer.alloc(pictureBytes)
  for (let k = 0; k < pictureBytes; k++) bytes[k] = (k * 31) % 251
  const base64 = bytes.toString('base64')
  const pictures = Array.from({ length: pictureCount }, (_, i) => ({ id: `blob${i}`, assessmentId: `big${String(i).padStart(5, '0')}`, mimeType: 'image/png', blob: { type: 'image/png', data: base64 }, $types: { blob: 'blob2' } }))
  const rows = { assessments, pictures }
  const counts = Object.fromEntries(Object.keys(TABLES).map((t) => [t, rows[t]?.length ?? 0]))
  const file = {
    bagalau: { app: 'bagalau', formatVersion: 1, appVersion: '0.1.0', madeAt: 1_765_000_000_000, madeBy: 'Bench', databaseVersion: 4, counts },
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'bagalau', databaseVersion: 4,
      tables: Object.entries(TABLES).map(([name, schema]) => ({ name, schema, rowCount: counts[name] })),
      data: Object.keys(TABLES).map((tableName) => ({ tableName, inbound: true, rows: rows[tableName] ?? [] })),
    },
  }
  const path = join(mkdtempSync(join(tmpdir(), 'bagalau-restore-bench-')), 'big-backup.json')
  writeFileSync(path, JSON.stringify(file))
  return path
}

/** Long tasks since the last call (Chromium's PerformanceObserver 'longtask'); runs in the page. */
function installLongTasks() {
  const w = window
  w.__long = []
  new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask' })
  // when the last slice is written (progress done = total), for blocks while writing vs after the commit
  new MutationObserver(() => {
    const p = document.querySelector('[data-testid=restore-progress]')
    if (p && p.dataset.total !== '0' && p.dataset.done === p.dataset.total) w.__written ??= performance.now()
  }).observe(document.body, { subtree: true, attributes: true, childList: true })
}
const takeLongTasks = (page) => page.evaluate(() => {
  const all = window.__long
  const written = window.__written ?? Infinity
  window.__long = []
  const longest = (xs) => Math.max(0, ...xs.map(([, d]) => d))
  return {
    longest: longest(all),
    whileWriting: longest(all.filter(([start]) => start < written)),
    total: all.reduce((a, [, d]) => a + d, 0),
    count: all.length,
  }
})

export async function measureRestore({ browser, url }, megabytes = 90) {
  const path = writeBigBackup(megabytes)
  const context = await browser.newContext({ locale: 'kk-KZ', viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  try {
    await page.goto(url.replace(/\/$/, '') + '/')
    await waitLibrary(page)
    await page.goto(url.replace(/\/$/, '') + '/#/data')
    await page.getByTestId('data-page').waitFor()
    await page.evaluate(installLongTasks)
    let start = Date.now()
    await page.getByTestId('restore-file').setInputFiles(path)
    await page.locator('[data-testid=restore-preview], [data-testid=restore-error]').first().waitFor({ timeout: 600_000 })
    if (await page.getByTestId('restore-error').isVisible()) throw new Error(`refused: ${await page.getByTestId('restore-error').textContent()}`)
    const choose = { ms: Date.now() - start, ...(await takeLongTasks(page)) }
    await page.getByTestId('restore-replace').check()
    start = Date.now()
    await page.getByTestId('restore-apply').click()
    await page.getByTestId('restore-done').waitFor({ timeout: 600_000 })
    const restore = { ms: Date.now() - start, ...(await takeLongTasks(page)) }
    const fig = (x) => `longest block ${ms(x.longest)}, ${x.count} blocks > 50 ms (${ms(x.total)}), done in ${ms(x.ms)}`
    return [
      { figure: `restore of a ${megabytes} MB backup: choosing the file (read, check, preview)`, value: fig(choose), goal: '—', raw: choose },
      { figure: `restore of a ${megabytes} MB backup: Restore → done`, value: fig(restore), goal: '—', raw: restore },
      { figure: `restore of a ${megabytes} MB backup: longest block while writing`, value: ms(restore.whileWriting), goal: '≤ 200 ms', raw: restore },
    ]
  } finally {
    await context.close()
    rmSync(dirname(path), { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('playwright-core')
  const { preview } = await import('vite')
  const { CHROMIUM_FLAGS } = await import('../common.mjs')
  const outDir = process.argv[2] ?? 'dist'
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
  try {
    for (const row of await measureRestore({ browser, url: server.resolvedUrls.local[0] }, Number(process.argv[3] ?? 90))) console.log(`${row.figure}: ${row.value}`)
  } finally {
    await browser.close()
    await server.close()
  }
}
