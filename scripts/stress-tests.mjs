#!/usr/bin/env node
/**
 * Shows that the test suite holds under load: runs the unit tests 5 times and the browser tests 3 times in a row
 * while a second, CPU-heavy process runs beside them, then prints every run's figures (passed, failed, time) and
 * the name of every test that failed. Exits non-zero if any test failed.
 *
 *   npm run test:stress [-- --unit 5 --e2e 3 --no-load --no-build]
 *
 * The app is built once first (browser tests run against dist/), unless --no-build and dist/ exists.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const args = process.argv.slice(2)
const count = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? Math.max(0, Number(args[i + 1])) : fallback
}
const unitRuns = count('--unit', 5)
const e2eRuns = count('--e2e', 3)
const withLoad = !args.includes('--no-load')
const build = !args.includes('--no-build') || !existsSync('dist/index.html')

const OUT = 'test-results/stress'
mkdirSync(OUT, { recursive: true })
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

/** A busy loop in its own process: one core fully taken for as long as the runs last. */
function startLoad() {
  const hog = spawn(process.execPath, ['-e', 'let x = 0; for (;;) { x = (x * 1103515245 + 12345) % 2147483648 }'], { stdio: 'ignore' })
  console.log(`CPU load: process ${hog.pid} spins one core until the runs end`)
  return hog
}

/** One run of a Vitest suite, read from its JSON report. */
function runSuite(suite, index, vitestArgs) {
  const report = `${OUT}/${suite}-${index}.json`
  rmSync(report, { force: true })
  const started = Date.now()
  const { status } = spawnSync('npx', ['vitest', 'run', ...vitestArgs, '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  const ms = Date.now() - started
  if (!existsSync(report)) return { suite, index, passed: 0, failed: 1, ms, failures: [`${suite} run ${index}: no report (exit ${status})`] }
  const json = JSON.parse(readFileSync(report, 'utf8'))
  const failures = json.testResults.flatMap((file) =>
    file.assertionResults.filter((t) => t.status === 'failed').map((t) => `${file.name.replace(`${process.cwd()}/`, '')} › ${t.fullName}`),
  )
  // a file that failed to load counts as a failure even with no failed test inside
  for (const file of json.testResults) if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) failures.push(`${file.name.replace(`${process.cwd()}/`, '')}: ${file.message?.split('\n')[0] ?? 'failed'}`)
  return { suite, index, passed: json.numPassedTests, failed: Math.max(json.numFailedTests, failures.length), ms, failures }
}

const began = Date.now()
const hog = withLoad ? startLoad() : null
const stopLoad = () => hog?.kill()
process.on('exit', stopLoad)
process.on('SIGINT', () => process.exit(130))

const runs = []
try {
  if (build) {
    console.log('\n▶ build (npx vite build)')
    if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('the build failed')
  }
  for (let i = 1; i <= unitRuns; i++) {
    console.log(`\n▶ unit tests, run ${i} of ${unitRuns}`)
    runs.push(runSuite('unit', i, []))
  }
  for (let i = 1; i <= e2eRuns; i++) {
    console.log(`\n▶ browser tests, run ${i} of ${e2eRuns}`)
    runs.push(runSuite('browser', i, ['-c', 'vitest.e2e.config.ts']))
  }
} finally {
  stopLoad()
}

console.log(`\nStress runs ${withLoad ? 'beside a CPU-heavy process' : 'without extra load'} (${new Date().toISOString()}):`)
console.log('suite    run  passed  failed  time')
for (const r of runs) console.log(`${r.suite.padEnd(8)} ${String(r.index).padStart(3)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${seconds(r.ms).padStart(8)}`)
for (const suite of ['unit', 'browser']) {
  const of = runs.filter((r) => r.suite === suite)
  if (!of.length) continue
  const sum = (k) => of.reduce((n, r) => n + r[k], 0)
  console.log(`${suite}: ${of.length} runs, ${sum('passed')} passed, ${sum('failed')} failed, ${seconds(sum('ms'))} (slowest run ${seconds(Math.max(...of.map((r) => r.ms)))})`)
}
const failures = runs.flatMap((r) => r.failures.map((f) => `${r.suite} run ${r.index}: ${f}`))
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}`)
const passed = runs.reduce((n, r) => n + r.passed, 0)
const failed = runs.reduce((n, r) => n + r.failed, 0)
console.log(`\n${runs.length} runs in ${seconds(Date.now() - began)}: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
