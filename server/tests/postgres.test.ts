// @vitest-environment node
/** A district keeps its documents in PostgreSQL: they survive a restart of the server. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import pg from 'pg'
import { startWorkspace, type Workspace } from '../src/workspace.js'
import { connect, memberToken, SMALL_UPDATE_LIMIT, temporaryDataDir, type TestClient } from './harness.js'
import { startPostgres, type PostgresProcess } from './postgres.js'

let postgres: PostgresProcess | undefined
let workspace: Workspace | undefined
const clients: TestClient[] = []
const data = temporaryDataDir()

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await workspace?.stop()
  await postgres?.stop()
  data.remove()
})

describe('PostgreSQL', () => {
  it('stores documents in PostgreSQL and reads them back after a restart', async () => {
    postgres = await startPostgres()
    const start = () =>
      startWorkspace({ dataDir: data.dir, host: '127.0.0.1', port: 0, maxUpdateBytes: SMALL_UPDATE_LIMIT, allowedOrigins: ['*'], postgresUrl: postgres!.url })
    workspace = await start()
    const school = workspace.directory.addSchool('Аудан әдістемелік кабинеті')
    const teacher = await memberToken(workspace, school.id, 'Айгүл', 'teacher')
    const name = `private/${teacher.member.id}/library`
    const first = connect(workspace.url, name, teacher.token)
    clients.push(first)
    await vi.waitFor(() => expect(first.events.authenticated).toBe(true))
    first.doc.getMap('assessments').set('a1', 'Физика, 7-сынып, ТЖБ')
    await vi.waitFor(() => expect(first.provider.unsyncedChanges).toBe(0))
    first.destroy()
    await workspace.stop()

    const client = new pg.Client({ connectionString: postgres.url })
    await client.connect()
    const rows = await client.query('SELECT name FROM bagalau_documents')
    await client.end()
    expect(rows.rows.map((row: { name: string }) => row.name)).toEqual([name])

    workspace = await start()
    const second = connect(workspace.url, name, teacher.token)
    clients.push(second)
    await vi.waitFor(() => expect(second.doc.getMap('assessments').get('a1')).toBe('Физика, 7-сынып, ТЖБ'))
  })
})
