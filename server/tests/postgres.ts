/**
 * A throwaway PostgreSQL cluster (Debian's postgresql 15) in a temporary folder on a free loopback
 * port, run as the `postgres` user when the tests run as root, stopped with pg_ctl.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './ports.js'

const BIN = '/usr/lib/postgresql/15/bin'

export interface PostgresProcess {
  url: string
  stop(): Promise<void>
}

function asPostgres(command: string, args: string[]): void {
  const root = process.getuid?.() === 0
  const [file, list] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  const result = spawnSync(file, list, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`)
}

export async function startPostgres(): Promise<PostgresProcess> {
  if (!existsSync(`${BIN}/initdb`)) throw new Error(`${BIN}/initdb is missing: apt-get install postgresql (.ci/run does)`)
  const folder = mkdtempSync(join(tmpdir(), 'bagalau-pg-'))
  chmodSync(folder, 0o777)
  const data = join(folder, 'data')
  const port = await freePort()
  asPostgres(`${BIN}/initdb`, ['-D', data, '-U', 'bagalau', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  asPostgres(`${BIN}/pg_ctl`, ['-D', data, '-w', '-l', join(folder, 'log'), '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'])
  return {
    url: `postgres://bagalau@127.0.0.1:${port}/postgres`,
    async stop() {
      asPostgres(`${BIN}/pg_ctl`, ['-D', data, '-w', '-m', 'fast', 'stop'])
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
