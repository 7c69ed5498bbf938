/**
 * Page setup and styles shared by every part: A4 portrait, Times New Roman 12 (Liberation Serif, its
 * metric twin, stands in where Times is missing), page number and subject/grade in the footer, and the
 * draft watermark in the header until the assessment is approved.
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun, type ISectionOptions, type IStylesOptions } from 'docx'
import { TextWatermark } from 'docx/watermarks'
import type { Assessment, Language } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { needsDraftWatermark } from '@/domain/printOptions'
import { xmlSafe } from './text'

export const FONT = 'Times New Roman'
/** Half-points: 12 pt body text. */
export const BODY_SIZE = 24

const MM = 56.7 // twips per millimetre
export const PAGE = { width: 11906, height: 16838, top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(25 * MM), right: Math.round(15 * MM) }
/** Text width in twips (page less the side margins). */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right
/** Text width in pixels at 96 per inch, the unit `ImageRun` sizes pictures in. */
export const CONTENT_WIDTH_PX = Math.floor((CONTENT_WIDTH / 1440) * 96)

const LOCALE: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }

/** Styles of the pack; the text is marked in the document's language so Word checks its spelling. */
export const styles = (language: Language): IStylesOptions => ({
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, color: '000000', language: { value: LOCALE[language] } },
      paragraph: { spacing: { before: 0, after: 60, line: 240 } },
    },
    heading1: {
      run: { font: FONT, size: 28, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 200 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: BODY_SIZE, bold: true, color: '000000' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
  },
})

/** The subject, grade and kind, as the footer prints them. */
export function footerCaption(a: Assessment): string {
  const labels = PRINT_LABELS[a.language]
  const parts = [xmlSafe(a.subject.trim()), a.grade !== null ? labels.pack.gradeText(a.grade) : '', labels.kindShort[a.kind]]
  return xmlSafe(parts.filter(Boolean).join(' · '))
}

function footer(a: Assessment): Footer {
  const labels = PRINT_LABELS[a.language]
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          new TextRun({ text: footerCaption(a), size: 20 }),
          new TextRun({ children: ['\t', `${labels.pack.page} `, PageNumber.CURRENT], size: 20 }),
        ],
      }),
    ],
  })
}

function header(a: Assessment): Header | undefined {
  if (!needsDraftWatermark(a)) return undefined
  const text = PRINT_LABELS[a.language].pack.draft
  return new Header({ children: [new Paragraph({ children: [new TextWatermark({ text, font: FONT, color: 'C0C0C0', opacity: 0.35 })] })] })
}

/** A section (one part of the pack) starting on a new page, with the common page setup. */
export function section(a: Assessment, children: ISectionOptions['children']): ISectionOptions {
  const head = header(a)
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 567, footer: 567 },
      },
    },
    headers: head ? { default: head } : undefined,
    footers: { default: footer(a) },
    children,
  }
}
