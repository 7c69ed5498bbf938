/**
 * How an assessment lives in its workspace document (`private/<member>/<assessmentId>`), so that two
 * devices editing offline merge field by field instead of one overwriting the other:
 *
 * - map `fields`: every top-level field (title, subject, grade, rubricEdits …) as one JSON value;
 * - maps `list:objectives`, `list:criteria`, `list:tasks`: one nested map per item, keyed by the item's
 *   stable id, holding the item's fields as JSON values. The list's order comes from each item's `order`.
 *
 * Two devices changing different fields, or different fields of one task, both keep their change; the
 * same field changed on both keeps one of them (Yjs decides the same way everywhere). A task added on one
 * device and another task added on the other both stay. What is read back is checked against the stored
 * shape (AssessmentSchema) before it reaches the database.
 */
import * as v from 'valibot'
import * as Y from 'yjs'
import type { Assessment } from '@/domain/model'
import { AssessmentSchema } from '@/domain/shapes/assessment'
import { sameRecord } from '@/domain/sameRecord'

export const ASSESSMENT_LISTS = ['objectives', 'criteria', 'tasks'] as const
type ListName = (typeof ASSESSMENT_LISTS)[number]
type Item = { id: string; order: number } & Record<string, unknown>

const isList = (key: string): key is ListName => (ASSESSMENT_LISTS as readonly string[]).includes(key)
const listMap = (doc: Y.Doc, name: ListName) => doc.getMap<Y.Map<unknown>>(`list:${name}`)
const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))

/**
 * Writes into the document what changed from `base` (the assessment as the document last had it, or
 * null when not known) to `next`: only changed fields and items are touched, so whatever another
 * device changed meanwhile elsewhere stays. With no base every field of `next` is written.
 */
export function writeAssessment(doc: Y.Doc, base: Assessment | null, next: Assessment, origin: unknown): void {
  doc.transact(() => {
    const fields = doc.getMap<unknown>('fields')
    const record = next as unknown as Record<string, unknown>
    const before = base as unknown as Record<string, unknown> | null
    for (const [key, value] of Object.entries(record)) {
      if (isList(key)) writeList(listMap(doc, key), (before?.[key] as Item[] | undefined) ?? null, value as Item[])
      else if (!before || !sameRecord(before[key], value) || !fields.has(key)) fields.set(key, copy(value))
    }
    if (before) for (const key of Object.keys(before)) if (!(key in record) && !isList(key)) fields.delete(key)
  }, origin)
}

function writeList(map: Y.Map<Y.Map<unknown>>, base: Item[] | null, next: Item[]): void {
  const baseById = new Map((base ?? []).map((item) => [item.id, item]))
  for (const item of next) {
    const was = baseById.get(item.id)
    let itemMap = map.get(item.id)
    if (!itemMap) {
      itemMap = new Y.Map<unknown>()
      for (const [key, value] of Object.entries(item)) itemMap.set(key, copy(value))
      map.set(item.id, itemMap)
      continue
    }
    for (const [key, value] of Object.entries(item)) {
      if (!was || !sameRecord(was[key], value) || !itemMap.has(key)) itemMap.set(key, copy(value))
    }
    if (was) for (const key of Object.keys(was)) if (!(key in item)) itemMap.delete(key)
  }
  if (base) {
    const kept = new Set(next.map((item) => item.id))
    for (const item of base) if (!kept.has(item.id)) map.delete(item.id)
  }
}

/** The assessment as the document holds it, unchecked; null while the document is empty. */
export function readAssessmentRaw(doc: Y.Doc): Record<string, unknown> | null {
  const fields = doc.getMap<unknown>('fields')
  if (fields.size === 0) return null
  const out: Record<string, unknown> = fields.toJSON()
  for (const name of ASSESSMENT_LISTS) {
    const items = [...listMap(doc, name).values()].map((item) => item.toJSON() as Item)
    out[name] = items.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
  return out
}

export type ReadResult = { ok: true; assessment: Assessment } | { ok: false; reason: 'empty' | 'shape' }

/** The assessment the document holds, checked against the stored shape. */
export function readAssessment(doc: Y.Doc): ReadResult {
  const raw = readAssessmentRaw(doc)
  if (!raw) return { ok: false, reason: 'empty' }
  const parsed = v.safeParse(AssessmentSchema, raw)
  return parsed.success ? { ok: true, assessment: parsed.output as Assessment } : { ok: false, reason: 'shape' }
}
