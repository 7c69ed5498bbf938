/**
 * The tables of the specification document: the characteristic table in the 5–11 layout (section |
 * objective | level | number of tasks | task № | type | time | mark | marks per section, with the total
 * row) or the primary layout (№ | section | subsection | objective | task description | tasks | total
 * marks), the levels of thinking skills and the distribution of objectives by level. Rows come from the
 * domain (specification, specDocument), as on screen; columns are as wide as their words need.
 */
import { DERIVED_LABELS } from '@/domain/derivedLabels'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import type { SpecBlock } from '@/domain/specDocument/document'
import { SPEC_WORDING } from '@/domain/specDocument/document'
import { primaryRows } from '@/domain/specDocument/primary'
import { specification, specificationMinutes } from '@/domain/specification'
import { totalPoints } from '@/domain/totals'
import { CONTENT_WIDTH } from './page'
import { cell, headerRow, row, table, type CellOptions, type Row, type XmlTable } from './table'
import { xmlSafe } from './text'
import { allWordsFit, fitColumns, type ColumnContent } from './widths'

// nine columns on a portrait page: 10 pt cells, 9 pt headings keep every word whole
const SIZE = 20
const HEAD_SIZE = 18
const HEAD: CellOptions = { bold: true, align: 'center', shade: true, size: HEAD_SIZE }
const BOLD: CellOptions = { bold: true, align: 'center', size: SIZE }
const C: CellOptions = { align: 'center', size: SIZE }

// the objective column keeps a fifth of the page, and a section's name its words, before any heading keeps its size
const OBJECTIVE_SHARE = 0.2
const HEADING_SIZES = [HEAD_SIZE, 16, 14]

/** Widths for the characteristic table: the largest heading size (9, 8, 7 pt) at which every word stays whole. */
function columnsKeepingText(content: (headingSize: number) => ColumnContent[]): { widths: number[]; head: CellOptions } {
  const headingSize = HEADING_SIZES.find((size) => allWordsFit(CONTENT_WIDTH, content(size), SIZE)) ?? HEADING_SIZES.at(-1)!
  return { widths: fitColumns(CONTENT_WIDTH, content(headingSize), SIZE), head: { ...HEAD, size: headingSize } }
}

const objectiveText = (o: { code: string; text: string }) => [xmlSafe(o.code.trim()), xmlSafe(o.text.trim())].filter(Boolean).join(' ')
const merged = (count: number, i: number): CellOptions['merge'] => (count === 1 ? undefined : i === 0 ? 'restart' : 'continue')

export function specificationTable(a: Assessment): XmlTable {
  const labels = PRINT_LABELS[a.language]
  const h = labels.pack.spec
  const spec = specification(a)
  const headings = [h.section, h.objective, labels.level, h.taskCount, h.taskNumber, h.type, h.time, h.points, h.sectionPoints]
  const levels = Object.values(labels.levels)
  const types = Object.values(labels.taskTypesShort)
  const weights = [12, 25, 15, 8, 8, 8, 9, 7, 8]
  const soft = [spec.sections.map((s) => s.title ?? DERIVED_LABELS[a.language].noSection), a.objectives.map((o) => `${o.code} ${o.text}`)]
  const { widths, head } = columnsKeepingText((headingSize) =>
    headings.map((heading, i) => ({ heading, headingSize, weight: weights[i], cells: i === 2 ? levels : i === 5 ? types : [], soft: soft[i], share: i === 1 ? OBJECTIVE_SHARE : 0 })),
  )
  const rows: Row[] = [headerRow(headings.map((t) => cell(t, head)))]
  for (const s of spec.sections) {
    s.rows.forEach((r, i) => {
      const merge = merged(s.rows.length, i)
      const first = i === 0
      rows.push(
        row([
          cell(first ? (s.title ?? DERIVED_LABELS[a.language].noSection) : '', { merge, size: SIZE }),
          cell(r.objectives.map(objectiveText).join('\n') || '—', { size: SIZE }),
          cell(r.level ? labels.levels[r.level] : '—', C),
          cell(first ? String(s.taskCount) : '', { ...C, merge }),
          cell(String(r.taskNumber), C),
          cell(r.types.map((type) => labels.taskTypesShort[type]).join(', ') || '—', C),
          cell(r.minutes !== null ? String(r.minutes) : '—', C),
          cell(String(r.points), C),
          cell(first ? String(s.points) : '', { ...C, merge }),
        ]),
      )
    })
  }
  const minutes = specificationMinutes(a, spec)
  rows.push(
    row([
      cell(h.total, { bold: true, columnSpan: 3, size: SIZE }),
      cell(String(spec.taskCount), BOLD),
      cell('', BOLD),
      cell('', BOLD),
      cell(minutes === null ? '—' : String(minutes), BOLD),
      cell(String(spec.points), BOLD),
      cell(String(spec.points), BOLD),
    ]),
  )
  return table(widths, rows)
}

export function primaryTable(a: Assessment): XmlTable {
  const h = SPEC_WORDING[a.language].primary
  const headings = [h.number, h.section, h.subsection, h.objective, h.description, h.taskCount, h.points]
  const lines = primaryRows(a)
  const soft = [[], lines.map((r) => r.section ?? ''), [], a.objectives.map((o) => `${o.code} ${o.text}`), lines.flatMap((r) => r.description)]
  const { widths, head } = columnsKeepingText((headingSize) =>
    headings.map((heading, i) => ({ heading, headingSize, weight: [5, 14, 10, 27, 26, 9, 9][i], soft: soft[i], share: i === 3 ? OBJECTIVE_SHARE : 0 })),
  )
  const rows: Row[] = [headerRow(headings.map((t) => cell(t, head)))]
  for (const r of lines) {
    const inSection = lines.filter((x) => x.section === r.section)
    const i = inSection.indexOf(r)
    rows.push(
      row([
        cell(String(r.number), C),
        cell(i === 0 ? (r.section ?? DERIVED_LABELS[a.language].noSection) : '', { merge: merged(inSection.length, i), size: SIZE }),
        cell(r.subsection || '—', C),
        cell(r.objectives.map(objectiveText).join('\n') || '—', { size: SIZE }),
        cell(r.description.join('\n') || '—', { size: SIZE }),
        cell(String(r.taskNumbers.length), C),
        cell(String(r.points), C),
      ]),
    )
  }
  rows.push(row([cell(PRINT_LABELS[a.language].pack.spec.total, { bold: true, columnSpan: 5, size: SIZE }), cell(String(a.tasks.length), BOLD), cell(String(totalPoints(a)), BOLD)]))
  return table(widths, rows)
}

export function levelsTable(block: Extract<SpecBlock, { kind: 'levels' }>): XmlTable {
  const widths = fitColumns(CONTENT_WIDTH, block.head.map((heading, i) => ({ heading, headingSize: HEAD_SIZE, weight: [22, 44, 34][i], cells: i === 0 ? block.rows.map((r) => r.name) : [] })), SIZE)
  return table(widths, [
    headerRow(block.head.map((t) => cell(t, HEAD))),
    ...block.rows.map((r) => row([cell(r.name, { bold: true, size: SIZE }), cell(r.description, { size: SIZE }), cell(r.recommended, { size: SIZE })])),
  ])
}

export function distributionTable(block: Extract<SpecBlock, { kind: 'distribution' }>): XmlTable {
  const widths = fitColumns(CONTENT_WIDTH, block.head.map((heading, i) => ({ heading, headingSize: HEAD_SIZE, weight: i === 0 ? 16 : 21, cells: [block.row[i]] })), SIZE)
  return table(widths, [headerRow(block.head.map((t) => cell(t, HEAD))), row(block.row.map((t, i) => cell(t, i === 0 ? { size: SIZE } : C)))])
}
