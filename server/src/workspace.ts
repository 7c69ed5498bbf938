/**
 * One school-workspace server: Hocuspocus syncing Yjs documents, persisted in SQLite, with the
 * gatekeeper checking every document and the small HTTP API for invitations. Listens on 127.0.0.1
 * unless told otherwise; a school puts it behind a TLS reverse proxy (README).
 */
import { Server } from '@hocuspocus/server'
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Redis } from '@hocuspocus/extension-redis'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { handleApiRequest } from './api.js'
import { Directory } from './directory.js'
import { Gatekeeper } from './gatekeeper.js'
import { postgresStore } from './postgres.js'

export interface WorkspaceOptions {
  dataDir: string
  host: string
  /** 0 picks a free port. */
  port: number
  /** The largest Yjs update one message may carry. */
  maxUpdateBytes: number
  allowedOrigins: readonly string[]
  /** redis://host:port — several server processes behind one address share their documents through it. */
  redisUrl?: string
  /** postgres://… — documents in PostgreSQL instead of `documents.sqlite` (the directory stays in SQLite). */
  postgresUrl?: string
}

export interface Workspace {
  server: Server
  directory: Directory
  gatekeeper: Gatekeeper
  /** ws://host:port — what a member types into the app. */
  url: string
  stop(): Promise<void>
}

export const DEFAULT_MAX_UPDATE_BYTES = 8 * 1024 * 1024

export function directoryFile(dataDir: string): string {
  return join(dataDir, 'directory.sqlite')
}

function shareThroughRedis(redisUrl: string | undefined): Redis[] {
  if (!redisUrl) return []
  const { hostname, port } = new URL(redisUrl)
  return [new Redis({ host: hostname, port: Number(port || 6379), prefix: 'bagalau' })]
}

export async function startWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  mkdirSync(options.dataDir, { recursive: true })
  const directory = new Directory(directoryFile(options.dataDir))
  const gatekeeper = new Gatekeeper({ directory, maxUpdateBytes: options.maxUpdateBytes })
  const postgres = options.postgresUrl ? await postgresStore(options.postgresUrl) : null
  // API answers under way: stop() lets them finish before it closes the directory they read (an /api/me that came
  // just before stop() is still verifying its token when the connections are ended)
  const answering = new Set<Promise<boolean>>()
  const documents = postgres?.extension ?? new SQLite({ database: join(options.dataDir, 'documents.sqlite') })
  const server = new Server({
    name: 'bagalau',
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    debounce: 500,
    maxDebounce: 4_000,
    websocketOptions: { maxPayload: options.maxUpdateBytes + 64 * 1024 },
    extensions: [gatekeeper, ...shareThroughRedis(options.redisUrl), documents],
    async onRequest({ request, response }) {
      const answer = handleApiRequest(request, response, { directory, allowedOrigins: options.allowedOrigins })
      answering.add(answer)
      const answered = await answer.finally(() => answering.delete(answer))
      if (answered) {
        // Hocuspocus stops answering when the hook rejects with nothing
        return Promise.reject(null)
      }
    },
  })
  await server.listen()
  const { port } = server.address
  const url = `ws://${options.host}:${port}`
  return {
    server,
    directory,
    gatekeeper,
    url,
    async stop() {
      server.hocuspocus.flushPendingStores()
      // a browser's keep-alive HTTP connection outlives close(): end it, or its next request meets a closed directory
      server.httpServer.closeAllConnections()
      await server.destroy()
      await Promise.allSettled(answering)
      await postgres?.close()
      directory.close()
    },
  }
}
