/**
 * Repository of the objective catalogue: the only place that reads and writes the catalogue,
 * catalogueSections and catalogueMeta tables. Shipped rows change only through `replaceShipped`
 * (a newer bundled version) and `setHidden`; the teacher's own rows are never touched by it.
 */
import type { CatalogueObjective, CatalogueSection } from '@/domain/catalogue/model'
import { db } from './database'
import { observeTable, type Subscribable } from './live'

const SHIPPED_VERSION = 'shippedVersion'
/**
 * Rows read per request: IndexedDB hands each request's rows to the page in one task, whose CPU is mostly their
 * deserialisation: 17–35 ms per 2,000 in traces of 20,000 rows read. 1,000 keeps each under about 17 ms, but in two
 * paired runs the typo query came slower (365 → 799 ms; 2.2× in 4 rounds at load 7–22, a figure that also grows when
 * the typing before it ends sooner), and the longest block was no shorter.
 */
const READ_CHUNK = 2_000
/** Changed rows read one by one and patched in; more are read anew. */
const PATCH_LIMIT = 500

/** Where a row goes in a list ordered by id (IndexedDB orders string keys by code unit, as `<` does). */
function insertById(list: CatalogueObjective[], row: CatalogueObjective): void {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (list[mid].id < row.id) low = mid + 1
    else high = mid
  }
  list.splice(low, 0, row)
}

/** Plain copies: IndexedDB's structured clone refuses Vue's reactive proxies. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

export interface ShippedData {
  version: string
  objectives: CatalogueObjective[]
  sections: CatalogueSection[]
}

export interface CatalogueWrites {
  put: CatalogueObjective[]
  hide: string[]
}

/** What takes an import back: ids it added, own entries as they were before it, shipped ids it hid. */
export interface ImportUndo {
  remove: string[]
  restore: CatalogueObjective[]
  unhide: string[]
}

export const catalogueRepo = {
  listObjectives(): Promise<CatalogueObjective[]> {
    return db().catalogue.toArray()
  },

  /** Every objective, by id, read a chunk per request, so that no one task of the page copies a catalogue of 20,000. */
  async listObjectivesInChunks(chunk = READ_CHUNK): Promise<CatalogueObjective[]> {
    const database = db()
    const table = database.catalogue
    // one transaction: every chunk sees the same rows
    return database.transaction('r', table, async () => {
      const list: CatalogueObjective[] = []
      for (let rows = await table.limit(chunk).toArray(); ; rows = await table.where(':id').above(list[list.length - 1].id).limit(chunk).toArray()) {
        for (const row of rows) list.push(row)
        if (rows.length < chunk) return list
      }
    })
  },

  /**
   * Every objective by id, following each change in any tab: read whole once (a chunk per request), then only the
   * rows that changed are read again and patched in (a new array; the other rows stay the same objects). A liveQuery
   * of the whole table would copy all 20,000 rows in one task, and again from Dexie's cache on every change.
   */
  observeObjectives(): Subscribable<CatalogueObjective[]> {
    let list: CatalogueObjective[] | null = null
    return observeTable<CatalogueObjective[]>('catalogue', async (changed) => {
      if (!list || changed === 'all' || changed.size > PATCH_LIMIT) return (list = await catalogueRepo.listObjectivesInChunks())
      const rows = await db().catalogue.bulkGet([...changed])
      const next = list.filter((o) => !changed.has(o.id))
      for (const row of rows) if (row) insertById(next, row)
      return (list = next)
    })
  },

  listSections(): Promise<CatalogueSection[]> {
    return db().catalogueSections.toArray()
  },

  async shippedVersion(): Promise<string | null> {
    return (await db().catalogueMeta.get(SHIPPED_VERSION))?.value ?? null
  },

  /**
   * Loads a version of the bundled data in one transaction: shipped rows are replaced, the teacher's
   * hidden marks carried over by id, own rows left alone. Does nothing when that version is loaded.
   * @returns whether anything was written
   */
  async replaceShipped(data: ShippedData): Promise<boolean> {
    const d = db()
    return d.transaction('rw', d.catalogue, d.catalogueSections, d.catalogueMeta, async () => {
      if ((await d.catalogueMeta.get(SHIPPED_VERSION))?.value === data.version) return false
      const oldObjectives = await d.catalogue.where('origin').equals('shipped').toArray()
      const oldSections = await d.catalogueSections.where('origin').equals('shipped').toArray()
      const hidden = new Set([...oldObjectives, ...oldSections].filter((r) => r.hidden).map((r) => r.id))
      await d.catalogue.bulkDelete(oldObjectives.map((r) => r.id))
      await d.catalogueSections.bulkDelete(oldSections.map((r) => r.id))
      await d.catalogue.bulkAdd(data.objectives.map((o) => ({ ...plain(o), hidden: hidden.has(o.id) })))
      await d.catalogueSections.bulkAdd(data.sections.map((s) => ({ ...plain(s), hidden: hidden.has(s.id) })))
      await d.catalogueMeta.put({ key: SHIPPED_VERSION, value: data.version })
      return true
    })
  },

  /** Adds or changes an own objective; refuses to overwrite a shipped one. */
  async putOwnObjective(o: CatalogueObjective): Promise<void> {
    const d = db()
    await d.transaction('rw', d.catalogue, async () => {
      const existing = await d.catalogue.get(o.id)
      if (o.origin !== 'own' || (existing && existing.origin !== 'own')) throw new Error('shipped entries are read-only')
      await d.catalogue.put(plain(o))
    })
  },

  /**
   * Adds or changes an own section; a changed title or term moves the own objectives filed under it
   * (same subject, grade, language, term and title) along, in the same transaction.
   */
  async putOwnSection(s: CatalogueSection): Promise<void> {
    const d = db()
    await d.transaction('rw', d.catalogue, d.catalogueSections, async () => {
      const existing = await d.catalogueSections.get(s.id)
      if (s.origin !== 'own' || (existing && existing.origin !== 'own')) throw new Error('shipped entries are read-only')
      if (existing && (existing.title !== s.title || existing.term !== s.term)) {
        await d.catalogue
          .where('[subject+grade]')
          .equals([existing.subject, existing.grade])
          .filter((o) => o.origin === 'own' && o.language === existing.language && o.term === existing.term && o.section === existing.title)
          .modify({ section: s.title, term: s.term, updatedAt: s.updatedAt })
      }
      await d.catalogueSections.put(plain(s))
    })
  },

  async setHidden(table: 'objective' | 'section', id: string, hidden: boolean): Promise<void> {
    const t = table === 'objective' ? db().catalogue : db().catalogueSections
    await t.update(id, { hidden })
  },

  /** Deletes an own objective (shipped ones can only be hidden). */
  async deleteOwnObjective(id: string): Promise<void> {
    await db().catalogue.where('id').equals(id).filter((o) => o.origin === 'own').delete()
  },

  async deleteOwnSection(id: string): Promise<void> {
    await db().catalogueSections.where('id').equals(id).filter((s) => s.origin === 'own').delete()
  },

  /** Writes a confirmed import in one transaction: either every row lands or none does. */
  async applyImport(writes: CatalogueWrites): Promise<void> {
    const d = db()
    await d.transaction('rw', d.catalogue, async () => {
      if (writes.put.some((o) => o.origin !== 'own')) throw new Error('imports write own entries only')
      await d.catalogue.bulkPut(writes.put.map(plain))
      for (const id of writes.hide) await d.catalogue.update(id, { hidden: true })
    })
  },
  /**
   * Takes a confirmed import back in one transaction: entries it added are deleted, own entries it
   * changed get their earlier version back, shipped entries it hid are shown again.
   */
  async undoImport(batch: ImportUndo): Promise<void> {
    const d = db()
    await d.transaction('rw', d.catalogue, async () => {
      if (batch.restore.some((o) => o.origin !== 'own')) throw new Error('imports write own entries only')
      await d.catalogue.where('id').anyOf(batch.remove).filter((o) => o.origin === 'own').delete()
      await d.catalogue.bulkPut(batch.restore.map(plain))
      for (const id of batch.unhide) await d.catalogue.update(id, { hidden: false })
    })
  },
}
