/**
 * Word files coming in: an old БЖБ / ТЖБ becomes a new draft (never a change to an existing assessment),
 * and a mentor's commented print brings its comments in as review threads. The .docx door and the readers
 * load by `import()` only when a file is opened, like printing.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { dataLayer } from '@/db/lazy'
import type { Assessment } from '@/domain/model'
import { mergeThreads } from '@/domain/review/merge'
import { DOCUMENT_PATH } from '@/domain/anchors'
import { placeVariant, type ImportReport } from '@/domain/wordImport/source'
import { openWordFile, type WordFileRefusal } from './wordFile'

export type { ImportReport } from '@/domain/wordImport/source'

/** A refusal of the .docx door, or a readable file that holds no assessment (`docxError.*` / `wordIn.*` messages). */
export type WordIn<T> = { ok: true; value: T } | { ok: false; refusal: WordFileRefusal; problem?: undefined } | { ok: false; refusal?: undefined; problem: 'noAssessment' }

export interface MentorWordOpened {
  /** Threads new to this assessment, and threads that gained replies. */
  added: number
  updated: number
  /** Of the file's comments, those that found no field (they became document-level threads). */
  unplaced: number
  /** Comments and tracked-change suggestions read from the file. */
  threads: number
}

const readers = () => import('@/exchange/fromWord')

export const useWordInStore = defineStore('wordIn', () => {
  /** The report of the last assessment made from a Word file, shown once in its editor. */
  const lastImport = shallowRef<{ assessmentId: string; report: ImportReport } | null>(null)

  /** Makes a new draft from an old БЖБ / ТЖБ .docx; the database is untouched when the file is refused. */
  async function importAssessment(file: Blob): Promise<WordIn<{ id: string; report: ImportReport }>> {
    const opened = await openWordFile(file)
    if (!opened.ok) return opened
    const read = (await readers()).readAssessment(opened.document)
    if (!read || (!read.report.tasks && !read.report.criteria && !read.report.objectives)) return { ok: false, problem: 'noAssessment' }
    const db = await dataLayer()
    // a print of a variant joins its printed group, unless the library already holds that group's variant of this number
    const { draft: assessment, report } = placeVariant(read.assessment, read.report, read.assessment.variant ? await db.assessmentsRepo.listActive() : [])
    await db.assessmentsRepo.put(assessment)
    lastImport.value = { assessmentId: assessment.id, report }
    return { ok: true, value: { id: assessment.id, report } }
  }

  /** Brings a mentor's Word comments onto this assessment's review threads; the same file twice adds nothing. */
  async function openMentorWord(file: Blob, a: Assessment, now = Date.now()): Promise<WordIn<MentorWordOpened>> {
    const opened = await openWordFile(file)
    if (!opened.ok) return opened
    const { readMentorComments, threadsFromWord } = await readers()
    const db = await dataLayer()
    const latest = await db.versionsRepo.latest(a.id)
    const threads = threadsFromWord(a, readMentorComments(opened.document.parts), { versionNumber: latest?.number ?? 0, now })
    const merged = mergeThreads(await db.reviewsRepo.threadsOf(a.id), threads)
    await db.reviewsRepo.putThreads(merged.changed)
    const unplaced = threads.filter((t) => t.path === DOCUMENT_PATH).length
    return { ok: true, value: { added: merged.added, updated: merged.updated, unplaced, threads: threads.length } }
  }

  return { lastImport, importAssessment, openMentorWord }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWordInStore, import.meta.hot))
