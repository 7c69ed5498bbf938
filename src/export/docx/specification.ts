/**
 * The specification table of published term specifications: section | objective | level | number of
 * tasks | task № | type | time | mark | marks per section, and the total row. Rows come from the
 * domain's `specification` (the screen's table); section, count and section-points cells merge
 * vertically over the section's rows.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx'
import { DERIVED_LABELS } from '@/domain/derivedLabels'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { anchored, TITLE, type CommentPlacer } from './comments'
import { specification } from '@/domain/specification'
import { CONTENT_WIDTH } from './page'
import { cell, columns, headerRow, row, table, type CellOptions, type XmlTable } from './table'
import { runs, xmlSafe } from './text'

export const SPEC_COLUMNS = columns(CONTENT_WIDTH, [12, 25, 15, 8, 8, 8, 9, 7, 8])

export function specificationTable(a: Assessment): XmlTable {
  const labels = PRINT_LABELS[a.language]
  const h = labels.pack.spec
  const spec = specification(a)
  // nine columns on a portrait page: 10 pt keeps words whole
  const size = 20
  const head: CellOptions = { bold: true, align: 'center', shade: true, size }
  const rows = [headerRow([h.section, h.objective, labels.level, h.taskCount, h.taskNumber, h.type, h.time, h.points, h.sectionPoints].map((t) => cell(t, head)))]
  for (const s of spec.sections) {
    s.rows.forEach((r, i) => {
      const merge = (): CellOptions['merge'] => (s.rows.length === 1 ? undefined : i === 0 ? 'restart' : 'continue')
      const first = i === 0
      rows.push(
        row([
          cell(first ? (s.title ?? DERIVED_LABELS[a.language].noSection) : '', { merge: merge(), size }),
          cell(r.objectives.map((o) => [xmlSafe(o.code.trim()), xmlSafe(o.text.trim())].filter(Boolean).join(' ')).join('\n') || '—', { size }),
          cell(r.level ? labels.levels[r.level] : '—', { align: 'center', size }),
          cell(first ? String(s.taskCount) : '', { align: 'center', merge: merge(), size }),
          cell(String(r.taskNumber), { align: 'center', size }),
          cell(r.types.map((type) => labels.taskTypesShort[type]).join(', ') || '—', { align: 'center', size }),
          cell(r.minutes !== null ? String(r.minutes) : '—', { align: 'center', size }),
          cell(String(r.points), { align: 'center', size }),
          cell(first ? String(s.points) : '', { align: 'center', merge: merge(), size }),
        ]),
      )
    })
  }
  const bold: CellOptions = { bold: true, align: 'center', size }
  rows.push(
    row([
      cell(h.total, { bold: true, columnSpan: 3, size }),
      cell(String(spec.taskCount), bold),
      cell('', bold),
      cell('', bold),
      cell(String(spec.minutes), bold),
      cell(String(spec.points), bold),
      cell(String(spec.points), bold),
    ]),
  )
  return table(SPEC_COLUMNS, rows)
}

export function specificationPart(a: Assessment, placer?: CommentPlacer): FileChild[] {
  const labels = PRINT_LABELS[a.language]
  const caption = [labels.kindTitle[a.kind], xmlSafe(a.subject.trim()), a.grade !== null ? labels.pack.gradeText(a.grade) : ''].filter(Boolean).join(' · ')
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { after: 60 }, children: anchored(placer, TITLE, [new TextRun(labels.pack.specification)]) }),
    new Paragraph({ alignment: 'center', spacing: { after: 200 }, children: runs(caption) }),
    specificationTable(a),
  ]
}
