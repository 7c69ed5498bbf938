/** One row for each table beyond assessments and pictures (versions, threads, review rounds, catalogue), for backup tests. */
import type { BagalauDatabase } from '@/db/database'
import { refreshSummaries } from '@/db/versionSummaries'
import { descriptorPath } from '@/domain/anchors'
import type { Assessment } from '@/domain/model'
import { contentHash } from '@/domain/review/hash'
import type { ReviewRow, Thread, Version } from '@/domain/review/model'
import { publishDrafts, startThread } from '@/domain/review/threads'
import type { CatalogueObjective, CatalogueSection } from '@/domain/catalogue/model'
import { KAZAKH } from './sampleLibrary'

const teacher = { name: 'Дана Әліқызы', school: '№5 мектеп' }
const mentor = { name: 'Айгүл', school: '№5 мектеп' }

export function sampleVersion(a: Assessment, number = 1): Version {
  return { id: `${a.id}@${number}`, assessmentId: a.id, number, hash: contentHash(a), createdAt: a.updatedAt + 1, author: teacher, content: a }
}

export function sampleThread(a: Assessment): Thread {
  const task = a.tasks[0]
  const path = descriptorPath(task.id, task.descriptors[0].id, 'text')
  return publishDrafts([startThread({ assessment: a, path, versionNumber: 1, author: { name: mentor.name, role: 'mentor' }, text: `Нақтырақ ${KAZAKH}`, suggestion: 'жаңа', now: a.updatedAt + 2 })!])[0]
}

export function sampleRound(a: Assessment): ReviewRow {
  const version = sampleVersion(a)
  return {
    id: version.id, assessmentId: a.id, role: 'mentor', versionNumber: 1, versionHash: version.hash, title: a.title, verdict: 'requestChanges',
    summary: 'Түзетіңіз', reviewer: mentor, author: teacher, finishedAt: a.updatedAt + 3, openedAt: a.updatedAt + 2, version, baseline: null,
  }
}

const catalogueBase = {
  language: 'kk' as const, subject: 'physics', subjectNames: { kk: 'Физика', en: 'Physics' }, grade: 7, term: 2, origin: 'own' as const,
  hidden: false, source: 'менің файлым.csv', order: 1, updatedAt: 1_764_000_000_000,
}

export const sampleObjective: CatalogueObjective = { ...catalogueBase, id: 'ownObjective01', code: '7.2.2.13', text: `Тығыздықты түсіндіру ${KAZAKH}`, section: 'Тығыздық' }
export const sampleSection: CatalogueSection = { ...catalogueBase, id: 'ownSection001', title: 'Менің бөлімім' }

// plain copies, as the repositories write them (a shared object would be stored as a reference)
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

/** Adds a version, a thread and a review round of `a`, and one own catalogue objective and section. */
export async function seedOtherTables(database: BagalauDatabase, a: Assessment): Promise<void> {
  await database.table('versions').put(plain(sampleVersion(a)))
  await database.table('threads').put(plain(sampleThread(a)))
  await database.table('reviews').put(plain(sampleRound(a)))
  await database.catalogue.put(sampleObjective)
  await database.catalogueSections.put(sampleSection)
  // the version's summary, as the app writes it when a version is frozen (db/versionSummaries.ts)
  await refreshSummaries([a.id], database)
}
