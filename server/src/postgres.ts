/**
 * PostgreSQL for a district: the workspace's Yjs documents in one table, through Hocuspocus's
 * Database extension. A failed write is logged and rethrown, so Hocuspocus keeps the document in
 * memory and tries again instead of silently dropping it.
 */
import { Database } from '@hocuspocus/extension-database'
import pg from 'pg'

const SCHEMA = `CREATE TABLE IF NOT EXISTS bagalau_documents (
  name varchar(255) PRIMARY KEY,
  data bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`

export interface PostgresStore {
  extension: Database
  close(): Promise<void>
}

export async function postgresStore(connectionString: string): Promise<PostgresStore> {
  const pool = new pg.Pool({ connectionString, max: 10 })
  await pool.query(SCHEMA)
  const extension = new Database({
    async fetch({ documentName }) {
      const result = await pool.query<{ data: Buffer }>('SELECT data FROM bagalau_documents WHERE name = $1', [documentName])
      const row = result.rows[0]
      return row ? new Uint8Array(row.data) : null
    },
    async store({ documentName, state }) {
      try {
        await pool.query(
          `INSERT INTO bagalau_documents (name, data, updated_at) VALUES ($1, $2, now())
           ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
          [documentName, Buffer.from(state)],
        )
      } catch (error) {
        console.error(`storing ${documentName} in PostgreSQL failed`, error)
        throw error
      }
    },
  })
  return { extension, close: () => pool.end() }
}
