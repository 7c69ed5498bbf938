/**
 * The objective catalogue as it is stored and backed up, declared once (the types of
 * domain/catalogue/model.ts are inferred from these).
 */
import * as v from 'valibot'
import { LANGUAGES } from './choices'
import { ShortSchema, TextSchema, TimeSchema, WholeSchema } from './assessment'

/** Catalogue ids are the app's own (`newId`) or the shipped data's (`sh:<file>:<code>`). */
const CatalogueId = v.pipe(v.string(), v.minLength(1), v.maxLength(300))

export const CATALOGUE_ORIGINS = ['shipped', 'own'] as const

export const SubjectNamesSchema = v.strictObject({ kk: v.optional(ShortSchema), ru: v.optional(ShortSchema), en: v.optional(ShortSchema) })

const base = {
  id: CatalogueId,
  language: v.picklist(LANGUAGES),
  /** Subject key (see domain/catalogue/subjects.ts): the same for «Физика», «Physics» and «физика». */
  subject: ShortSchema,
  /** The subject's names as given, for display. */
  subjectNames: SubjectNamesSchema,
  grade: v.pipe(WholeSchema, v.maxValue(12)),
  /** 1–4, or null where the source did not state the term. */
  term: v.nullable(v.pipe(WholeSchema, v.minValue(1), v.maxValue(4))),
  /** `shipped`: bundled data, replaced when a newer version ships; `own`: the teacher's entries, never touched by it. */
  origin: v.picklist(CATALOGUE_ORIGINS),
  /** Hidden entries stay stored (shipped data cannot be deleted) but leave browsing and search. */
  hidden: v.boolean(),
  /** Where it comes from: addresses of the published documents, or the imported file's name. */
  source: TextSchema,
  /** Position as shipped or imported, to keep the source's order where codes do not decide it. */
  order: v.pipe(v.number(), v.finite()),
  updatedAt: TimeSchema,
}

export const CatalogueObjectiveSchema = v.strictObject({
  ...base,
  code: ShortSchema,
  text: TextSchema,
  /** Title of the section (бөлім / раздел) it belongs to; empty when unknown. */
  section: ShortSchema,
})

/** A declared section: also kept when no objective of it is known yet. */
export const CatalogueSectionSchema = v.strictObject({ ...base, title: ShortSchema })

/** Key/value facts about the catalogue, e.g. the version of the shipped data loaded. */
export const CatalogueMetaSchema = v.strictObject({ key: ShortSchema, value: TextSchema })

export type CatalogueObjectiveShape = v.InferOutput<typeof CatalogueObjectiveSchema>
export type CatalogueSectionShape = v.InferOutput<typeof CatalogueSectionSchema>
export type CatalogueMetaShape = v.InferOutput<typeof CatalogueMetaSchema>
