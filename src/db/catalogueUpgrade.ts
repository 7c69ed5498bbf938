/**
 * v1 → v2 of the catalogue table. Version 1 declared the table but stored only id, code, subject,
 * grade, term and origin (anything else was free-form); v2 rows are CatalogueObjective. Shipped rows
 * are dropped (they are reloaded from the bundled data, which v1 never recorded a version of); own
 * rows are completed with defaults (domain/shapes/up.ts catalogueRowV1toV2).
 */
import type { Transaction } from 'dexie'
import { SubjectRegistry } from '@/domain/catalogue/subjects'
import { catalogueRowV1toV2 } from '@/domain/shapes/up'

export { catalogueRowV1toV2 }

export async function upgradeCatalogueToV2(tx: Transaction): Promise<void> {
  const table = tx.table('catalogue')
  await table.where('origin').equals('shipped').delete()
  const subjects = new SubjectRegistry()
  await table.toCollection().modify((row: Record<string, unknown>, ref: { value: unknown }) => {
    ref.value = catalogueRowV1toV2(row, subjects)
  })
}
