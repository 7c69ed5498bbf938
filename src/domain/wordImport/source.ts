/**
 * A Word document as the assessment importer reads it: blocks of paragraphs and tables in reading order,
 * merged cells resolved (a cell that continues a vertical merge repeats the text and markers of the cell
 * where the merge starts), and the Bagalau field markers (../fieldMarks.ts) found in each, with their text.
 * The exchange layer builds it from the .docx; the domain never sees XML.
 */
export interface SourceMark {
  name: string
  text: string
}

export interface SourceParagraph {
  kind: 'paragraph'
  text: string
  marks: SourceMark[]
}

export interface SourceCell {
  /** The cell's paragraphs, joined by '\n'. */
  text: string
  /** Its paragraphs one by one. */
  lines: string[]
  marks: SourceMark[]
  /** Continues a vertical merge (its text and marks are those of the merge's first cell). */
  continued: boolean
}

export interface SourceTable {
  kind: 'table'
  rows: SourceCell[][]
}

export type SourceBlock = SourceParagraph | SourceTable

/** What a Bagalau print said beyond the counts (./fromPrint.ts), for the teacher's report. */
export interface PrintReport {
  /**
   * The variant it was a print of: its number, and whether the group's id was printed (`printed`: the draft joins
   * that group, so variants printed apart come together again; `new`: a group of its own; `taken`: the library
   * already holds that group's variant of this number, so the draft is kept apart in a group of its own), and the numbers of
   * the further variants a print of several held (not taken: one draft per file; print each variant alone to bring it in).
   */
  variant: { number: number; group: 'printed' | 'new' | 'taken'; others: number[] } | null
  /** Task parts read (1а, 1ә …). */
  parts: number
  /** Tasks whose teacher-only material (script, notes) was read from the teacher's copy or the mark scheme. */
  scripts: number
  /** The characteristic table's layout, when the print holds one. */
  layout: 'primary' | 'secondary' | null
  /** Specification paragraphs in the teacher's own wording, kept as hers. */
  specTexts: number
  /** Per task (by number), what the print does not say (the primary layout prints no level, type or time): left empty, never guessed. */
  missing: { task: number; fields: ('level' | 'type' | 'minutes')[] }[]
}

/** What the importer took, and every line it could not place, for the teacher's report. */
export interface ImportReport {
  /** The file was printed by Bagalau (its hidden field markers were read). */
  bagalauPrint: boolean
  objectives: number
  criteria: number
  tasks: number
  descriptors: number
  options: number
  /** Minutes, when found. */
  duration: number | null
  /** The total printed in the file, when found, and the sum of the points read. */
  printedTotal: number | null
  total: number
  /** Lines of the file that looked like assessment content but found no place, as they read. */
  unplaced: string[]
  /** For a Bagalau print: its variant, parts, teacher material, specification and what it did not say; null for another file. */
  print: PrintReport | null
}

/**
 * The draft kept apart from its printed group when `library` already holds that group's variant of its number
 * (re-opening one's own print must not give a group two «Variant 2»): a group of its own, as a first variant's.
 */
export function placeVariant<A extends { id: string; variant: { group: string; number: number } | null; deletedAt: number | null }>(draft: A, report: ImportReport, library: readonly A[]): { draft: A; report: ImportReport } {
  const v = draft.variant
  if (!v || report.print?.variant?.group !== 'printed' || !library.some((x) => x.id !== draft.id && x.deletedAt === null && x.variant?.group === v.group && x.variant.number === v.number)) return { draft, report }
  return { draft: { ...draft, variant: { group: draft.id, number: v.number } }, report: { ...report, print: { ...report.print, variant: { ...report.print.variant, group: 'taken' } } } }
}

/** Criteria no table linked to objectives: with one objective, it; with as many criteria as objectives, in order. */
export function linkByOrder(criteria: readonly { objectiveIds: string[] }[], objectives: readonly { id: string }[]): void {
  criteria.forEach((c, i) => {
    if (c.objectiveIds.length) return
    if (objectives.length === 1) c.objectiveIds = [objectives[0].id]
    else if (objectives.length === criteria.length) c.objectiveIds = [objectives[i].id]
  })
}

/** Text with spaces collapsed, for matching labels. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()
/** Lower-case, spaces collapsed, «№» and punctuation at the ends dropped: for comparing headings. */
export const norm = (text: string): string =>
  flat(text)
    .toLowerCase()
    .replace(/^[\s№#.:,;-]+|[\s№#.:,;-]+$/g, '')
/** A whole number at the start of a text («3», «3.», «№3», «3 а»), or null. */
export function leadingNumber(text: string): number | null {
  const m = /^\s*(?:№\s*)?(\d{1,3})(?!\d)/.exec(text)
  return m ? Number(m[1]) : null
}
/** The only whole number of a text («2», «2 балл», «(2)»), or null. */
export function pointsIn(text: string): number | null {
  const m = /^\D*?(\d{1,3})(?!\d)\D*$/.exec(text.trim())
  return m ? Number(m[1]) : null
}
