// @vitest-environment node
/**
 * The catalogue importer against at least 1,000 generated bad table files: each is either refused
 * whole with a typed TableError, or every one of its rows comes back as a valid objective or as a
 * problem with its line number — never an exception, never a formula or a polluted prototype.
 */
import { describe, expect, it } from 'vitest'
import { decodeTableFile, parseTable, TableError } from '@/exchange/catalogueCsv'
import { looksLikeFormula, validateRow } from '@/domain/catalogue/rows'
import { SCRIPT_PAYLOADS } from './badFiles'

const VALID = ['code\ttext\tsubject\tgrade\tterm\tlanguage', '7.1.1.1\tфизикалық құбылыстарға мысалдар келтіру\tФизика\t7\t1\tkk', '7.1.2.1\tшамаларды өлшем бірліктерімен сәйкестендіру\tФизика\t7\t1\tkk'].join('\n')
const defaults = { subject: 'Физика', grade: 7, term: 1, language: 'kk' as const, section: '' }
const encoder = new TextEncoder()

function random(seed: number): () => number {
  let s = seed
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
}

function badTables(count: number): { label: string; bytes: Uint8Array }[] {
  const rnd = random(7)
  const int = (n: number) => Math.floor(rnd() * n)
  const out: { label: string; bytes: Uint8Array }[] = []
  const add = (label: string, text: string | Uint8Array) => out.push({ label, bytes: typeof text === 'string' ? encoder.encode(text) : text })
  add('empty', '')
  add('blank lines', '\n\n\t\n')
  add('random bytes', Uint8Array.from({ length: 8192 }, () => int(256)))
  add('too large', 'a'.repeat(9 * 1024 * 1024))
  add('too many rows', ['code\ttext', ...Array.from({ length: 25_100 }, (_, i) => `7.1.1.${i}\tмәтін`)].join('\n'))
  add('html page', `<!doctype html><html><body><table><tr><td>7.1.1.1</td></tr></table>${SCRIPT_PAYLOADS[0]}</body></html>`)
  add('only a header', 'code\ttext')
  add('no code column', 'text\tsubject\nмәтін\tФизика')
  add('__proto__ header', '__proto__\tconstructor\ttext\n7.1.1.1\t{"polluted":1}\tмәтін')
  const mutations: ((i: number) => string)[] = [
    () => VALID.slice(0, 1 + int(VALID.length - 1)),
    (i) => VALID.replace('физикалық', SCRIPT_PAYLOADS[i % SCRIPT_PAYLOADS.length]),
    (i) => VALID.replace('7.1.2.1', ['=cmd|\' /C calc\'!A0', '+1+1', '@SUM(1)', '-2+3(', '\t=1'][i % 5]),
    () => VALID.replace(/\t/g, [',', ';', '|', '  '][int(4)]),
    () => VALID.replace('\t7\t', `\t${['-1', '99', 'жеті', '7.5', ''][int(5)]}\t`),
    () => VALID.replace('\tkk', `\t${['xx', 'қазақша', '', 'EN', 'ru-RU'][int(5)]}`),
    () => VALID.replace('мысалдар', '"unclosed quote'),
    () => VALID + '\n' + '"'.repeat(1 + int(200)),
    () => VALID.replace('7.1.1.1', ['', '7', 'abc', '7..1', '1'.repeat(500)][int(5)]),
    () => VALID.replace('шамаларды', 'ә'.repeat(1 + int(20_000))),
    () => VALID.split('\n').map((l) => l.split('\t').slice(0, 1 + int(6)).join('\t')).join('\n'),
    () => VALID.replace('\n', '\r').replace('\n', '\u2028'),
  ]
  for (let i = 0; out.length < count; i++) add(`mutation ${i % mutations.length} #${i}`, mutations[i % mutations.length](i))
  // wrong encodings of a valid file
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...VALID].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
  add('utf-16le with BOM', utf16)
  add('stray bytes', new Uint8Array([...encoder.encode(VALID.slice(0, 40)), 0xc3, 0x28, 0xff, ...encoder.encode(VALID.slice(40))]))
  return out
}

describe('catalogue importer against hostile files', () => {
  it('imports the valid table the bad ones are made from', () => {
    const table = parseTable(decodeTableFile(encoder.encode(VALID)).text)
    expect(table.rows.map((r) => validateRow(r, defaults).ok)).toEqual([true, true])
  })

  it('refuses or explains each of at least 1,000 bad files, row by row', () => {
    const files = badTables(1050)
    expect(files.length).toBeGreaterThanOrEqual(1000)
    const outcome = { refused: 0, explained: 0, valid: 0 }
    for (const file of files) {
      let table
      try {
        table = parseTable(decodeTableFile(file.bytes).text)
      } catch (e) {
        if (!(e instanceof TableError)) throw new Error(`${file.label}: untyped error ${String(e)}`)
        outcome.refused++
        continue
      }
      for (const row of table.rows) {
        const result = validateRow(row, defaults)
        expect(result.line, file.label).toBeGreaterThan(0)
        if (result.ok) {
          outcome.valid++
          expect(looksLikeFormula(result.draft.code) || looksLikeFormula(result.draft.text), file.label).toBe(false)
        } else {
          outcome.explained++
          expect(result.problems.length, file.label).toBeGreaterThan(0)
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(outcome.refused).toBeGreaterThan(10)
    expect(outcome.explained).toBeGreaterThan(100)
    console.info(`catalogue fuzz: ${files.length} files —`, outcome)
  }, 300_000)
})
