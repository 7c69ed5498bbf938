/**
 * The file name describes the document: kind, grade, subject, term and first section, e.g.
 * `БЖБ_7-сынып_Биология_2-тоқсан_Жасушалар.docx`. Characters that are unsafe in file names on
 * Windows, macOS or Linux are removed; Kazakh letters stay. No `docx` import: the dialog shows it.
 */
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'

const MAX_STEM = 120
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i

/** One part of a file name: unsafe characters removed, spaces as `_`, no leading or trailing dots. */
export function safeNamePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(UNSAFE, '')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|[._]+$/g, '')
}

export function docxFileName(a: Assessment): string {
  const labels = PRINT_LABELS[a.language]
  const parts = [
    labels.kindShort[a.kind],
    a.grade !== null ? labels.pack.gradeText(a.grade) : '',
    a.subject,
    a.term !== null ? labels.pack.termText(a.term) : '',
    a.kind === 'unit' ? (a.sections[0] ?? '') : '',
  ]
    .map(safeNamePart)
    .filter(Boolean)
  let stem = parts.join('_')
  if (stem.length > MAX_STEM) stem = [...stem].slice(0, MAX_STEM).join('').replace(/[._]+$/, '')
  if (RESERVED.test(stem) || stem === '') stem = `Bagalau_${stem}`.replace(/_$/, '')
  return `${stem}.docx`
}
