#!/usr/bin/env node
/**
 * Size budget of the built app: prints the gzip size of the JavaScript loaded on first visit and fails
 * if `docx` (the Word library) is in it or in any route's chunk — it must load only when printing.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const DIST = process.env.E2E_DIST ?? 'dist'
const BUDGET_KB = 150
const html = readFileSync(`${DIST}/index.html`, 'utf8')
const entry = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1])
const seen = new Set()
const queue = [...entry]
// follow static imports from the entry: that is what loads before the first page shows
while (queue.length) {
  const file = queue.shift()
  if (seen.has(file)) continue
  seen.add(file)
  const code = readFileSync(`${DIST}/${file}`, 'utf8')
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`)
}
const gzip = (file) => gzipSync(readFileSync(`${DIST}/${file}`)).length
const firstLoad = [...seen].reduce((sum, f) => sum + gzip(f), 0)
console.log(`first-load JS: ${[...seen].join(', ')} = ${(firstLoad / 1024).toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`)

// docx's own marker strings; a chunk holding them carries the Word library
const DOCX_MARKER = /w:document|officeDocument\/2006\/relationships\/styles/
const docxChunks = readdirSync(`${DIST}/assets`).filter((f) => f.endsWith('.js') && DOCX_MARKER.test(readFileSync(`${DIST}/assets/${f}`, 'utf8')))
const leaked = docxChunks.filter((f) => seen.has(`assets/${f}`) || /View-/.test(f))
console.log(`chunks with the Word library: ${docxChunks.join(', ') || 'none'}`)
let ok = true
if (leaked.length) {
  console.error(`docx is in first-load or route chunks: ${leaked.join(', ')}`)
  ok = false
}
if (firstLoad / 1024 > BUDGET_KB) {
  console.error(`first-load JS over budget`)
  ok = false
}
process.exit(ok ? 0 : 1)
