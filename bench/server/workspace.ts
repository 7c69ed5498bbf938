/**
 * The school-workspace server under a school's load, run by `npm run bench` through tsx: prints JSON rows
 * of the bench table. The server runs in its own process (`npm run server`) so its memory is its own.
 * - initial sync of a bank of 200 published items for a colleague who opens it, as a ratio to 20 items;
 * - the server's memory with 60 connected members holding 1,200 documents open (20 each).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { Directory } from '../../server/src/directory.js'
import { directoryFile } from '../../server/src/workspace.js'
import { freePort } from '../../server/tests/ports.js'

const dataDir = mkdtempSync(join(tmpdir(), 'bagalau-bench-server-'))
const port = await freePort()
const url = `ws://127.0.0.1:${port}`

function rssKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))
  return Number(line?.replace(/\D+/g, '') ?? 0)
}

async function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { env: { ...process.env, BAGALAU_DATA: dataDir, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('workspace at') && resolve()))
  child.stdout.resume()
  return child
}

async function token(directory: Directory, memberId: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/join`, { method: 'POST', body: JSON.stringify({ code: directory.invite(memberId) }) })
  return ((await response.json()) as { token: string }).token
}

function open(socket: HocuspocusProviderWebsocket, name: string, tokenText: string, doc = new Y.Doc()) {
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token: tokenText })
  provider.attach()
  return { doc, provider, synced: new Promise<void>((resolve) => provider.on('synced', () => resolve())) }
}

/** A published item as the bank holds it: a frozen assessment of 10 tasks with its facts. */
function publish(items: Y.Map<unknown>, index: number) {
  const item = new Y.Map<unknown>()
  item.set('title', `Бөлшектер — БЖБ ${index}`)
  item.set('facts', { subject: 'Математика', grade: 5, term: 2, objectives: ['5.1.2.1', '5.1.2.3'] })
  item.set('assessment', JSON.stringify({ tasks: Array.from({ length: 10 }, (_, t) => ({ text: 'Есепті шығар. '.repeat(20), n: t })) }))
  items.set(`item-${index}`, item)
}

async function bankSync(directory: Directory, schoolId: string, items: number): Promise<number> {
  const author = directory.addMember(schoolId, `Автор ${items}`, 'teacher')
  const reader = directory.addMember(schoolId, `Оқырман ${items}`, 'teacher')
  const name = `bank/${schoolId}/${author.id}`
  const authorSocket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
  const writer = open(authorSocket, name, await token(directory, author.id))
  await writer.synced
  writer.doc.transact(() => {
    for (let i = 0; i < items; i++) publish(writer.doc.getMap('items'), i)
  })
  await new Promise<void>((resolve) => {
    const check = () => (writer.provider.unsyncedChanges === 0 ? resolve() : setTimeout(check, 20))
    check()
  })
  const readerToken = await token(directory, reader.id)
  const times: number[] = []
  for (let run = 0; run < 5; run++) {
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
    const started = performance.now()
    const colleague = open(socket, name, readerToken)
    await colleague.synced
    times.push(performance.now() - started)
    if (colleague.doc.getMap('items').size !== items) throw new Error('the bank did not arrive whole')
    colleague.provider.destroy()
    socket.destroy()
  }
  writer.provider.destroy()
  authorSocket.destroy()
  return times.sort((a, b) => a - b)[2]!
}

async function memoryWith(directory: Directory, schoolId: string, pid: number, members: number, docsEach: number) {
  const before = rssKb(pid)
  const sockets: HocuspocusProviderWebsocket[] = []
  const waits: Promise<void>[] = []
  for (let m = 0; m < members; m++) {
    const member = directory.addMember(schoolId, `Мұғалім ${m}`, 'teacher')
    const memberToken = await token(directory, member.id)
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
    sockets.push(socket)
    for (let d = 0; d < docsEach; d++) {
      const client = open(socket, `private/${member.id}/a${d}`, memberToken)
      client.doc.getMap('assessment').set('title', `ТЖБ ${d}`)
      waits.push(client.synced)
    }
  }
  await Promise.all(waits)
  const after = rssKb(pid)
  for (const socket of sockets) socket.destroy()
  return { before, after }
}

const directory = new Directory(directoryFile(dataDir))
const school = directory.addSchool('Bench school')
const server = await startServer()
try {
  const small = await bankSync(directory, school.id, 20)
  const large = await bankSync(directory, school.id, 200)
  const memory = await memoryWith(directory, school.id, server.pid!, 60, 20)
  const ms = (x: number) => `${x.toFixed(0)} ms`
  console.log(
    JSON.stringify([
      { figure: 'workspace: a colleague opens a bank of 200 published items (initial sync, median of 5)', value: `${ms(large)} = ${(large / small).toFixed(1)}× the time for 20 items (${ms(small)})`, goal: '—' },
      { figure: 'workspace server memory with 60 members connected and 1,200 documents open', value: `${(memory.after / 1024).toFixed(0)} MB resident (${(memory.before / 1024).toFixed(0)} MB before they connected)`, goal: '—' },
    ]),
  )
} finally {
  directory.close()
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  await exited
  rmSync(dataDir, { recursive: true, force: true })
}
// the providers' sockets keep timers; the figures are printed
process.exit(0)
