/**
 * Every schema version of the Bagalau database, oldest first. A new version is appended here with
 * its stores and an upgrade function, and tests/unit/db/fixtures/v<N>.json must hold real rows of the
 * version before it: tests/unit/db/upgrade.test.ts upgrades every earlier version's data to the current one.
 *
 * What is stored where:
 * - assessments: one row per assessment (header, objectives, criteria, tasks, descriptors), soft-deleted
 *   into the trash by `deletedAt`;
 * - pictures: image blobs of task pictures, by id, with the assessment they belong to;
 * - catalogue: learning objectives of the curriculum catalogue (shipped and the teacher's own), one
 *   row per code and language (domain/catalogue/model.ts CatalogueObjective);
 * - catalogueSections (v2): declared sections of the catalogue, also those without known objectives;
 * - catalogueMeta (v2): key/value facts about the catalogue, e.g. the version of the shipped data loaded.
 * - versions (v3): frozen copies of an assessment as sent for review (domain/review/model.ts Version),
 *   id `<assessmentId>@<number>`, with the checks' findings at sending (v9, null when sent before);
 * - threads (v3): review threads anchored to field paths, with their comments (review/model.ts Thread);
 * - reviews (v3): review rounds — on the mentor's side a package opened and its verdict, on the
 *   teacher's side each reply applied (domain/review/model.ts ReviewRow).
 * - versionSummaries (v12): per frozen version, same id, its findings and the suggestions it holds, without
 *   its content (db/versionSummaries.ts): what the growth page reads; derived, not backed up.
 * - syncDocs (v11): the school workspace's Yjs documents by name (`private/<member>/<doc>` …), written
 *   only by the lazily loaded sync layer through y-dexie; `$syncDocs.doc_updates` holds their updates.
 *
 * The shape of every row is declared once in src/domain/shapes (valibot schemas with their limits);
 * an older row reaches it through domain/shapes/up.ts in the upgrade functions below.
 */
import type { Transaction } from 'dexie'
import { upgradeCatalogueToV2 } from './catalogueUpgrade'
import { upgradeRubricEditsToV4 } from './rubricUpgrade'
import { upgradeReviewToV3 } from './reviewUpgrade'
import { upgradeShapesToV5 } from './shapesUpgrade'
import { upgradeTeacherMaterialToV6 } from './teacherMaterialUpgrade'
import { upgradeSpecEditsToV8 } from './specUpgrade'
import { upgradePartsToV7 } from './partsUpgrade'
import { upgradeHistoryToV9 } from './historyUpgrade'
import { SUMMARIES_TABLE, upgradeSummariesToV12 } from './summaryUpgrade'

/** The table of the workspace's Yjs documents and the updates table y-dexie names after its `doc` property. */
export const SYNC_DOCS_TABLE = 'syncDocs'
export const SYNC_UPDATES_TABLE = `$${SYNC_DOCS_TABLE}.doc_updates`

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      assessments: 'id, updatedAt, deletedAt, kind',
      pictures: 'id, assessmentId',
      catalogue: 'id, code, subject, grade, term, origin',
    },
  },
  {
    // v2: catalogue rows carry text, language, section and subject names; sections and meta get tables
    version: 2,
    stores: {
      catalogue: 'id, code, subject, [subject+grade], origin',
      catalogueSections: 'id, subject, origin',
      catalogueMeta: 'key',
    },
    upgrade: upgradeCatalogueToV2,
  },
  {
    // v3: mentor review — frozen versions, threads and review rounds
    version: 3,
    stores: {
      versions: 'id, assessmentId',
      threads: 'id, assessmentId',
      reviews: 'id, assessmentId, role',
    },
    upgrade: upgradeReviewToV3,
  },
  {
    // v4: assessments carry the teacher's parent-rubric wording
    version: 4,
    stores: {},
    upgrade: upgradeRubricEditsToV4,
  },
  {
    // v5: every shape declared once with its limits (domain/shapes); texts cut to them, versions carry rubricEdits
    version: 5,
    stores: {},
    upgrade: upgradeShapesToV5,
  },
  {
    // v6: tasks carry teacher-only material (script, notes); assessments may belong to a variant group
    version: 6,
    stores: {},
    upgrade: upgradeTeacherMaterialToV6,
  },
  {
    // v7: a task may have parts (1а, 1ә …), each with its own text, type, options and answer; a descriptor may mark one
    version: 7,
    stores: {},
    upgrade: upgradePartsToV7,
  },
  {
    // v8: assessments (and frozen versions) carry the teacher's specification wording and table layout
    version: 8,
    stores: {},
    upgrade: upgradeSpecEditsToV8,
  },
  {
    // v9: frozen versions carry the checks' findings at sending, for the review history and the growth record
    version: 9,
    stores: {},
    upgrade: upgradeHistoryToV9,
  },
  {
    // v11: the school workspace's Yjs documents (y-dexie, loaded only once a workspace is joined: src/sync):
    // one row per document name, its updates in the table y-dexie derives from `syncDocs.doc: Y.Doc`
    version: 11,
    stores: { [SYNC_DOCS_TABLE]: 'id', [SYNC_UPDATES_TABLE]: '++i,k' },
  },
  {
    // v12: a small summary per frozen version (findings, suggestions held) for the growth page, computed for those kept
    version: 12,
    stores: { [SUMMARIES_TABLE]: 'id, assessmentId' },
    upgrade: upgradeSummariesToV12,
  },
]

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version
