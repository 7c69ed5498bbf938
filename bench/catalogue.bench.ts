/**
 * Catalogue at scale: 20,000 generated objectives (words from the shipped kk/ru/en texts) parsed from
 * CSV, validated, planned and written to IndexedDB (fake-indexeddb in Node) in one transaction; read
 * back; indexed; then 200 queries of 1–3 words (some with Russian letters for Kazakh, typos or code
 * prefixes). Prints import time, index build time, and search latency median / 95th percentile.
 */
import 'fake-indexeddb/auto'
import { readFileSync, readdirSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { catalogueRepo } from '@/db/catalogue'
import { importWrites, planImport } from '@/domain/catalogue/importPlan'
import { fold } from '@/domain/catalogue/fold'
import { validateRow } from '@/domain/catalogue/rows'
import { CatalogueSearch } from '@/domain/catalogue/search'
import { SubjectRegistry } from '@/domain/catalogue/subjects'
import { exportCsv, parseTable } from '@/exchange/catalogueCsv'
import { convertCurriculum } from '@/exchange/shippedCatalogue'
import type { CatalogueObjective } from '@/domain/catalogue/model'

const dir = 'src/data/curriculum'
const shipped = convertCurriculum(Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))])), 0)
const words = [...new Set(shipped.objectives.flatMap((o) => o.text.split(/[^\p{L}]+/u)).filter((w) => w.length > 3))]
let seed = 42
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n)
const pick = <T>(list: T[]) => list[rand(list.length)]

const N = 20_000
const generated: CatalogueObjective[] = Array.from({ length: N }, (_, i) => {
  const base = shipped.objectives[i % shipped.objectives.length]
  const grade = 1 + (i % 11)
  return {
    ...base,
    id: `g${i}`,
    origin: 'own',
    grade,
    code: `${grade}.${1 + (i % 6)}.${1 + (Math.floor(i / 6) % 9)}.${1 + Math.floor(i / 54)}`,
    text: Array.from({ length: 6 + rand(10) }, () => pick(words)).join(' '),
  }
})
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]

const csv = exportCsv(generated, (o) => o.subjectNames[o.language] ?? o.subject)
let t0 = performance.now()
const subjects = new SubjectRegistry()
const table = parseTable(csv)
const plan = planImport(table.rows.map((r) => validateRow(r, { subject: '', grade: null, term: null, language: null, section: '' })), [], subjects)
const parseMs = performance.now() - t0
t0 = performance.now()
await catalogueRepo.applyImport(importWrites(plan, 'skip', subjects, Date.now()))
const writeMs = performance.now() - t0
t0 = performance.now()
const stored = await catalogueRepo.listObjectives()
const readMs = performance.now() - t0
t0 = performance.now()
const index = new CatalogueSearch(stored)
const buildMs = performance.now() - t0

const queries = Array.from({ length: 200 }, (_, i) => {
  const n = 1 + (i % 3)
  const q = Array.from({ length: n }, () => pick(words))
  if (i % 5 === 1) return q.map(fold).join(' ') // Kazakh typed with Russian letters
  if (i % 5 === 2) return q.map((w) => (w.length > 5 ? w.slice(0, 2) + w.slice(3) : w)).join(' ') // a letter missed
  if (i % 5 === 3) return `${1 + (i % 11)}.${1 + (i % 6)}` // code prefix
  if (i % 5 === 4) return q.map((w) => w.slice(0, Math.max(3, w.length - 3))).join(' ') // typing in progress
  return q.join(' ')
})
const times: number[] = []
let hits = 0
for (const q of queries) {
  const s = performance.now()
  hits += index.search(q).length
  times.push(performance.now() - s)
}
times.sort((a, b) => a - b)
console.log(
  [
    `catalogue bench: ${stored.length} objectives in IndexedDB (fake-indexeddb)`,
    `  import: parse+validate+plan ${parseMs.toFixed(0)} ms, write (one transaction) ${writeMs.toFixed(0)} ms`,
    `  read all ${readMs.toFixed(0)} ms, index build ${buildMs.toFixed(0)} ms`,
    `  search over 200 queries of 1–3 words: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms (mean hits ${(hits / 200).toFixed(0)})`,
  ].join('\n'),
)

describe('catalogue search, 20,000 objectives', () => {
  bench('one word, Russian letters for Kazakh', () => void index.search(fold(words[7])))
  bench('two words with a typo', () => void index.search(`${words[11].slice(0, -1)}х ${words[12]}`))
  bench('code prefix', () => void index.search('7.2'))
  bench('index build', () => void new CatalogueSearch(stored.slice(0, 5000)), { iterations: 3 })
})
