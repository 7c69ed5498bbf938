/**
 * The objective catalogue: the curriculum's learning objectives, shipped with the app or added by the
 * teacher. One entry holds one code's text in one language (the curriculum files come one language at
 * a time, and a CSV row carries its language), so kk, ru and en texts of a code sit side by side.
 */
import type { Language } from '@/domain/model'

/** `shipped`: bundled data, replaced when a newer version ships; `own`: the teacher's entries, never touched by it. */
export type CatalogueOrigin = 'shipped' | 'own'

export type SubjectNames = Partial<Record<Language, string>>

interface CatalogueBase {
  id: string
  language: Language
  /** Subject key (see subjects.ts): the same for «Физика», «Physics» and «физика». */
  subject: string
  /** The subject's names as given, for display. */
  subjectNames: SubjectNames
  grade: number
  /** 1–4, or null where the source did not state the term. */
  term: number | null
  origin: CatalogueOrigin
  /** Hidden entries stay stored (shipped data cannot be deleted) but leave browsing and search. */
  hidden: boolean
  /** Where it comes from: addresses of the published documents, or the imported file's name. */
  source: string
  /** Position as shipped or imported, to keep the source's order where codes do not decide it. */
  order: number
  updatedAt: number
}

export interface CatalogueObjective extends CatalogueBase {
  code: string
  text: string
  /** Title of the section (бөлім / раздел) it belongs to; empty when unknown. */
  section: string
}

/** A declared section: also kept when no objective of it is known yet. */
export interface CatalogueSection extends CatalogueBase {
  title: string
}

/** What the teacher types or imports for one objective, before it gets an id. */
export interface ObjectiveDraft {
  code: string
  text: string
  section: string
  term: number | null
  subject: string
  grade: number
  language: Language
  source?: string
}
