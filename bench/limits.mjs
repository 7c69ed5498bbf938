#!/usr/bin/env node
/**
 * `node bench/limits.mjs [distDir]`: only the editor-at-the-limits figures (bench/browser/limits.mjs), against an
 * existing production build (default dist/; `npx vite build` first). `npm run bench` runs them with the rest.
 */
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS } from './common.mjs'
import { measureLimits } from './browser/limits.mjs'

const outDir = process.argv[2] ?? 'dist'
const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
try {
  const only = process.env.LIMITS ? JSON.parse(process.env.LIMITS) : {}
  const rows = await measureLimits({ browser, url: server.resolvedUrls.local[0] }, only)
  console.log('| figure | measured | goal |\n|---|---|---|')
  for (const r of rows) console.log(`| ${r.figure} | ${r.value} | ${r.goal} |`)
} finally {
  await browser.close()
  await server.close()
}
