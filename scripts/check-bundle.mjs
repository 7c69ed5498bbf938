#!/usr/bin/env node
/**
 * Size budget of the built app. Prints what loads before the first page (the library's frame) shows — the entry's
 * static imports, the app CSS and one interface language's messages — and the database code that loads in parallel
 * for the library's list. Fails if the first page is over budget, or if `docx` (the Word library) or the shipped
 * catalogue data are in the first page, the data layer or a route's chunk: they must load only when used.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const DIST = process.env.E2E_DIST ?? 'dist'
const BUDGET_KB = 100
const read = (file) => readFileSync(`${DIST}/${file}`)
const gzip = (file) => gzipSync(read(file)).length
const raw = (file) => read(file).length
const sum = (files, size) => files.reduce((total, f) => total + size(f), 0)
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
const assets = readdirSync(`${DIST}/assets`)

/** A chunk and everything it imports statically: what the browser must load before it runs. */
function staticGraph(entries) {
  const seen = new Set()
  const queue = [...entries]
  while (queue.length) {
    const file = queue.shift()
    if (seen.has(file)) continue
    seen.add(file)
    const code = read(file).toString('utf8')
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`)
  }
  return [...seen]
}

function fail(message) {
  console.error(message)
  process.exitCode = 1
}

const html = read('index.html').toString('utf8')
const entryScripts = [...html.matchAll(/<script[^>]+src="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1])
const entryCss = [...html.matchAll(/<link[^>]+href="\/?(assets\/[^"]+\.css)"/g)].map((m) => m[1])
const firstPage = staticGraph(entryScripts)

// one language's messages load before the first page mounts; count the largest of the three
const languageChunks = ['kk', 'ru', 'en'].map((lang) => assets.find((f) => new RegExp(`^${lang}-[\\w-]{8}\\.js$`).test(f)))
if (languageChunks.some((f) => !f)) fail(`a UI language chunk is missing: ${languageChunks.join(', ')}`)
const languages = languageChunks.filter(Boolean).map((f) => `assets/${f}`)
const language = languages.reduce((a, b) => (gzip(a) >= gzip(b) ? a : b))

const layerChunk = assets.find((f) => /^layer-[\w-]{8}\.js$/.test(f))
if (!layerChunk) fail('the data layer chunk (src/db/layer.ts) is missing')
const dataLayer = layerChunk ? staticGraph([`assets/${layerChunk}`]).filter((f) => !firstPage.includes(f)) : []

const firstPageJs = sum(firstPage, gzip) + gzip(language)
console.log(`first page JS: ${firstPage.length} chunks + ${language} = ${kB(sum(firstPage, raw) + raw(language))} raw, ${kB(firstPageJs)} gzip (budget ${BUDGET_KB} kB)`)
console.log(`first page CSS: ${entryCss.join(', ')} = ${kB(sum(entryCss, raw))} raw, ${kB(sum(entryCss, gzip))} gzip`)
console.log(`library data layer (Dexie, loaded in parallel): ${kB(sum(dataLayer, raw))} raw, ${kB(sum(dataLayer, gzip))} gzip`)
console.log(`library with its data: ${kB(firstPageJs + sum(dataLayer, gzip))} gzip of JS`)
if (firstPageJs / 1024 > BUDGET_KB) fail('first page JS over budget')

const early = new Set([...firstPage, ...dataLayer, ...assets.filter((f) => /View-[\w-]{8}\.js$/.test(f)).map((f) => `assets/${f}`)])
// docx's own marker strings; a chunk holding them carries the Word library
const DOCX_MARKER = /w:document|officeDocument\/2006\/relationships\/styles/
const docxChunks = assets.filter((f) => f.endsWith('.js') && DOCX_MARKER.test(read(`assets/${f}`).toString('utf8')))
console.log(`chunks with the Word library: ${docxChunks.join(', ') || 'none'}`)
if (!docxChunks.length) fail('no chunk holds the Word library: the marker no longer matches docx, so this check is blind')
const docxLeaks = docxChunks.filter((f) => early.has(`assets/${f}`))
if (docxLeaks.length) fail(`docx is in the first page, the data layer or a route chunk: ${docxLeaks.join(', ')}`)

// every shipped curriculum file becomes its own chunk, named after the file
const curriculum = readdirSync('src/data/curriculum').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''))
const curriculumChunks = assets.filter((f) => curriculum.some((name) => f.startsWith(`${name}-`)))
if (curriculumChunks.length < curriculum.length) fail(`only ${curriculumChunks.length} of ${curriculum.length} curriculum files have their own chunk`)
const curriculumLeaks = curriculumChunks.filter((f) => early.has(`assets/${f}`))
if (curriculumLeaks.length) fail(`catalogue data is in the first page, the data layer or a route chunk: ${curriculumLeaks.join(', ')}`)
