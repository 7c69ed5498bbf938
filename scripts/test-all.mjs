#!/usr/bin/env node
/**
 * Every check the project has, in order: lint (no warnings), type-check, unit and component tests,
 * production build (with the size budget check), browser tests in Debian's Chromium against the build.
 * Ends with the plain line `N passed, M failed` summing every runner; exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const results = { passed: 0, failed: 0 }
const failedSteps = []
mkdirSync('test-results', { recursive: true })

function run(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  console.log(`◀ ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return status === 0
}

function step(name, command, args) {
  if (run(name, command, args)) return true
  failedSteps.push(name)
  results.failed += 1
  return false
}

function tests(name, command, args, reportFile) {
  const ok = run(name, command, args)
  if (!existsSync(reportFile)) {
    failedSteps.push(`${name} (no report)`)
    results.failed += 1
    return
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'))
  results.passed += report.numPassedTests
  results.failed += report.numFailedTests
  if (!ok && report.numFailedTests === 0) {
    failedSteps.push(name)
    results.failed += 1
  }
}

const npx = 'npx'
step('lint', npx, ['eslint', '.', '--max-warnings', '0'])
step('typecheck', npx, ['vue-tsc', '--noEmit', '-p', 'tsconfig.app.json'])
tests('unit', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'], 'test-results/unit.json')
const built = step('build', npx, ['vite', 'build'])
if (built) {
  step('bundle budget', 'node', ['scripts/check-bundle.mjs'])
  tests('browser', npx, ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/e2e.json'], 'test-results/e2e.json')
}

if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`)
console.log(`\n${results.passed} passed, ${results.failed} failed`)
process.exit(results.failed > 0 ? 1 : 0)
