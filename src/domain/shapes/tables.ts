/** The stored shape of each database table's rows, by table name: the one list the database upgrade test and the backup door read. */
import type * as v from 'valibot'
import { AssessmentSchema } from './assessment'
import { CatalogueMetaSchema, CatalogueObjectiveSchema, CatalogueSectionSchema } from './catalogue'
import { PictureRowSchema } from './picture'
import { ReviewRowSchema, ThreadSchema, VersionSchema, VersionSummarySchema } from './review'
import { SyncDocRowSchema, SyncUpdateRowSchema } from './sync'

export const TABLE_SHAPES: Readonly<Record<string, v.GenericSchema>> = {
  assessments: AssessmentSchema,
  pictures: PictureRowSchema,
  catalogue: CatalogueObjectiveSchema,
  catalogueSections: CatalogueSectionSchema,
  catalogueMeta: CatalogueMetaSchema,
  versions: VersionSchema,
  versionSummaries: VersionSummarySchema,
  threads: ThreadSchema,
  reviews: ReviewRowSchema,
  syncDocs: SyncDocRowSchema,
  '$syncDocs.doc_updates': SyncUpdateRowSchema,
}
