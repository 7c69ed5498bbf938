/**
 * What the first page (the library, with its review badges and backup reminder) needs from the database, as one
 * piece that loads lazily through `dataLayer()` in lazy.ts, so the page's frame paints before Dexie arrives.
 */
export { assessmentsRepo } from './assessments'
export { reviewsRepo } from './reviews'
export { versionsRepo } from './versions'
export { oldestChangeAfter, purgeExpiredTrash, removeRestoreLeftovers } from './dataCare'
export { CURRENT_SCHEMA_VERSION } from './schema'
export { observe } from './live'
