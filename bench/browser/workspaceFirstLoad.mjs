/**
 * What the school workspace adds to the first load: the JavaScript a fresh visitor's page fetches (no workspace
 * set up) against the sync and workspace code of the build, which must not be among it (goal: 0 B); what the
 * first page still carries for the workspace (App.vue's boot check, the navigation word); and, for information,
 * what a browser with a workspace set up loads on top (its membership saved, the server unreachable).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { kB } from '../../scripts/bundleSizes.mjs'
import { waitLibrary } from '../common.mjs'

// chunks Rolldown names after the workspace's modules (src/sync, its stores, views and components) …
const WORKSPACE_CHUNK = /^(WorkspaceView|BankView|useBankActions|ReviewQueue|QueuedReview|SendToMentor|PublishToBank|BankBanner|MembershipCard|JoinForm|workspace|workspaceSync|workspaceReview|workspaceJoin|membership|bank|colleagues|connection|librarySync|reviewDesk|reviewPair|assessmentDoc|syncDocs|start|yjs|hocuspocus[\w.-]*|y-[\w-]+)-[\w-]{8}\.js$/
// … and any chunk carrying the sync libraries' own code
const SYNC_MARKER = /HocuspocusProvider|Yjs was already imported/
// the message namespaces only the workspace's pages say
const WORKSPACE_NAMESPACES = ['workspace', 'workspaceReview', 'bank']

/** A saved membership of the shape the app checks (domain/shapes/membership.ts), pointing at a closed port. */
const MEMBERSHIP = {
  token: 'bench.bench.bench',
  member: { id: 'bench-teacher', name: 'Bench', role: 'teacher' },
  school: { id: 'bench-school', name: 'Bench school' },
  mentors: [],
  mentees: [],
  colleagues: [],
  server: { socket: 'ws://127.0.0.1:9', api: 'http://127.0.0.1:9' },
  joinedAt: 0,
}

/** The JavaScript files (as `assets/…`) one cold load of the library fetched, once the network is quiet. */
async function scriptsLoaded(browser, url, membership) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' })
  if (membership) await context.addInitScript((saved) => localStorage.setItem('bagalau.workspace', saved), JSON.stringify(membership))
  const page = await context.newPage()
  const files = new Set()
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    if (path.endsWith('.js') && path.includes('/assets/')) files.add(path.slice(path.indexOf('assets/')))
  })
  await page.goto(url)
  await waitLibrary(page)
  await page.waitForLoadState('networkidle')
  await context.close()
  return files
}

export async function measureWorkspaceFirstLoad({ browser, url, dist }) {
  const read = (file) => readFileSync(`${dist}/${file}`)
  const gzip = (files) => [...files].reduce((total, f) => total + gzipSync(read(f)).length, 0)
  const workspaceChunks = new Set(
    readdirSync(`${dist}/assets`)
      .filter((f) => f.endsWith('.js') && (WORKSPACE_CHUNK.test(f) || SYNC_MARKER.test(read(`assets/${f}`).toString('utf8'))))
      .map((f) => `assets/${f}`),
  )
  const fresh = await scriptsLoaded(browser, url, null)
  const leaked = [...fresh].filter((f) => workspaceChunks.has(f))
  const joined = await scriptsLoaded(browser, url, MEMBERSHIP)
  const added = [...joined].filter((f) => !fresh.has(f))
  const syncLibraries = added.filter((f) => SYNC_MARKER.test(read(f).toString('utf8')))

  // what of the workspace the first page's own code holds: the boot check's storage key and the nav word
  const firstPageText = [...fresh].map((f) => read(f).toString('utf8')).join('\n')
  const firstPageWords = readFileSync('src/i18n/firstPage.ts', 'utf8').match(/'(workspace|bank|workspaceReview)[.\w]*'/g) ?? []
  const carried = [
    firstPageText.includes('bagalau.workspace') ? 'App.vue’s boot check (reads localStorage «bagalau.workspace», import()s the sync store only when it is set)' : null,
    ...firstPageWords.map((w) => `the message ${w}`),
  ].filter(Boolean)

  // every message not on the first page loads right after it (build/uiMessages.ts), the workspace's words among them
  const later = [...fresh].filter((f) => /^assets\/(kk|ru|en)-later-[\w-]{8}\.js$/.test(f))
  const words = await Promise.all(later.map(async (f) => {
    const messages = (await import(pathToFileURL(resolve(dist, f)).href)).default
    const own = WORKSPACE_NAMESPACES.map((ns) => JSON.stringify(messages[ns] ?? {})).join('')
    return `${f.slice(7, 9)}: ${kB(gzipSync(own).length)} gzip on their own, in ${f} (${kB(gzip([f]))} gzip)`
  }))

  return [
    {
      figure: 'school workspace: JavaScript of sync and workspace code on the first load, no workspace set up',
      value: leaked.length ? `${kB(gzip(leaked))} gzip: ${leaked.join(', ')}` : `0 B (none of the build’s ${workspaceChunks.size} workspace chunks among the ${fresh.size} files loaded)`,
      goal: '0 B',
    },
    { figure: 'school workspace: what the first page carries for it', value: carried.join('; ') || 'nothing', goal: '—' },
    {
      figure: `school workspace: its words (${WORKSPACE_NAMESPACES.join(', ')} messages), loaded right after the first page with every later message`,
      value: words.join('; ') || 'no later messages loaded',
      goal: '—',
    },
    {
      figure: 'school workspace: JavaScript a browser with a workspace set up loads on top (once, then cached)',
      value: `${kB(gzip(added))} gzip in ${added.length} files, of which ${kB(gzip(syncLibraries))} the sync libraries (Yjs, Hocuspocus)`,
      goal: '—',
    },
  ]
}
