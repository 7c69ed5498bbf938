/**
 * Objectives brought in from a document (a long-term plan, a КТП or a programme as .docx, or text pasted
 * from a web page, Word or PDF): read by the rules of domain/catalogue/recognise, then planned like any
 * import against the catalogue, for the subject, grade and language the teacher confirms. Nothing is
 * written here; the catalogue store's confirmImport writes, and its undo takes the import back.
 */
import type { ImportPlan } from '@/domain/catalogue/importPlan'
import { planImport } from '@/domain/catalogue/importPlan'
import { recogniseObjectives, type RecognisedDocument } from '@/domain/catalogue/recognise'
import { validateRow, type RawRow } from '@/domain/catalogue/rows'
import { unitsOfPastedText } from '@/domain/catalogue/sourceUnits'
import type { Language } from '@/domain/model'
import { useCatalogueStore } from './catalogue'
import { loadDocxDoor, type WordFileRefusal } from './wordFile'

export type { FoundSection, RecognisedDocument, UnreadLine } from '@/domain/catalogue/recognise'
export type { WordFileRefusal } from './wordFile'

export type DocumentRead = { ok: true; found: RecognisedDocument; sourceName: string } | { ok: false; refusal: WordFileRefusal }

/** The subject, grade and language the objectives are filed under (the document's, as the teacher confirmed them). */
export interface DocumentMeta {
  subject: string
  grade: number | null
  language: Language
}

export interface PlannedDocument {
  rows: RawRow[]
  plan: ImportPlan
}

export const isWordFile = (file: File) => /\.docx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function knownSubjectNames(): string[] {
  const names = new Set<string>()
  for (const o of useCatalogueStore().objectives) for (const n of Object.values(o.subjectNames)) if (n) names.add(n)
  return [...names]
}

/** Reads a Word file (through the lazily loaded door) or pasted text; never throws for a bad file. */
export async function readObjectivesDocument(input: { text: string } | { file: File }): Promise<DocumentRead> {
  const names = knownSubjectNames()
  if ('text' in input) return { ok: true, found: recogniseObjectives(unitsOfPastedText(input.text), names), sourceName: '' }
  const door = await loadDocxDoor()
  try {
    const { body } = await door.readDocxFile(input.file)
    return { ok: true, found: recogniseObjectives(door.unitsOfDocx(body), names), sourceName: input.file.name }
  } catch (e) {
    if (door.isDocxError(e)) return { ok: false, refusal: { kind: e.kind, detail: e.detail, params: e.params } }
    return { ok: false, refusal: { kind: 'damaged', detail: String(e), params: {} } }
  }
}

/** The found objectives as import rows, planned against the catalogue for the confirmed subject, grade and language. */
export function planDocument(found: RecognisedDocument, meta: DocumentMeta, sourceName = ''): PlannedDocument {
  const store = useCatalogueStore()
  const rows: RawRow[] = found.objectives.map((o, i) => ({
    line: i + 1,
    cells: { code: o.code, text: o.text, section: o.section, term: o.term === null ? '' : String(o.term) },
  }))
  const defaults = { subject: meta.subject, grade: meta.grade, term: null, language: meta.language, section: '' }
  const plan = planImport(
    rows.map((r) => validateRow(r, defaults)),
    store.objectives,
    store.subjects,
  )
  if (sourceName) for (const row of plan.rows) row.draft.source ??= sourceName
  return { rows, plan }
}
