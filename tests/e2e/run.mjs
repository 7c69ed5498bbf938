#!/usr/bin/env node
/**
 * `npm run test:e2e [-- <vitest args>]`: the browser tests in Debian's Chromium against the built app (dist/).
 * Builds first when dist/ has no index.html (or with --build); any other argument goes to Vitest, e.g. a test
 * file: `npm run test:e2e -- tests/e2e/editor.e2e.ts`. E2E_DIST and CHROMIUM_PATH work as in the tests.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const args = process.argv.slice(2)
const forceBuild = args.includes('--build')
const passOn = args.filter((a) => a !== '--build')
const outDir = process.env.E2E_DIST ?? 'dist'
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function run(command, commandArgs) {
  const { status, error } = spawnSync(command, commandArgs, { stdio: 'inherit' })
  if (error) throw error
  return status ?? 1
}

if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH.`)
  process.exit(1)
}
if (forceBuild || !existsSync(`${outDir}/index.html`)) {
  if (process.env.E2E_DIST) {
    console.error(`${outDir}/index.html is missing: build into ${outDir} first (E2E_DIST is set, so nothing is built here).`)
    process.exit(1)
  }
  console.log(forceBuild ? 'Building the app first (--build)…' : 'dist/ is missing: building the app first (npx vite build)…')
  const built = run('npx', ['vite', 'build'])
  if (built !== 0) process.exit(built)
} else {
  console.log(`Testing the build in ${outDir}/ (run with --build to rebuild it first).`)
}
process.exit(run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...passOn]))
