#!/usr/bin/env node
/**
 * §1 of issue #20, Word export per row against the peer, in one Node process, alternating: for N = 200 and 1,000,
 * every round times the peer's rubric export (N rows × 5 levels), Bagalau's descriptor table (N tasks × 5
 * descriptors), its full pack of N tasks and the plain-docx floor of the same N × 5 rows, in an order that turns
 * each round. Wall and CPU time, a collection before each piece so none pays for the garbage of the one before.
 *
 *   PEER_DIR=/path/to/RubricMaker node --expose-gc bench/peer/word.mjs [rounds=5]   — a log and a table
 *   … --rows                                                                         — the bench table's rows, JSON
 *   … --describe                                                                     — what each piece writes
 *
 * The peer's file is bundled from its checkout with its own `docx` (the version it ships); `file-saver` is replaced
 * by a stub that keeps the Blob. Nothing of the peer is copied into this repository.
 */
import { mkdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { strFromU8, unzipSync } from 'fflate'
import { peerDir } from './peerDir.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SIZES = [200, 1000]
const PIECES = ['peer', 'table', 'pack', 'floor']

/** Bundles bench/peer/wordWork.ts with the peer's export and returns its `works`. */
async function loadWorks(peer) {
  const outfile = `${ROOT}/bench-results/peer-word.mjs`
  mkdirSync(`${ROOT}/bench-results`, { recursive: true })
  const aliases = {
    name: 'peer-and-alias',
    setup(b) {
      b.onResolve({ filter: /^@\// }, (args) => b.resolve(`./${args.path.slice(2)}`, { resolveDir: `${ROOT}/src`, kind: args.kind }))
      b.onResolve({ filter: /^peer-docx-export$/ }, () => ({ path: `${peer}/src/utils/docxExport.ts` }))
      b.onResolve({ filter: /^file-saver$/ }, () => ({ path: 'file-saver', namespace: 'stub' }))
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'let saved; export function saveAs(blob) { saved = blob } export default saveAs; export const lastSaved = () => saved', loader: 'js' }))
    },
  }
  await build({ entryPoints: [`${ROOT}/bench/peer/wordWork.ts`], bundle: true, platform: 'node', format: 'esm', outfile, plugins: [aliases], logLevel: 'error', banner: { js: "import { createRequire as __peerBenchRequire } from 'node:module'; const require = __peerBenchRequire(import.meta.url);" } })
  return (await import(pathToFileURL(outfile).href)).works
}

const collect = () => globalThis.gc?.()
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function timed(work) {
  collect()
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const bytes = (await work()).byteLength
  const wall = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { wall, cpu: (cpu.user + cpu.system) / 1000, bytes }
}

/** Every piece at every size, `rounds` times, alternating; returns { [n]: { [piece]: [{ wall, cpu, bytes }] } }. */
export async function measureWord(peer, rounds, log = () => {}) {
  const works = await loadWorks(peer)
  const results = {}
  for (const n of SIZES) {
    const w = works(n)
    results[n] = Object.fromEntries(PIECES.map((p) => [p, []]))
    for (const p of PIECES) await timed(w[p]) // warm-up, not counted
    for (let round = 0; round < rounds; round++) {
      const order = PIECES.map((_, i) => PIECES[(i + round) % PIECES.length])
      for (const p of order) results[n][p].push(await timed(w[p]))
      log(`N=${n} round ${round + 1} (${order.join(' ')}): ${PIECES.map((p) => `${p} ${results[n][p].at(-1).wall.toFixed(0)} ms`).join(', ')}; load ${loadavg()[0].toFixed(1)}`)
    }
  }
  return results
}

/** Medians per piece and the ratios of issue #20 §1, per N. */
export function summarize(results) {
  return Object.fromEntries(Object.entries(results).map(([n, byPiece]) => {
    const m = Object.fromEntries(PIECES.map((p) => [p, { wall: median(byPiece[p].map((r) => r.wall)), cpu: median(byPiece[p].map((r) => r.cpu)), bytes: byPiece[p][0].bytes }]))
    // ratios as medians of the per-round ratios: each pair ran back to back, so the machine's swings cancel
    const ratio = (a, b, k = 'wall') => median(byPiece[a].map((r, i) => r[k] / byPiece[b][i][k]))
    return [n, { ...m, tableToPeer: ratio('table', 'peer'), tableToFloor: ratio('table', 'floor'), packToFloor: ratio('pack', 'floor'), packToPeer: ratio('pack', 'peer'), tableToPeerCpu: ratio('table', 'peer', 'cpu'), tableToFloorCpu: ratio('table', 'floor', 'cpu') }]
  }))
}

/** The rows `npm run bench` prints. */
export function wordRows(summary, rounds) {
  const perRow = (x, n) => `${(x / n).toFixed(2)} ms`
  return Object.entries(summary).flatMap(([n, s]) => [
    { figure: `Word per row against the peer, N = ${n} (${rounds} rounds alternating): peer row / Bagalau task / floor (5 cells of 350 Kazakh characters)`, value: `${perRow(s.peer.wall, n)} / ${perRow(s.table.wall, n)} / ${perRow(s.floor.wall, n)}`, goal: '—' },
    { figure: `Word descriptor table ÷ peer's table, N = ${n}`, value: `${s.tableToPeer.toFixed(2)}× (CPU ${s.tableToPeerCpu.toFixed(2)}×)`, goal: '≤ 0.5×' },
    { figure: `Word descriptor table ÷ plain-docx floor, N = ${n}`, value: `${s.tableToFloor.toFixed(2)}× (CPU ${s.tableToFloorCpu.toFixed(2)}×)`, goal: '≤ 1.0×' },
    { figure: `Word full pack of ${n} tasks: time; ÷ floor; ÷ peer's table`, value: `${s.pack.wall.toFixed(0)} ms; ${s.packToFloor.toFixed(2)}×; ${s.packToPeer.toFixed(2)}×`, goal: n === '200' ? '< 0.5 s on a quiet machine' : '—' },
  ])
}

/** What each piece wrote for N units: rows, cells, elements and characters of text in word/document.xml. */
export async function describeWord(peer, n) {
  const works = (await loadWorks(peer))(n)
  const out = {}
  for (const p of PIECES) {
    const xml = strFromU8(unzipSync(await works[p]())['word/document.xml'])
    const count = (re) => (xml.match(re) ?? []).length
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].reduce((s, m) => s + m[1].length, 0)
    out[p] = { rows: count(/<w:tr[ >]/g), cells: count(/<w:tc[ >]/g), elements: count(/<w:[A-Za-z]+[ >/]/g), textChars: text }
  }
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const peer = peerDir()
  const asRows = process.argv.includes('--rows')
  const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5)
  if (peer.dir && process.argv.includes('--describe')) {
    for (const n of [1, 200]) console.log(`N=${n}`, JSON.stringify(await describeWord(peer.dir, n)))
  } else if (!peer.dir) {
    console.log(asRows ? JSON.stringify([{ figure: 'Word export against the peer', value: peer.reason, goal: '—' }]) : peer.reason)
  } else {
    const log = asRows ? () => {} : console.log
    log(`# load ${loadavg().map((x) => x.toFixed(1)).join(' ')}; gc between pieces: ${Boolean(globalThis.gc)}`)
    const summary = summarize(await measureWord(peer.dir, rounds, log))
    if (asRows) console.log(JSON.stringify(wordRows(summary, rounds)))
    else {
      for (const r of wordRows(summary, rounds)) console.log(`| ${r.figure} | ${r.value} | ${r.goal} |`)
      console.log(JSON.stringify(summary, null, 1))
      console.log(`# load at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')}`)
    }
  }
}
