/**
 * The Word pack of an assessment. Loaded only with `import('@/export/docx')` when the teacher prints,
 * so the Word library never weighs on the first load. Each part is a section of its own: it starts on a
 * new page and carries the same footer (subject, grade, page number) and draft watermark.
 */
import { Document, Packer, type ISectionOptions } from 'docx'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { descriptorTablePart } from './descriptorTable'
import { markSchemePart } from './markScheme'
import { normalizePrintOptions, type PictureMap, type PrintOptions, type PrintPart } from './options'
import { section, styles } from './page'
import { parentRubricPart } from './parentRubric'
import { pupilSheetPart } from './pupilSheet'
import { specificationPart } from './specification'
import { xmlSafe } from './text'

export type { PictureData, PictureMap, PrintOptions, PrintPart } from './options'
export { defaultPrintOptions, PRINT_PARTS } from './options'
export { docxFileName } from './fileName'

type PartBuilder = (a: Assessment, options: PrintOptions, pictures: PictureMap) => ISectionOptions[]

const PARTS: Record<PrintPart, PartBuilder | null> = {
  pupilSheet: (a, _o, pictures) => [section(a, pupilSheetPart(a, pictures))],
  descriptorTable: (a) => [section(a, descriptorTablePart(a))],
  specification: (a) => [section(a, specificationPart(a))],
  markScheme: (a) => [section(a, markSchemePart(a))],
  parentRubric: (a, o) => [section(a, parentRubricPart(a, o.parentRubricCopies, o.rubricEdits))],
}

/** The sections of the chosen parts, in print order. */
export function buildSections(a: Assessment, options: PrintOptions, pictures: PictureMap): ISectionOptions[] {
  const chosen = normalizePrintOptions(options)
  return chosen.parts.flatMap((part) => PARTS[part]?.(a, chosen, pictures) ?? [])
}

export function buildDocument(a: Assessment, options: PrintOptions, pictures: PictureMap = new Map()): Document {
  const labels = PRINT_LABELS[a.language]
  const sections = buildSections(a, options, pictures)
  return new Document({
    creator: 'Bagalau',
    title: xmlSafe(a.title.trim() || labels.kindTitle[a.kind]),
    subject: xmlSafe(a.subject),
    styles: styles(a.language),
    sections: sections.length ? sections : [section(a, [])],
  })
}

/** Builds the .docx file of the chosen parts. `pictures` holds the task pictures' bytes by blob id. */
export async function buildAssessmentDocx(assessment: Assessment, options: PrintOptions, pictures: PictureMap = new Map()): Promise<Blob> {
  return Packer.toBlob(buildDocument(assessment, options, pictures))
}
