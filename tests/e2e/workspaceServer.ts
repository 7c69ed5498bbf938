/**
 * What the school-workspace browser tests share: the server (in this process, or as its own process started by
 * `npm run server`'s entry and stopped by its pid), the administrator's command line, joining from the app's
 * workspace page, its sync state, and reading this browser's IndexedDB.
 *
 *   const server = await startServerProcess({ dataDir, port })   // ws://127.0.0.1:<port>, its own pid
 *   await joinWorkspace(page, server.address, code)                // the app joined and online
 *   await adminCommand(dataDir, ['member', 'revoke', id])          // as an administrator would, in another process
 *   await server.stop()
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { startWorkspace, type Workspace } from '../../server/src/workspace'

const SERVER_ENTRY = ['--import', 'tsx', 'server/src/main.ts']

/** A workspace server in the test's own process (its directory at hand), on a free loopback port unless told. */
export function startInProcess(dataDir: string, port = 0, maxUpdateBytes = 1 << 20): Promise<Workspace> {
  return startWorkspace({ dataDir, host: '127.0.0.1', port, maxUpdateBytes, allowedOrigins: ['*'] })
}

export interface ServerProcess {
  pid: number
  /** host:port — what a member types into the app. */
  address: string
  url: string
  stop(): Promise<void>
}

const running = new Set<ChildProcess>()

/** The server as a school runs it: its own Node process, reading the same data folder as the administrator's commands. */
export async function startServerProcess(options: { dataDir: string; port: number; redisUrl?: string }): Promise<ServerProcess> {
  const env = { ...process.env, BAGALAU_DATA: options.dataDir, HOST: '127.0.0.1', PORT: String(options.port), ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}) }
  const child = spawn(process.execPath, SERVER_ENTRY, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  let said = ''
  await new Promise<void>((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`the workspace server exited (${code}) before listening: ${said}`))
    child.once('exit', exited)
    const hear = (chunk: Buffer) => {
      said += chunk.toString()
      if (said.includes('workspace at')) {
        child.off('exit', exited)
        resolve()
      }
    }
    child.stdout!.on('data', hear)
    child.stderr!.on('data', hear)
  })
  child.once('exit', () => running.delete(child))
  const address = `127.0.0.1:${options.port}`
  return {
    pid: child.pid!,
    address,
    url: `ws://${address}`,
    stop: () => stopChild(child),
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    process.kill(child.pid!, 'SIGTERM')
  })
}

/** Every server process a test started and has not stopped (for afterAll, after a failure half-way). */
export async function stopAllServerProcesses(): Promise<void> {
  await Promise.all([...running].map(stopChild))
}

/** One administrator's command (`npm run server -- <args>`) on the data folder; resolves to what it printed. */
export async function adminCommand(dataDir: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [...SERVER_ENTRY, ...args], { env: { ...process.env, BAGALAU_DATA: dataDir } })
  return stdout
}

/** Types the address and the invitation code on the workspace page and waits until the app is online. */
export async function joinWorkspace(page: Page, address: string, code: string): Promise<void> {
  await page.getByTestId('nav-workspace').click()
  await page.getByTestId('workspace-address').fill(address)
  await page.getByTestId('workspace-code').fill(code)
  await page.getByTestId('workspace-join-button').click()
  await syncState(page, 'online')
}

/** Waits until the workspace page's sync line says `state` (online, offline, refused…). */
export async function syncState(page: Page, state: string): Promise<void> {
  await page.locator(`[data-testid=workspace-sync-state][data-state=${state}]`).waitFor()
}

/** The signed token this browser keeps for its workspace (storage/membership.ts). */
export async function membershipToken(page: Page): Promise<string> {
  const raw = await page.evaluate(() => localStorage.getItem('bagalau.workspace'))
  return (JSON.parse(raw ?? '{}') as { token?: string }).token ?? ''
}

export async function openInEditor(page: Page, id: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + `#/assessment/${encodeURIComponent(id)}`)
  await page.getByTestId('header-title').waitFor()
}

/** The id of the assessment open in the editor. */
export const editorId = (page: Page): string => decodeURIComponent(/#\/assessment\/([^/?]+)/.exec(page.url())![1]!)

/** Every row of one table as this browser's database holds it. */
export function readTable(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (table) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('bagalau')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction(table).objectStore(table).getAll()
          req.onsuccess = () => (open.result.close(), resolve(req.result as Record<string, unknown>[]))
          req.onerror = () => reject(req.error)
        }
      }),
    table,
  )
}

/** One row of a table, or null. */
export async function readRow(page: Page, table: string, id: string): Promise<Record<string, unknown> | null> {
  return (await readTable(page, table)).find((row) => row.id === id) ?? null
}
