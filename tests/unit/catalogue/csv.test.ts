import { describe, expect, it } from 'vitest'
import { columnOfHeader, decodeTableFile, exportCsv, MAX_ROWS, parseTable, TableError } from '@/exchange/catalogueCsv'
import { countByStatus, planImport } from '@/domain/catalogue/importPlan'
import { validateRow, type ImportDefaults } from '@/domain/catalogue/rows'
import { SubjectRegistry } from '@/domain/catalogue/subjects'
import type { CatalogueObjective } from '@/domain/catalogue/model'

const defaults: ImportDefaults = { subject: '', grade: null, term: null, language: null, section: '' }
const kindOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return e instanceof TableError ? e.kind : String(e)
  }
  return 'no error'
}

describe('header mapping in kk, ru and en', () => {
  it.each([
    ['Коды', 'code'],
    ['Оқу мақсатының коды', 'code'],
    ['Код цели', 'code'],
    ['Оқу мақсаты', 'text'],
    ['Проверяемая цель', 'text'],
    ['Learning objective', 'text'],
    ['Бөлім', 'section'],
    ['Раздел', 'section'],
    ['Тоқсан', 'term'],
    ['Четверть', 'term'],
    ['Пән', 'subject'],
    ['Сынып', 'grade'],
    ['Класс', 'grade'],
    ['Тілі', 'language'],
    ['Примечание', null],
  ])('%s → %s', (header, column) => expect(columnOfHeader(header)).toBe(column))
})

describe('parsing pasted tables and files', () => {
  it('reads a tab-separated table pasted from Excel with Kazakh headers and line numbers', () => {
    const table = parseTable('Коды\tОқу мақсаты\tБөлім\tЕскерту\n7.2.2.13\tтығыздықтың физикалық мағынасын түсіндіру\tТығыздық\tx\n\n7.2.2.11\t"көп\nжолды"\tТығыздық\t')
    expect(table.delimiter).toBe('\t')
    expect(table.headerLine).toBe(1)
    expect(table.columns.filter((c) => c.column === null).map((c) => c.header)).toEqual(['Ескерту'])
    expect(table.rows.map((r) => r.line)).toEqual([2, 4])
    expect(table.rows[0].cells).toEqual({ code: '7.2.2.13', text: 'тығыздықтың физикалық мағынасын түсіндіру', section: 'Тығыздық' })
    expect(table.rows[1].cells.text).toBe('көп\nжолды')
  })

  it('reads semicolon CSV from Russian Excel and recognises columns without a header', () => {
    expect(parseTable('Код;Цель обучения\n5.1.2.13;сравнивать дроби').rows[0].cells.code).toBe('5.1.2.13')
    const bare = parseTable('5.1.2.13\tсравнивать обыкновенные дроби\n5.1.2.14\tскладывать дроби')
    expect(bare.headerLine).toBeNull()
    expect(bare.rows.map((r) => r.cells.code)).toEqual(['5.1.2.13', '5.1.2.14'])
  })

  it('gives a clear error for empty tables, tables without codes, garbled and huge input', () => {
    expect(kindOf(() => parseTable('  \n\n'))).toBe('empty')
    expect(kindOf(() => parseTable('Name\tAge\nА\t1'))).toBe('noCodeColumn')
    expect(kindOf(() => parseTable('Код\tКласс\n7.1.1.1\t7'))).toBe('noTextColumn')
    expect(kindOf(() => parseTable('code\ttext\n' + '7.1.1.1\tx\n'.repeat(MAX_ROWS + 1)))).toBe('tooManyRows')
    expect(kindOf(() => decodeTableFile(new Uint8Array(0)))).toBe('empty')
    expect(kindOf(() => decodeTableFile(new Uint8Array(9 * 1024 * 1024).fill(65)))).toBe('tooLarge')
    const zip = new Uint8Array(400).map((_, i) => (i * 37) % 256)
    expect(kindOf(() => decodeTableFile(zip))).toBe('garbled')
  })

  it('decodes Windows-1251 from old Excel and UTF-16 «Unicode text»', () => {
    const cp1251 = new Uint8Array([0xca, 0xee, 0xe4, 0x3b, 0xd6, 0xe5, 0xeb, 0xfc, 0x0a, 0x35, 0x2e, 0x31, 0x2e, 0x31, 0x2e, 0x31, 0x3b, 0xf7, 0xe8, 0xf1, 0xeb, 0xe0])
    const decoded = decodeTableFile(cp1251)
    expect(decoded.encoding).toBe('windows-1251')
    expect(decoded.text).toBe('Код;Цель\n5.1.1.1;числа')
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Қ\t1'].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])])
    expect(decodeTableFile(utf16)).toEqual({ text: 'Қ\t1', encoding: 'utf-16le' })
  })
})

describe('row validation', () => {
  const row = (cells: Record<string, string>) => validateRow({ line: 7, cells }, { ...defaults, subject: 'Математика', grade: 5, language: 'ru' })
  it('reads lenient cells and fills defaults', () => {
    const r = validateRow({ line: 2, cells: { code: '7. 2. 1. 1', text: '  қолдану ', grade: '7-сынып', term: 'II тоқсан', language: 'қазақша' } }, { ...defaults, subject: 'Физика' })
    expect(r).toEqual({ ok: true, line: 2, draft: { code: '7.2.1.1', text: 'қолдану', section: '', term: 2, subject: 'Физика', grade: 7, language: 'kk', source: undefined } })
  })
  it('names each problem with its column', () => {
    const kinds = (cells: Record<string, string>) => {
      const r = row(cells)
      return r.ok ? [] : r.problems.map((p) => `${p.column}:${p.kind}`)
    }
    expect(kinds({ code: '', text: 'x' })).toEqual(['code:missingCode'])
    expect(kinds({ code: 'Бөлім 1', text: 'x' })).toEqual(['code:badCode'])
    expect(kinds({ code: '5.1.1.1', text: '' })).toEqual(['text:missingText'])
    expect(kinds({ code: '5.1.1.1', text: 'x', grade: '15' })).toEqual(['grade:badGrade'])
    expect(kinds({ code: '5.1.1.1', text: 'x', term: '5' })).toEqual(['term:badTerm'])
    expect(kinds({ code: '5.1.1.1', text: 'x', language: 'deutsch' })).toEqual(['language:badLanguage'])
    expect(kinds({ code: '5.1.1.1', text: "=cmd|' /C calc'!A0" })).toEqual(['text:formula'])
    expect(kinds({ code: '@SUM(1)', text: 'x' })).toEqual(['code:formula'])
  })
})

describe('duplicates and export round trip', () => {
  const subjects = () => new SubjectRegistry()
  const existing: CatalogueObjective = {
    id: 'e1', code: '5.1.2.13', text: 'сравнивать обыкновенные дроби', section: 'Дроби', language: 'ru', subject: 'mathematics',
    subjectNames: { ru: 'Математика' }, grade: 5, term: 1, origin: 'shipped', hidden: false, source: '', order: 0, updatedAt: 0,
  }
  const plan = (tsv: string) => planImport(parseTable(tsv).rows.map((r) => validateRow(r, { ...defaults, subject: 'математика', grade: 5, language: 'ru' })), [existing], subjects())

  it('classifies new, duplicate, unchanged, repeated and conflicting rows', () => {
    const p = plan('Код\tЦель\n5.1.2.13\tсравнивать  обыкновенные дроби\n5.1.2.14\tскладывать дроби\n5.1.2.15\tвычитать\n5.1.2.14\tскладывать дроби\n5.1.2.15\tдругое\n5.1.2.13\tиначе')
    expect(p.rows.map((r) => [r.line, r.status])).toEqual([[2, 'unchanged'], [3, 'new'], [4, 'new'], [5, 'repeat']])
    expect(p.problems).toEqual([
      { line: 6, problems: [{ column: 'code', kind: 'duplicateInFile', detail: '4' }] },
      { line: 7, problems: [{ column: 'code', kind: 'duplicateInFile', detail: '2' }] },
    ])
    expect(countByStatus(p)).toEqual({ new: 2, duplicate: 0, unchanged: 1, repeat: 1, problem: 2 })
    const dup = plan('Код\tЦель\n5.1.2.13\tиначе')
    expect(dup.rows.map((r) => [r.status, r.existing?.id])).toEqual([['duplicate', 'e1']])
  })

  it('matches subjects typed in another language or case to the same key', () => {
    const p = planImport(parseTable('code\ttext\tsubject\tgrade\tlanguage\n5.1.2.13\tиначе\tMathematics\t5\tru').rows.map((r) => validateRow(r, defaults)), [existing], subjects())
    expect(p.rows[0].status).toBe('duplicate')
  })

  it('exports UTF-8 CSV with BOM that parses back to the same rows', () => {
    const own: CatalogueObjective = { ...existing, id: 'o', origin: 'own', code: '7.2.2.13', text: 'Тығыздық, "ρ = m/V"; Ә ғ қ ң ө ұ ү һ і\nекінші жол', language: 'kk', subject: 'physics', subjectNames: { kk: 'Физика' }, grade: 7, term: null, section: 'Тығыздық', source: 'https://example.kz/a' }
    const csv = exportCsv([existing, own], (o) => o.subjectNames[o.language] ?? '')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const bytes = new TextEncoder().encode(csv)
    const back = parseTable(decodeTableFile(bytes).text).rows.map((r) => validateRow(r, defaults))
    expect(back.map((r) => (r.ok ? r.draft : r.problems))).toEqual([
      { code: '5.1.2.13', text: existing.text, section: 'Дроби', term: 1, subject: 'Математика', grade: 5, language: 'ru', source: undefined },
      { code: '7.2.2.13', text: 'Тығыздық, "ρ = m/V"; Ә ғ қ ң ө ұ ү һ і екінші жол', section: 'Тығыздық', term: null, subject: 'Физика', grade: 7, language: 'kk', source: 'https://example.kz/a' },
    ])
  })
})
