#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark, then one table of figures with their goals and how each grows when the work
 * grows. Pure work runs in Node (vitest bench, bench/*.bench.ts); pages run in Debian's Chromium against a production
 * build (dist-bench/). Never fails on a number: benchmarks inform, tests decide. Raw results: bench-results/.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { bundleSizes, kB } from '../scripts/bundleSizes.mjs'
import { CHROMIUM_FLAGS, growth, ms } from './common.mjs'
import { measureFirstLoad } from './browser/firstLoad.mjs'
import { measureEditor } from './browser/editor.mjs'
import { measureLibrary } from './browser/library.mjs'
import { measureCatalogue } from './browser/catalogue.mjs'
import { measureRestore } from './browser/restore.mjs'
import { measureWorkspaceFirstLoad } from './browser/workspaceFirstLoad.mjs'
import { peerDir } from './peer/peerDir.mjs'
import { keystrokeRows, measureKeystroke } from './peer/keystroke.mjs'
import { measureStartScreen } from './peer/startScreen.mjs'

const OUT = 'bench-results'
mkdirSync(OUT, { recursive: true })
const step = (what) => console.error(`… ${what}`)
// BENCH_ONLY=library,catalogue runs only those parts (and the bundle sizes): pages first, editor, library, catalogue,
// restore, workspace (what the school workspace adds to the first load), server (the workspace server's figures) and
// peer (Word export and the total's keystroke against the peer, when PEER_DIR is given); pure work is left out then
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean)
const wanted = (part) => !only || only.includes(part)

step('benchmarks of pure work (vitest bench)')
if (!only) try {
  execFileSync('npx', ['vitest', 'bench', '--run', '-c', 'vitest.bench.config.ts', '--outputJson', `${OUT}/vitest.json`], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 })
} catch (e) {
  writeFileSync(`${OUT}/vitest.log`, `${e.stdout ?? ''}${e.stderr ?? ''}`)
  console.error(`vitest bench failed; see ${OUT}/vitest.log`)
}
const benchmarks = readVitest(`${OUT}/vitest.json`)

// BENCH_DIST=dir measures a build made earlier (say, of the commit before a change) instead of building anew
const dist = process.env.BENCH_DIST ?? 'dist-bench'
step(`production build (${dist})`)
if (!process.env.BENCH_DIST) execFileSync('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'error'], { stdio: 'inherit' })
const sizes = bundleSizes(dist)

const rows = [
  { figure: 'first page JavaScript, with one language’s messages', value: `${kB(sizes.firstPage.gzip)} gzip (${kB(sizes.firstPage.raw)} raw)`, goal: '≤ 100 kB gzip', growth: 'one language at a time; new pages load with their route' },
  { figure: 'first page CSS', value: `${kB(sizes.css.gzip)} gzip (${kB(sizes.css.raw)} raw)`, goal: '—' },
  { figure: 'database code (Dexie), asked for once the library’s first list is on screen', value: `${kB(sizes.dataLayer.gzip)} gzip (${kB(sizes.dataLayer.raw)} raw)`, goal: '—' },
  { figure: 'Word library, loaded only on print', value: sizes.word.map((w) => `${kB(w.gzip)}`).join(' / ') + ' gzip (worker / fallback)', goal: 'not in the first load' },
]

step('pages in Chromium')
const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
const app = { browser, url: server.resolvedUrls.local[0], dist }
try {
  for (const [what, measure] of [['first load', measureFirstLoad], ['editor', measureEditor], ['library', measureLibrary], ['catalogue', measureCatalogue], ['restore', measureRestore], ['workspace first load', measureWorkspaceFirstLoad]]) {
    if (!wanted(what.split(' ')[0])) continue
    step(what)
    rows.push(...(await measure(app).catch((e) => [{ figure: what, value: `not measured: ${e.message.split('\n')[0]}`, goal: '—' }])))
  }
  if (wanted('peer')) rows.push(...(await peerRows(app)))
} finally {
  await browser.close()
  await server.close()
}

if (wanted('server')) {
  step('school workspace server')
  rows.push(...workspaceServerRows())
}
if (!only) rows.push(...pureWorkRows(benchmarks))
writeFileSync(`${OUT}/table.json`, JSON.stringify(rows, null, 2))
console.log('\n| figure | measured | goal | when the work grows |\n|---|---|---|---|')
for (const r of rows) console.log(`| ${r.figure} | ${r.value} | ${r.goal} | ${r.growth ?? '—'} |`)

/** Against the nearest open-source peer (bench/peer/), when PEER_DIR names its built checkout; else one row saying how. */
async function peerRows(app) {
  const peer = peerDir()
  if (!peer.dir) return [{ figure: 'against the peer (first page, Word per row, keystroke → total)', value: peer.reason, goal: '—' }]
  step('time to a usable library against the peer’s start screen')
  const start = await measureStartScreen(app, peer.dir).catch((e) => [{ figure: 'library usable against the peer', value: `not measured: ${e.message.split('\n')[0]}`, goal: '—' }])
  step('Word export against the peer (Node, its own process)')
  const word = (() => {
    try {
      const out = execFileSync(process.execPath, ['--expose-gc', 'bench/peer/word.mjs', '--rows', '5'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 1_800_000 })
      return JSON.parse(out.trim().split('\n').pop())
    } catch (e) {
      return [{ figure: 'Word export against the peer', value: `not measured: ${String(e.message).split('\n')[0]}`, goal: '—' }]
    }
  })()
  step('keystroke → total against the peer')
  const keystroke = await measureKeystroke({ ...app, peer: peer.dir, rounds: 3 })
    .then(keystrokeRows)
    .catch((e) => [{ figure: 'keystroke → total against the peer', value: `not measured: ${e.message.split('\n')[0]}`, goal: '—' }])
  return [...start, ...word, ...keystroke]
}

/** The workspace server in its own process (bench/server/workspace.ts prints its rows as JSON). */
function workspaceServerRows() {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/server/workspace.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 })
    return JSON.parse(out.trim().split('\n').pop())
  } catch (e) {
    return [{ figure: 'school workspace server', value: `not measured: ${String(e.message).split('\n')[0]}`, goal: '—' }]
  }
}

/** Every benchmark of vitest's JSON report as { group, name, median, … } (times in ms). */
function readVitest(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    return report.files.flatMap((f) => f.groups.flatMap((g) => g.benchmarks.map((b) => ({ ...b, group: g.fullName }))))
  } catch {
    return []
  }
}

function pureWorkRows(all) {
  const find = (group, name) => all.find((b) => b.group.includes(group) && b.name === name)
  const median = (b) => (b ? ms(b.median) : 'not measured')
  const grows = (small, large, smallWork, largeWork) => (small && large ? growth(small.median, large.median, smallWork, largeWork) : '—')
  const checks100 = find('checks on 100 tasks', 'runChecks (kk)')
  const checks400 = find('checks on 400 tasks', 'runChecks (kk)')
  const word = [10, 50, 200].map((n) => find('buildAssessmentDocx', `${n} tasks`))
  const search2k = find('catalogue search, 2,000', 'one word, Russian letters for Kazakh')
  const search20k = find('catalogue search, 20,000', 'one word, Russian letters for Kazakh')
  const build2k = find('catalogue', 'index build at once, 2,000 objectives')
  const build20k = find('catalogue', 'index build at once, 20,000 objectives')
  const slice = find('catalogue', 'one slice of the build in slices, 20,000 objectives')
  const backup = ['backup (export + header)', 'read + validate the file', 'restore (replace, one transaction)'].map((n) => find('backup of 1,000', n))
  return [
    { figure: 'checks on 100 tasks / 400 descriptors (all rules, kk)', value: median(checks100), goal: '< 5 ms', growth: grows(checks100, checks400, 100, 400) },
    { figure: 'specification + parent rubric, 100 tasks', value: `${median(find('checks on 100', 'specification'))} + ${median(find('checks on 100', 'parentRubric'))}`, goal: '< 5 ms' },
    { figure: 'catalogue search, one word, 20,000 objectives', value: median(search20k), goal: '< 16 ms', growth: grows(search2k, search20k, 2000, 20000) },
    { figure: 'catalogue index build, 20,000 objectives (in slices at idle time)', value: `${median(build20k)} of work; longest slice ${slice ? ms(slice.max) : '?'}`, goal: 'no slice > 50 ms', growth: grows(build2k, build20k, 2000, 20000) },
    { figure: 'Word export, 10 / 50 / 200 tasks (all parts, packed .docx)', value: word.map(median).join(' / '), goal: '< 2 s for 200 tasks', growth: grows(word[0], word[2], 10, 200) },
    ...wordAgainstFloor(find),
    { figure: 'library search of 2,000 (Node, a Kazakh word in Russian letters)', value: median(find('library of 2,000', 'search a Kazakh word typed in Russian letters ("окиганы"), sort by title')), goal: '< 16 ms' },
    { figure: 'backup of 1,000 assessments: write / read + validate / restore', value: backup.map(median).join(' / '), goal: '< 2 s each' },
  ]
}

/** Word export of 200 tasks × 5 descriptors of 350 Kazakh characters, as ratios to docx's plainest table of the same rows. */
function wordAgainstFloor(find) {
  const group = 'Word export per row'
  const floor = find(group, 'floor: the same 1,000 rows as one plain docx table, packed')
  const table = find(group, 'descriptor table alone, packed')
  const pack = find(group, 'full pack (all parts, 2 rubric copies)')
  const ratio = (b) => (b && floor ? `${ms(b.median)} = ${(b.median / floor.median).toFixed(2)}× the floor` : 'not measured')
  return [
    { figure: 'Word floor: 1,000 rows (200 tasks × 5 descriptors of 350 Kazakh characters) as one plain docx table, packed', value: floor ? ms(floor.median) : 'not measured', goal: '—' },
    { figure: 'Word export: descriptor table of those 200 tasks, packed', value: ratio(table), goal: '≤ 1.0× the floor' },
    { figure: 'Word export: full pack of those 200 tasks (all parts, 2 rubric copies)', value: ratio(pack), goal: '< 0.5 s on a quiet machine' },
  ]
}
