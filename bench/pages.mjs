#!/usr/bin/env node
/**
 * `node bench/pages.mjs distA [distB …]`: the page figures of `npm run bench` (first load, library, catalogue) for
 * existing production builds, one part at a time for each build in turn, so that two builds (before and after a
 * change) meet the same load on a shared machine. Prints one table with a column per build. PARTS=library,catalogue
 * picks parts. Build one with `npx vite build --outDir dist-x`.
 */
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { bundleSizes, kB } from '../scripts/bundleSizes.mjs'
import { CHROMIUM_FLAGS } from './common.mjs'
import { measureFirstLoad } from './browser/firstLoad.mjs'
import { measureLibrary } from './browser/library.mjs'
import { measureCatalogue } from './browser/catalogue.mjs'

const dists = process.argv.slice(2).length ? process.argv.slice(2) : ['dist']
const all = { first: measureFirstLoad, library: measureLibrary, catalogue: measureCatalogue }
const parts = (process.env.PARTS ?? Object.keys(all).join(',')).split(',')
const columns = dists.map(() => new Map())
const figures = []
const put = (column, figure, text) => {
  if (!figures.includes(figure)) figures.push(figure)
  columns[column].set(figure, text)
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
try {
  dists.forEach((dist, i) => {
    const s = bundleSizes(dist)
    put(i, 'first page JavaScript, with one language’s messages (gzip)', kB(s.firstPage.gzip))
    put(i, 'database code for the library’s list (Dexie, gzip)', kB(s.dataLayer.gzip))
  })
  for (const part of parts) {
    for (const [i, dist] of dists.entries()) {
      console.error(`… ${part} (${dist})`)
      const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
      try {
        const rows = await all[part]({ browser, url: server.resolvedUrls.local[0] }).catch((e) => [{ figure: part, value: `not measured: ${e.message.split('\n')[0]}` }])
        for (const r of rows) put(i, r.figure, r.growth ? `${r.value}; ${r.growth}` : r.value)
      } finally {
        await server.close()
      }
    }
  }
} finally {
  await browser.close()
}
console.log(`\n| figure | ${dists.join(' | ')} |\n|---|${dists.map(() => '---|').join('')}`)
for (const f of figures) console.log(`| ${f} | ${columns.map((c) => c.get(f) ?? '—').join(' | ')} |`)
