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
 */
import type { Transaction } from 'dexie'
import { upgradeCatalogueToV2 } from './catalogueUpgrade'

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
]

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version
