/**
 * The objective catalogue: the curriculum's learning objectives, shipped with the app or added by the
 * teacher. One entry holds one code's text in one language (the curriculum files come one language at
 * a time, and a CSV row carries its language), so kk, ru and en texts of a code sit side by side.
 */
import type { Language } from '@/domain/model'
import type { CATALOGUE_ORIGINS, CatalogueObjectiveShape, CatalogueSectionShape } from '../shapes/catalogue'

/** `shipped`: bundled data, replaced when a newer version ships; `own`: the teacher's entries, never touched by it. */
export type CatalogueOrigin = (typeof CATALOGUE_ORIGINS)[number]

export type SubjectNames = Partial<Record<Language, string>>

// Declared once as valibot schemas in ../shapes/catalogue.ts (limits and comments there); these are their types.
export type CatalogueObjective = CatalogueObjectiveShape
/** A declared section: also kept when no objective of it is known yet. */
export type CatalogueSection = CatalogueSectionShape

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
