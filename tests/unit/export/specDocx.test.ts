/** The specification document, the mark scheme's headings and the print layout, read from the Word XML. */
import { describe, expect, it } from 'vitest'
import { buildAssessmentDocx } from '@/export/docx'
import { defaultPrintOptions, type PrintOptions } from '@/domain/printOptions'
import { LANGUAGES, type Assessment, type Language } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { SPEC_WORDING } from '@/domain/specDocument/document'
import { specification } from '@/domain/specification'
import { NARROW_NBSP } from '@/domain/text/numbers'
import { longestWordWidth } from '@/export/docx/widths'
import { MARGINS } from '@/export/docx/table'
import { decode, longDescriptorAssessment, paragraphTexts, sampleAssessment, tables, unzipDocx } from './sample'

const only = (...parts: PrintOptions['parts']): PrintOptions => ({ ...defaultPrintOptions(), parts })
const xmlOf = async (a: Assessment, options: PrintOptions) => (await unzipDocx(await buildAssessmentDocx(a, options)))['word/document.xml']
const term = (language: Language): Assessment => ({ ...sampleAssessment(language, 4, 'term'), term: 1, durationMinutes: 40 })
const tableStarting = (xml: string, heading: string) => tables(xml).find((rows) => rows[0][0].text === heading)

/** Every heading cell of every table: its text, width (twips) and font size (half-points). */
function headingCells(xml: string): { text: string; width: number; size: number }[] {
  return [...xml.matchAll(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>[\s\S]*?<\/w:tr>/g)].flatMap((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => ({
      text: paragraphTexts(tc[0]).join(' '),
      width: Number(/<w:tcW w:type="dxa" w:w="(\d+)"/.exec(tc[0])![1]),
      size: Number(/<w:sz w:val="(\d+)"/.exec(tc[0])?.[1] ?? 24),
    })),
  )
}

describe('Word export: the specification document', () => {
  it.each(LANGUAGES)('prints the numbered parts, the duration, points and task types, and the tables in %s', async (language) => {
    const a = term(language)
    const xml = await xmlOf(a, only('specification'))
    const text = paragraphTexts(xml)
    const w = SPEC_WORDING[language]
    expect(text).toContain(`1. ${w.headings.purpose}`)
    expect(text).toContain(`7. ${w.headings.moderation}`)
    expect(text).toContain(w.overview.duration(40))
    expect(text).toContain(w.overview.points(8))
    expect(text.join('\n')).toContain(w.typesPlural.multipleChoice)
    // levels, distribution, characteristics and — with no mark scheme part — the mark scheme inside
    const heads = tables(xml).map((t) => t[0][0].text)
    expect(heads).toEqual([w.levelsTable.level, w.distributionTable.term, PRINT_LABELS[language].pack.spec.section, PRINT_LABELS[language].pack.scheme.taskNumber])
    // the mark scheme is not printed twice when it is a part of its own
    expect(tables(await xmlOf(a, only('specification', 'markScheme'))).map((t) => t[0][0].text)).toHaveLength(4)
  })

  it('prints the teacher’s wording where she changed it', async () => {
    const a = { ...term('ru'), specEdits: { moderation: 'Работы проверяют два учителя МО.' } }
    expect(paragraphTexts(await xmlOf(a, only('specification')))).toContain('Работы проверяют два учителя МО.')
  })

  it('prints the primary-school layout when chosen', async () => {
    const a = { ...term('kk'), specEdits: { layout: 'primary' as const } }
    const t = tableStarting(await xmlOf(a, only('specification')), '№')!
    expect(t[0].map((c) => c.text)).toEqual(['№', 'Бөлім', 'Бөлімше', 'Оқу мақсаты', 'Тапсырманың сипаттамасы', 'Тапсырма саны', 'Жалпы балл'])
    expect(t.at(-1)!.map((c) => c.text)).toEqual(['Барлығы', '4', '8'])
  })

  it('total time: the tasks’ minutes, else the assessment’s duration, else «—» (never 0)', async () => {
    const untimed = { ...term('ru'), tasks: term('ru').tasks.map((t) => ({ ...t, minutes: null })) }
    const total = async (a: Assessment) => tableStarting(await xmlOf(a, only('specification')), 'Раздел')!.at(-1)![4].text
    expect(await total(term('ru'))).toBe('20')
    expect(await total(untimed)).toBe('40')
    expect(await total({ ...untimed, durationMinutes: null })).toBe('—')
  })

  it('puts a task without objectives in the header’s one section, not «unit not given»', async () => {
    const a = sampleAssessment('en', 3)
    const loose = { ...a, tasks: [...a.tasks, { ...a.tasks[0], id: 'loose', criterionIds: [], descriptors: [] }] }
    const xml = await xmlOf(loose, only('specification'))
    expect(xml).not.toContain('Unit not given')
    expect(tableStarting(xml, 'Unit')![1][0].text).toBe('Cells')
  })
})

describe('Word export: mark scheme headings and answers', () => {
  it.each(LANGUAGES)('uses the screen’s headings (one source) in %s and prints a multiple-choice answer once', async (language) => {
    const a = sampleAssessment(language, 3)
    const withNote = { ...a, tasks: a.tasks.map((t) => (t.type === 'multipleChoice' ? { ...t, answer: 'B' } : t)) }
    const t = tables(await xmlOf(withNote, only('markScheme')))[0]
    const h = PRINT_LABELS[language].pack.scheme
    expect(t[0].map((c) => c.text)).toEqual([h.taskNumber, h.answer, h.points, h.additional])
    expect(t.at(-1)![0].text).toBe(h.total)
    expect(t[1][1].text.split('\n')).toHaveLength(1)
  })
})

describe('Word export: print layout', () => {
  it.each(LANGUAGES)('gives every heading word of every table room to stay whole in %s', async (language) => {
    const a = { ...term(language), specEdits: {} }
    const cells = [...headingCells(await xmlOf(a, defaultPrintOptions())), ...headingCells(await xmlOf({ ...a, specEdits: { layout: 'primary' } }, only('specification')))]
    expect(cells.length).toBeGreaterThan(20)
    const cramped = cells.filter((c) => c.text && longestWordWidth(c.text, c.size, true) > c.width - MARGINS.left - MARGINS.right)
    expect(cramped).toEqual([])
  })

  it.each(LANGUAGES)('keeps a section’s name and the objectives’ words whole, the objectives a fifth of the page, in the characteristic table in %s', async (language) => {
    // 36bb3c2 gave the nine headings all the room and broke «Жасушалар» into «Жасу|шалар» in a 3 cm objective column
    const a = { ...longDescriptorAssessment(6, 2, 120), language, specEdits: {} }
    const xml = await xmlOf(a, only('specification'))
    const characteristics = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]).find((t) => headingCells(t).length === 9)!
    const widths = [...characteristics.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]))
    const room = (column: number) => widths[column] - MARGINS.left - MARGINS.right
    const total = widths.reduce((sum, w) => sum + w, 0)
    expect(widths).toHaveLength(9)
    const sections = specification(a).sections.map((section) => section.title ?? '')
    expect(sections.join('')).toMatch(/\p{L}{6,}/u)
    for (const name of sections) expect(longestWordWidth(name, 20)).toBeLessThanOrEqual(room(0))
    for (const o of a.objectives) expect(longestWordWidth(`${o.code} ${o.text}`, 20)).toBeLessThanOrEqual(room(1))
    expect(widths[1]).toBeGreaterThanOrEqual(total / 5)
    for (const c of headingCells(characteristics)) expect(longestWordWidth(c.text, c.size, true)).toBeLessThanOrEqual(c.width - MARGINS.left - MARGINS.right)
  })

  it('keeps numbers in groups of three together (narrow no-break space)', async () => {
    const a = sampleAssessment('ru', 1)
    const xml = decode(await xmlOf({ ...a, tasks: [{ ...a.tasks[0], text: 'Сравните 405 312 и 405 321.' }] }, only('pupilSheet')))
    expect(xml).toContain(`405${NARROW_NBSP}312 и 405${NARROW_NBSP}321`)
  })
})
