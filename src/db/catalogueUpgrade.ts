/**
 * v1 → v2 of the catalogue table. Version 1 declared the table but stored only id, code, subject,
 * grade, term and origin (anything else was free-form); v2 rows are CatalogueObjective. Shipped rows
 * are dropped (they are reloaded from the bundled data, which v1 never recorded a version of); own
 * rows are completed with defaults and their subject typed in v1 becomes a subject key.
 */
import type { Transaction } from 'dexie'
import { LANGUAGES, type Language } from '@/domain/model'
import { SubjectRegistry } from '@/domain/catalogue/subjects'
import type { CatalogueObjective } from '@/domain/catalogue/model'

// not rows.ts's isLanguage: that module brings valibot, and this file is on the first-load path
const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value)
const str = (value: unknown) => (typeof value === 'string' ? value : '')
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

export function catalogueRowV1toV2(row: Record<string, unknown>, subjects: SubjectRegistry): CatalogueObjective {
  const language = isLanguage(row.language) ? row.language : 'ru'
  const typedSubject = str(row.subject)
  return {
    id: str(row.id),
    code: str(row.code),
    text: str(row.text),
    section: str(row.section),
    language,
    subject: subjects.ensure(typedSubject, language) ?? '',
    subjectNames: typedSubject ? { [language]: typedSubject } : {},
    grade: num(row.grade) ?? 0,
    term: num(row.term),
    origin: 'own',
    hidden: row.hidden === true,
    source: str(row.source),
    order: num(row.order) ?? 0,
    updatedAt: num(row.updatedAt) ?? 0,
  }
}

export async function upgradeCatalogueToV2(tx: Transaction): Promise<void> {
  const table = tx.table('catalogue')
  await table.where('origin').equals('shipped').delete()
  const subjects = new SubjectRegistry()
  await table.toCollection().modify((row: Record<string, unknown>, ref: { value: unknown }) => {
    ref.value = catalogueRowV1toV2(row, subjects)
  })
}
