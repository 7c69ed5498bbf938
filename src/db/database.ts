import Dexie, { type EntityTable } from 'dexie'
import type { Assessment } from '@/domain/model'
import type { CatalogueObjective, CatalogueSection } from '@/domain/catalogue/model'
import type { CatalogueMetaShape } from '@/domain/shapes/catalogue'
import type { PictureRowShape } from '@/domain/shapes/picture'
import { SCHEMA_VERSIONS } from './schema'
import { noteOpenBlocked, watchOpening } from './openWatch'

/** A task picture's image (shape declared in domain/shapes/picture.ts). */
export type PictureRow = PictureRowShape

/** A catalogue row is a learning objective (see domain/catalogue/model.ts). */
export type CatalogueRow = CatalogueObjective

export type CatalogueMetaRow = CatalogueMetaShape

export const DATABASE_NAME = 'bagalau'
/** Scratch databases in which an older backup is upgraded before a restore: `bagalau-restore-<ms>`. */
export const RESTORE_SCRATCH_PREFIX = `${DATABASE_NAME}-restore-`

export class BagalauDatabase extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>
  pictures!: EntityTable<PictureRow, 'id'>
  catalogue!: EntityTable<CatalogueRow, 'id'>
  catalogueSections!: EntityTable<CatalogueSection, 'id'>
  catalogueMeta!: EntityTable<CatalogueMetaRow, 'key'>

  constructor(name = DATABASE_NAME) {
    super(name)
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
  }
}

/** The app's own database: an open that keeps the page waiting is told to the teacher (openWatch.ts). */
class WatchedDatabase extends BagalauDatabase {
  constructor() {
    super()
    this.on('blocked', noteOpenBlocked)
  }

  // Dexie opens through this method also when a query opens the database by itself
  override open() {
    return watchOpening(super.open())
  }
}

let instance: BagalauDatabase | null = null

/** The app's one database connection, opened on first use. */
export function db(): BagalauDatabase {
  instance ??= new WatchedDatabase()
  return instance
}

/** For tests: close and forget the connection so the next `db()` opens afresh. */
export function resetDbForTests(): void {
  instance?.close()
  instance = null
}
