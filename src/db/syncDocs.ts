/**
 * The school workspace's Yjs documents, stored inside the app's own IndexedDB database through y-dexie.
 * Loaded only by the sync layer (src/sync), so neither y-dexie nor Yjs reaches the first page: a second
 * Dexie connection to the same database, declaring the same versions, whose `syncDocs` rows carry a
 * `doc: Y.Doc` property (database v11; the app's own connection sees the same two tables as plain ones).
 */
import Dexie from 'dexie'
import yDexie, { DexieYProvider } from 'y-dexie'
import type * as Y from 'yjs'
import { DATABASE_NAME } from './database'
import { SCHEMA_VERSIONS, SYNC_DOCS_TABLE } from './schema'

class SyncDocsDatabase extends Dexie {
  constructor(name: string) {
    super(name, { addons: [yDexie] })
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(
        SYNC_DOCS_TABLE in stores ? { ...stores, [SYNC_DOCS_TABLE]: 'id, doc: Y.Doc' } : stores,
      )
      if (upgrade) declared.upgrade(upgrade)
    }
  }
}

let instance: Dexie | null = null

function syncDb(): Dexie {
  instance ??= new SyncDocsDatabase(DATABASE_NAME) as unknown as Dexie
  return instance
}

export interface LocalDocument {
  doc: Y.Doc
  /** Stops keeping the document in step with IndexedDB (the stored updates stay). */
  release(): void
}

/**
 * Opens the document `name` as stored here (empty the first time): resolves once every stored update
 * is in it. From then on each change of the document is stored as it happens.
 */
export async function openLocalDocument(name: string): Promise<LocalDocument> {
  const database = syncDb()
  const table = database.table<{ id: string }, string>(SYNC_DOCS_TABLE)
  const ensureRow = async (): Promise<void> => {
    if ((await table.where(':id').equals(name).count()) === 0) await table.add({ id: name })
  }
  await database.transaction('rw', [table], ensureRow)
  const doc = DexieYProvider.getOrCreateDocument(database, SYNC_DOCS_TABLE, 'doc', name)
  const provider = DexieYProvider.load(doc)
  await provider.whenLoaded
  return { doc, release: () => DexieYProvider.release(doc) }
}

/** For tests: close the y-dexie connection. */
export function closeSyncDocsForTests(): void {
  instance?.close()
  instance = null
}
