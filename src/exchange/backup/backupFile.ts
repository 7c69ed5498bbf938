/**
 * The backup file: the one door in for restoring. A backup is the JSON that dexie-export-import
 * writes (`formatName`, `formatVersion`, `data`), with Bagalau's own header as its first key
 * (`bagalau`: app, format version, app version, made when, by whom, rows per table), so the header can
 * be read without parsing the data. Every file is size-limited, decoded strictly as UTF-8, parsed,
 * checked for depth and prototype keys, validated with valibot, upgraded from older format versions,
 * or rejected with a BackupFileError.
 */
import * as v from 'valibot'
import { BackupFileError } from './errors'
import { findSafetyProblem, MAX_DEPTH } from './safety'
import { SubjectRegistry } from '@/domain/catalogue/subjects'
import { LIMITS } from '@/domain/shapes/limits'
import { ROW_SCHEMAS, ROWS_PER_ASSESSMENT, upRow } from './rowSchemas'
import { REVIEW_FILE_KINDS } from '../reviewFile'

export const BACKUP_APP = 'bagalau'
/** 1: header `bagalau` before the Dexie export. 0 (read only): a bare Dexie export without a header. */
export const BACKUP_FORMAT_VERSION = 1
/** Kept equal to package.json's version by a unit test. */
export const APP_VERSION = '0.1.0'
/**
 * @default 100 MB: a year of assessments with pictures is far below. A school laptop parses a file this
 * size in a few seconds; at 200 MB a restore froze the tab for half a minute.
 */
export const MAX_BACKUP_BYTES = 100_000_000

const Count = v.pipe(v.number(), v.integer(), v.minValue(0))
const TableName = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/))

const Header = v.strictObject({
  app: v.literal(BACKUP_APP),
  formatVersion: v.literal(BACKUP_FORMAT_VERSION),
  appVersion: v.pipe(v.string(), v.maxLength(40)),
  madeAt: v.nullable(Count),
  madeBy: v.pipe(v.string(), v.maxLength(200)),
  databaseVersion: v.pipe(Count, v.minValue(1)),
  counts: v.record(TableName, Count),
})
export type BackupHeader = v.InferOutput<typeof Header>

const DexieExport = v.strictObject({
  formatName: v.literal('dexie'),
  formatVersion: v.literal(1),
  data: v.strictObject({
    databaseName: v.literal('bagalau'),
    databaseVersion: v.pipe(Count, v.minValue(1)),
    tables: v.array(v.strictObject({ name: TableName, schema: v.pipe(v.string(), v.maxLength(500)), rowCount: Count })),
    data: v.array(v.strictObject({ tableName: TableName, inbound: v.literal(true), rows: v.array(v.record(v.string(), v.unknown())) })),
  }),
})
export type BackupExport = v.InferOutput<typeof DexieExport>

export interface ParsedBackup {
  header: BackupHeader
  export: BackupExport
}

export interface ReadBackupOptions {
  /** Tables of the installed database: name → primary key (e.g. `{ assessments: 'id' }`). */
  tables: Record<string, string>
  /** The installed database's schema version: a backup from a newer app is refused. */
  databaseVersion: number
  /** @default MAX_BACKUP_BYTES */
  maxBytes?: number
}

/** Reads, validates and upgrades a backup file; throws BackupFileError with a kind the UI explains. */
export async function readBackupFile(file: Blob, options: ReadBackupOptions): Promise<ParsedBackup> {
  if (file.size === 0) throw new BackupFileError('empty')
  const limit = options.maxBytes ?? MAX_BACKUP_BYTES
  if (file.size > limit) throw new BackupFileError('tooLarge', `${file.size} bytes`, { size: file.size, limit })
  const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()))
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new BackupFileError('notJson', e instanceof Error ? e.message.slice(0, 200) : '')
  }
  return parseBackup(raw, options)
}

/** Strict UTF-8 (a UTF-8 byte order mark is allowed); UTF-16 or legacy code pages are refused. */
export function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new BackupFileError('encoding', 'UTF-16')
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new BackupFileError('encoding', 'not UTF-8')
  }
}

/** Validates parsed JSON as a backup (see readBackupFile). */
export function parseBackup(raw: unknown, options: ReadBackupOptions): ParsedBackup {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new BackupFileError('notBackup', 'not an object')
  const problem = findSafetyProblem(raw)
  if (problem) throw new BackupFileError('unsafe', problem.kind === 'forbiddenKey' ? `key "${problem.key}"` : problem.kind)
  const upgraded = upgradeFormat(raw as Record<string, unknown>)
  const { bagalau, ...dexiePart } = upgraded
  const header = v.safeParse(Header, bagalau)
  if (!header.success) throw new BackupFileError('notBackup', issueText(header.issues))
  const exported = v.safeParse(DexieExport, dexiePart)
  if (!exported.success) throw new BackupFileError('invalid', issueText(exported.issues))
  const backup = { header: header.output, export: exported.output }
  checkConsistency(backup, options)
  return backup
}

/** Brings an older file shape to the current format version, or refuses one from a newer app. */
export function upgradeFormat(raw: Record<string, unknown>): Record<string, unknown> {
  const head = raw.bagalau
  if (head === undefined) {
    if (raw.format === REVIEW_FILE_KINDS.package) throw new BackupFileError('reviewPackage')
    if (raw.format === REVIEW_FILE_KINDS.reply) throw new BackupFileError('reviewReply')
    if (raw.formatName !== 'dexie') throw new BackupFileError('notBackup', 'no Bagalau header')
    return { bagalau: headerForBareExport(raw), ...raw }
  }
  if (head === null || typeof head !== 'object') throw new BackupFileError('notBackup', 'header is not an object')
  const version = (head as Record<string, unknown>).formatVersion
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) throw new BackupFileError('newerFormat', `format ${version}`)
  return raw
}

/** Format 0: a bare Dexie export of the bagalau database: its header is derived from its contents. */
function headerForBareExport(raw: Record<string, unknown>): Record<string, unknown> {
  const data = raw.data as { databaseVersion?: unknown; tables?: unknown } | undefined
  const tables = Array.isArray(data?.tables) ? (data.tables as { name?: unknown; rowCount?: unknown }[]) : []
  const counts: Record<string, unknown> = {}
  for (const t of tables) if (typeof t?.name === 'string') counts[t.name] = t.rowCount
  return { app: BACKUP_APP, formatVersion: BACKUP_FORMAT_VERSION, appVersion: '', madeAt: null, madeBy: '', databaseVersion: data?.databaseVersion, counts }
}

function checkConsistency({ header, export: ex }: ParsedBackup, options: ReadBackupOptions): void {
  const { data } = ex
  if (data.databaseVersion > options.databaseVersion || header.databaseVersion > options.databaseVersion)
    throw new BackupFileError('newerDatabase', `version ${data.databaseVersion}`)
  if (header.databaseVersion !== data.databaseVersion) throw new BackupFileError('invalid', 'database versions differ')
  const declared = new Map(data.tables.map((t) => [t.name, t]))
  if (declared.size !== data.tables.length || new Set(data.data.map((t) => t.tableName)).size !== data.data.length)
    throw new BackupFileError('invalid', 'a table appears twice')
  for (const table of data.tables) {
    const primaryKey = Object.hasOwn(options.tables, table.name) ? options.tables[table.name] : undefined
    if (primaryKey === undefined) throw new BackupFileError('invalid', `unknown table ${table.name}`)
    if (table.schema.split(',')[0].trim() !== primaryKey) throw new BackupFileError('invalid', `key of ${table.name}`)
    if (header.counts[table.name] !== table.rowCount) throw new BackupFileError('invalid', `count of ${table.name}`)
  }
  if (Object.keys(header.counts).length !== declared.size) throw new BackupFileError('invalid', 'counts name other tables')
  for (const table of data.data) {
    const declaredTable = declared.get(table.tableName)
    if (!declaredTable || declaredTable.rowCount !== table.rows.length) throw new BackupFileError('invalid', `rows of ${table.tableName}`)
    checkRows(table.tableName, table.rows, options.tables[table.tableName], data.databaseVersion as number)
  }
  // dexie-export-import writes a rows entry for every table, also an empty one
  if (data.data.length !== data.tables.length) throw new BackupFileError('invalid', 'rows of a table missing')
}

/**
 * Every row of every table, in the shape of its table (domain/shapes, the same limits as the database
 * and the editor), after bringing a row of an older database version to the current shape; keys unique;
 * per assessment no more rows than the limits allow. A table this app does not know in detail (none
 * today) gets the text limit on every value.
 */
function checkRows(table: string, rows: Record<string, unknown>[], primaryKey: string, databaseVersion: number): void {
  const schema = Object.hasOwn(ROW_SCHEMAS, table) ? ROW_SCHEMAS[table] : undefined
  const keys = new Set<unknown>()
  const perAssessment = new Map<unknown, number>()
  const maxPerAssessment = Object.hasOwn(ROWS_PER_ASSESSMENT, table) ? ROWS_PER_ASSESSMENT[table] : Infinity
  const subjects = new SubjectRegistry()
  rows.forEach((row, i) => {
    const key = row[primaryKey]
    if (!(typeof key === 'string' && key.length > 0 && key.length <= 300) && !(typeof key === 'number' && Number.isFinite(key)))
      throw new BackupFileError('invalid', `${table} row ${i + 1}: key`)
    if (keys.has(key)) throw new BackupFileError('invalid', `${table} row ${i + 1}: key twice`)
    keys.add(key)
    checkTypeMarks(table, row, i)
    if (!schema) {
      if (findSafetyProblem(row, MAX_DEPTH, LIMITS.text)) throw new BackupFileError('invalid', `${table} row ${i + 1}: too long`)
      return
    }
    const { $types, ...fields } = row
    const { current, replaces } = upRow(table, fields, databaseVersion, subjects)
    const result = v.safeParse(schema, current)
    if (!result.success) throw refusedRow(table, current, `${table} row ${i + 1}${titleOf(table, current)}: ${issueText(result.issues)}`)
    // one door turns every row into the current shape: the restore writes what was checked
    if (replaces) rows[i] = $types === undefined ? current : { ...current, $types }
    const owner = current.assessmentId
    const count = (perAssessment.get(owner) ?? 0) + 1
    perAssessment.set(owner, count)
    if (count > maxPerAssessment) throw new BackupFileError('invalid', `${table}: more than ${maxPerAssessment} rows for assessment ${String(owner).slice(0, 80)}`)
  })
}

/** A refused assessment is named by its title in the message; other rows by their table in the detail. */
function refusedRow(table: string, row: Record<string, unknown>, detail: string): BackupFileError {
  const title = table === 'assessments' && typeof row.title === 'string' ? row.title.trim().slice(0, 120) : ''
  return title ? new BackupFileError('invalidAssessment', detail, { title }) : new BackupFileError('invalid', detail)
}

/** The assessment a refused row is or belongs to, for the detail (` («Жасушалар»)`). */
function titleOf(table: string, row: Record<string, unknown>): string {
  const title = assessmentOf(table, row)
  return title ? ` («${title}»)` : ''
}

/** The title (or id) of the assessment a row is, or the id of the one it belongs to. */
function assessmentOf(table: string, row: Record<string, unknown>): string {
  const value = table === 'assessments' ? row.title || row.id : row.assessmentId
  return typeof value === 'string' ? value.slice(0, 80) : ''
}

/**
 * dexie-export-import marks typed values in `$types` (key path → type) and revives them on import.
 * Only two marks are ours: arrays (`arrayNonindexKeys`, on every array) and a picture's blob (`blob2`);
 * each must point at a value of that kind, so reviving can never turn a checked string into something else.
 */
function checkTypeMarks(table: string, row: Record<string, unknown>, index: number): void {
  if (!('$types' in row)) return
  const marks = row.$types
  const bad = (why: string) => new BackupFileError('invalid', `${table} row ${index + 1}: ${why}`)
  if (marks === null || typeof marks !== 'object' || Array.isArray(marks)) throw bad('type marks')
  for (const [path, type] of Object.entries(marks)) {
    let value: unknown = row
    for (const key of path.split('.')) value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
    if (type === 'arrayNonindexKeys' && Array.isArray(value)) continue
    if (type === 'blob2' && table === 'pictures' && path === 'blob') continue
    throw bad(`type mark ${String(type).slice(0, 40)} at ${path.slice(0, 100)}`)
  }
}

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0]
  const path = first.path?.map((p) => String(p.key)).join('.') ?? ''
  return `${path ? `${path}: ` : ''}${first.message}`.slice(0, 300)
}

/** The header of a new backup. `madeBy` is the profile name if the teacher set one. */
export function makeBackupHeader(counts: Record<string, number>, databaseVersion: number, madeAt: number, madeBy: string): BackupHeader {
  return { app: BACKUP_APP, formatVersion: BACKUP_FORMAT_VERSION, appVersion: APP_VERSION, madeAt, madeBy, databaseVersion, counts }
}

/** Puts the header first into the Dexie export's JSON object, without reading the (large) export. */
export function assembleBackupFile(header: BackupHeader, dexieExport: Blob): Blob {
  return new Blob(['{"bagalau":', JSON.stringify(header), ',', dexieExport.slice(1)], { type: 'application/json' })
}

/** `bagalau-backup-2025-03-07-1430.json` in local time. */
export function backupFileName(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `bagalau-backup-${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}.json`
}

/** The profile name kept in localStorage 'bagalau.profile' (JSON `{ name }` or a plain string), else ''. */
export function profileName(stored: string | null): string {
  if (!stored) return ''
  try {
    const parsed: unknown = JSON.parse(stored)
    if (typeof parsed === 'string') return parsed.slice(0, 200)
    if (parsed && typeof parsed === 'object' && typeof (parsed as { name?: unknown }).name === 'string') return (parsed as { name: string }).name.slice(0, 200)
    return ''
  } catch {
    return stored.slice(0, 200)
  }
}
