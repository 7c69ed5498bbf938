/**
 * One task on the pupil's sheet: number, text and marks, pictures scaled to the text width at most,
 * multiple-choice options with letters and boxes, and answer lines sized by the task type. A task with
 * parts prints its text and pictures, then each part as `а) text [marks]` (letters of the document's
 * language, domain/parts.ts) with its own options and answer lines (see /work/coord/parts.md).
 */
import { AlignmentType, ImageRun, Paragraph, TabStopType, TextRun, type FileChild } from 'docx'
import type { ChoiceOption, Language, Task, TaskPart, TaskType } from '@/domain/model'
import { partMarker, partPoints, taskParts } from '@/domain/parts'
import { markName, partKindId } from '@/domain/fieldMarks'
import { optionLetter } from '@/domain/options'
import { taskPoints } from '@/domain/totals'
import { CONTENT_WIDTH, CONTENT_WIDTH_PX } from './page'
import type { PictureData, PictureMap } from '@/domain/printOptions'
import { cell, columns, row, spacerRow, table, type XmlTable } from './table'
import { anchored, type CommentPlacer } from './comments'
import { marked } from './marks'
import { runs, xmlSafe } from './text'

/** Handwriting lines under a task, by type: none for multiple choice (the boxes are the answer). */
export const ANSWER_LINES: Record<TaskType | 'none', number> = { multipleChoice: 0, shortAnswer: 3, extendedAnswer: 8, none: 3 }

/** Greatest printed height of a picture, in pixels at 96 per inch (about 16 cm). */
const MAX_PICTURE_HEIGHT_PX = 600
const IMAGE_TYPES: Record<string, 'png' | 'jpg' | 'gif' | 'bmp'> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
}

/** A picture's printed size: its own size, scaled down (never up) to fit the text width and height limit. */
export function fitPicture(width: number, height: number): { width: number; height: number } {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0 }
  const scale = Math.min(1, CONTENT_WIDTH_PX / width, MAX_PICTURE_HEIGHT_PX / height)
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

function picture(data: PictureData | undefined, caption: string): Paragraph[] {
  const out: Paragraph[] = []
  const type = data ? IMAGE_TYPES[data.mimeType.toLowerCase()] : undefined
  const size = data ? fitPicture(data.width, data.height) : { width: 0, height: 0 }
  if (data && type && size.width > 0) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: caption.trim() !== '',
        children: [new ImageRun({ type, data: data.data, transformation: size, altText: { name: 'picture', description: xmlSafe(caption), title: xmlSafe(caption) } })],
      }),
    )
  }
  if (caption.trim()) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(caption, { italics: true, size: 22 }) }))
  return out
}

/** How far a part's lines sit from the margin (twips): under the task's text, as «а)» is in real sheets. */
export const PART_INDENT = 360

function optionsTable(options: readonly ChoiceOption[], indent = 0, kind: 'option' | 'partOption' = 'option'): XmlTable {
  const widths = [340, 200, ...columns(CONTENT_WIDTH - 540 - indent, [1])]
  // letters as the mark scheme prints them (domain `optionLetter`); a thin empty row keeps the boxes apart
  const rows = options.flatMap((option, index) => [
    ...(index > 0 ? [spacerRow(3)] : []),
    row([cell('', { borders: 'lines' }), cell('', { borders: 'none' }), cell([{ lead: `${optionLetter(index)}) `, text: option.text, mark: markName(kind, option.id) }], { borders: 'none' })]),
  ])
  return table(widths, rows, 'none', indent)
}

/** A handwriting line; all but the last keep with the next, so a task's space never splits over pages. */
function answerLine(last: boolean, indent = 0): Paragraph {
  return new Paragraph({
    keepNext: !last,
    spacing: { before: 240, after: 0 },
    ...(indent > 0 && { indent: { left: indent } }),
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: 'underscore' }],
    children: [new TextRun('\t')],
  })
}

/** Options and answer lines of a question (a task without parts, or one part). */
function answerSpace(item: { type: TaskType | null; options: readonly ChoiceOption[] }, indent = 0, kind: 'option' | 'partOption' = 'option'): FileChild[] {
  const out: FileChild[] = []
  if (item.type === 'multipleChoice' && item.options.length > 0) out.push(optionsTable(item.options, indent, kind))
  const lines = ANSWER_LINES[item.type ?? 'none'] + (item.type === 'multipleChoice' && item.options.length === 0 ? 1 : 0)
  for (let i = 0; i < lines; i++) out.push(answerLine(i === lines - 1, indent))
  return out
}

/** One part: `а) text [marks]`, then its own options and answer lines, indented under the task. */
function partBlock(task: Task, part: TaskPart, index: number, language: Language, placer?: CommentPlacer): FileChild[] {
  const head = new Paragraph({
    spacing: { before: 160, after: 60 },
    keepNext: true,
    indent: { left: PART_INDENT },
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
    children: anchored(placer, `part:${part.id}`, [
      // the letter's mark names the part's type, which the sheet shows only by its answer space
      ...marked(markName('partKind', partKindId(part.type, part.id)), [new TextRun({ text: `${partMarker(language, index)} `, bold: true })]),
      ...marked(markName('part', part.id), runs(part.text)),
      new TextRun({ text: `\t[${partPoints(task, part.id)}]`, bold: true }),
    ]),
  })
  return [head, ...answerSpace(part, PART_INDENT, 'partOption')]
}

export function taskBlock(task: Task, number: number, pictures: PictureMap, placer?: CommentPlacer, language: Language = 'kk'): FileChild[] {
  const points = taskPoints(task)
  const out: FileChild[] = [
    new Paragraph({
      spacing: { before: 240, after: 80 },
      keepNext: true,
      tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
      children: anchored(placer, `task:${task.id}`, [new TextRun({ text: `${number}. `, bold: true }), ...marked(markName('task', task.id), runs(task.text)), new TextRun({ text: `\t[${points}]`, bold: true })]),
    }),
  ]
  for (const p of task.pictures) out.push(...picture(pictures.get(p.blobId), p.caption))
  const parts = taskParts(task)
  if (parts.length === 0) return [...out, ...answerSpace(task)]
  // the task's own options, if it has any besides its parts', print before them
  if (task.type === 'multipleChoice' && task.options.length > 0) out.push(optionsTable(task.options))
  parts.forEach((part, i) => out.push(...partBlock(task, part, i, language, placer)))
  return out
}
