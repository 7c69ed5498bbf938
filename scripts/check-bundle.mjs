#!/usr/bin/env node
/**
 * Size budget of the built app (E2E_DIST, default dist/). Fails if the first page's JavaScript is over budget, or if
 * `docx` (the Word library) or the shipped catalogue data are in the first page, the data layer or a route's chunk:
 * they must load only when used. See scripts/bundleSizes.mjs for what is counted.
 */
import { bundleSizes, kB } from './bundleSizes.mjs'

const BUDGET_KB = 100
const s = bundleSizes(process.env.E2E_DIST ?? 'dist')
const problems = [...s.problems]

console.log(`first page JS: ${s.firstPage.files.length} chunks (with ${s.language.file}) = ${kB(s.firstPage.raw)} raw, ${kB(s.firstPage.gzip)} gzip (budget ${BUDGET_KB} kB)`)
console.log(`first page CSS: ${kB(s.css.raw)} raw, ${kB(s.css.gzip)} gzip`)
console.log(`database code (Dexie; the library asks for it once its first list is on screen): ${kB(s.dataLayer.raw)} raw, ${kB(s.dataLayer.gzip)} gzip`)
console.log(`Word library, loaded on print: ${s.word.map((w) => `${w.file} ${kB(w.gzip)}`).join(', ')} gzip (the worker, or the main-thread fallback)`)
if (s.firstPage.gzip / 1024 > BUDGET_KB) problems.push('first page JS over budget')
if (s.docxLeaks.length) problems.push(`docx is in the first page, the data layer or a route chunk: ${s.docxLeaks.join(', ')}`)
if (s.curriculumLeaks.length) problems.push(`catalogue data is in the first page, the data layer or a route chunk: ${s.curriculumLeaks.join(', ')}`)
for (const problem of problems) console.error(problem)
process.exit(problems.length ? 1 : 0)
