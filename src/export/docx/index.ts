/**
 * The Word pack of an assessment. Loaded only with `import('@/export/docx')` when the teacher prints,
 * so the Word library never weighs on the first load. Each part is a section of its own: it starts on a
 * new page and carries the same footer (subject, grade, page number) and draft watermark.
 */
import { Document, type ISectionOptions } from 'docx'
import { CommentPlacer } from './comments'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { descriptorTablePart } from './descriptorTable'
import { markSchemePart } from './markScheme'
import { normalizePrintOptions, type PictureMap, type PrintOptions, type PrintPart } from '@/domain/printOptions'
import { section, styles } from './page'
import { parentRubricPart } from './parentRubric'
import { packDocxBlob } from './rawXml'
import { pupilSheetPart } from './pupilSheet'
import { specificationPart } from './specification'
import { xmlSafe } from './text'

export type { PictureData, PictureMap, PrintOptions, PrintPart } from '@/domain/printOptions'
export { defaultPrintOptions, PRINT_PARTS } from '@/domain/printOptions'
export { docxFileName } from '@/domain/printFileName'

type PartBuilder = (a: Assessment, options: PrintOptions, pictures: PictureMap, placer: CommentPlacer) => ISectionOptions[]

const PARTS: Record<PrintPart, PartBuilder | null> = {
  pupilSheet: (a, o, pictures, placer) => [section(a, pupilSheetPart(a, pictures, placer, o.approval))],
  descriptorTable: (a, _o, _p, placer) => [section(a, descriptorTablePart(a, placer))],
  specification: (a, o, _p, placer) => [section(a, specificationPart(a, placer, !o.parts.includes('markScheme')))],
  markScheme: (a, _o, _p, placer) => [section(a, markSchemePart(a, placer))],
  parentRubric: (a, o, _p, placer) => [section(a, parentRubricPart(a, o.parentRubricCopies, o.rubricEdits, placer))],
}

/** The sections of the chosen parts, in print order; `placer` collects the review comments they anchor. */
export function buildSections(a: Assessment, options: PrintOptions, pictures: PictureMap, placer?: CommentPlacer): ISectionOptions[] {
  const chosen = normalizePrintOptions(options)
  const comments = placer ?? new CommentPlacer(a, chosen.comments ?? [], chosen.parts)
  return chosen.parts.flatMap((part) => PARTS[part]?.(a, chosen, pictures, comments) ?? [])
}

export function buildDocument(a: Assessment, options: PrintOptions, pictures: PictureMap = new Map()): Document {
  const labels = PRINT_LABELS[a.language]
  const placer = new CommentPlacer(a, options.comments ?? [], normalizePrintOptions(options).parts)
  const sections = buildSections(a, options, pictures, placer)
  return new Document({
    creator: 'Bagalau',
    title: xmlSafe(a.title.trim() || labels.kindTitle[a.kind]),
    subject: xmlSafe(a.subject),
    styles: styles(a.language),
    sections: sections.length ? sections : [section(a, [])],
    comments: { children: placer.comments() },
  })
}

/** Builds the .docx file of the chosen parts. `pictures` holds the task pictures' bytes by blob id. */
export async function buildAssessmentDocx(assessment: Assessment, options: PrintOptions, pictures: PictureMap = new Map()): Promise<Blob> {
  return packDocxBlob(buildDocument(assessment, options, pictures))
}
