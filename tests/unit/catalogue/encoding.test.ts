// @vitest-environment node
/**
 * Encoding detection of catalogue files: each of the real curriculum files is written as a table in
 * every encoding a teacher's file can come in and must come back as the same text, with the encoding
 * named. One-byte encodings are written with byte tables (checked against known bytes below).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeTableFile, parseTable, TableError } from '@/exchange/catalogueCsv'
import { detectEncoding, plausibility } from '@/exchange/textEncoding'

const CURRICULUM = join(__dirname, '../../../src/data/curriculum')
interface CurriculumFile { language: string; sections: { title: string; objectives: { code: string; text: string }[] }[] }
const files = readdirSync(CURRICULUM).filter((f) => f.endsWith('.json'))
const tableOf = (file: string) => {
  const data = JSON.parse(readFileSync(join(CURRICULUM, file), 'utf8')) as CurriculumFile
  const rows = data.sections.flatMap((s) => s.objectives.map((o) => [o.code, o.text.replace(/[\t\n]/g, ' '), s.title].join('\t')))
  return { language: data.language, text: ['Код\tЦель обучения\tРаздел', ...rows].join('\r\n') }
}

/** Byte table of a one-byte encoding, built from its 128 upper characters. */
function encoder(label: string): (text: string) => Uint8Array {
  const byChar = new Map<string, number>()
  const upper = new TextDecoder(label).decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i))
  ;[...upper].forEach((char, i) => byChar.set(char, 128 + i))
  return (text) =>
    Uint8Array.from([...text], (char) => {
      if (char.charCodeAt(0) < 128) return char.charCodeAt(0)
      const byte = byChar.get(char)
      if (byte === undefined) throw new Error(`${label} has no ${char}`)
      return byte
    })
}
/** Dashes, quotes and № missing from CP866 and KOI8-R become the ASCII a DOS user would have typed. */
const STAND_INS: Record<string, string> = { '–': '-', '—': '-', '«': '"', '»': '"', '“': '"', '”': '"', '№': 'N', '…': '...' }
const fit = (text: string) => text.replace(/[–—«»“”№…]/g, (c) => STAND_INS[c])
const ONE_BYTE = { 'windows-1251': encoder('windows-1251'), ibm866: encoder('ibm866'), 'koi8-r': encoder('koi8-r') } as const
const utf16 = (text: string, littleEndian: boolean, mark: boolean) => {
  const out = new Uint8Array((text.length + (mark ? 1 : 0)) * 2)
  const view = new DataView(out.buffer)
  const units = (mark ? '\ufeff' : '') + text
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian)
  return out
}
const kind = (bytes: Uint8Array) => {
  try {
    decodeTableFile(bytes)
    return 'read'
  } catch (e) {
    return e instanceof TableError ? e.kind : String(e)
  }
}

describe('byte tables of the one-byte encodings', () => {
  it('write «Привет» as the known bytes of each', () => {
    expect([...ONE_BYTE['windows-1251']('Привет')]).toEqual([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])
    expect([...ONE_BYTE.ibm866('Привет')]).toEqual([0x8f, 0xe0, 0xa8, 0xa2, 0xa5, 0xe2])
    expect([...ONE_BYTE['koi8-r']('Привет')]).toEqual([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4])
  })
})

describe('every curriculum file in every encoding it can be written in', () => {
  for (const file of files) {
    const { language, text } = tableOf(file)
    it(`${file}: Unicode encodings`, () => {
      const utf8 = new TextEncoder().encode(text)
      expect(decodeTableFile(utf8)).toEqual({ text, encoding: 'utf-8' })
      expect(decodeTableFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8-bom' })
      expect(decodeTableFile(utf16(text, true, true))).toEqual({ text, encoding: 'utf-16le' })
      expect(decodeTableFile(utf16(text, false, true))).toEqual({ text, encoding: 'utf-16be' })
      expect(decodeTableFile(utf16(text, true, false))).toEqual({ text, encoding: 'utf-16le' })
      expect(decodeTableFile(utf16(text, false, false))).toEqual({ text, encoding: 'utf-16be' })
    })
    // Kazakh letters do not exist in the one-byte encodings; English files are plain ASCII there
    if (language !== 'ru') continue
    for (const [encoding, encode] of Object.entries(ONE_BYTE)) {
      it(`${file}: ${encoding}`, () => {
        const decoded = decodeTableFile(encode(fit(text)))
        expect(decoded.encoding).toBe(encoding)
        expect(decoded.text).toBe(fit(text))
        expect(parseTable(decoded.text).rows.length).toBeGreaterThan(0)
      })
    }
  }

  it('short Russian tables: a header and one row in each one-byte encoding', () => {
    for (const text of ['Код;Цель\n5.1.1.1;числа', 'code\ttext\n5.1.2.13\tсравнивать дроби', 'КОД;ЦЕЛЬ\n7.2.1.1;Плотность']) {
      for (const [encoding, encode] of Object.entries(ONE_BYTE)) expect(detectEncoding(encode(text)), `${encoding}: ${text}`).toEqual({ encoding, text })
    }
  })
})

describe('files no decoding reads', () => {
  it('refuses a West-European, a Chinese and a binary file', () => {
    const latin1 = Uint8Array.from([...'code;text\n5.1.1.1;compréhension écrite à l’école, élève, façade, naïve'].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))))
    expect(kind(latin1)).toBe('unknownEncoding')
    const gbk = Uint8Array.from([0xb4, 0xfa, 0xc2, 0xeb, 0x3b, 0xc4, 0xbf, 0xb1, 0xea, 0x0a, 0x35, 0x2e, 0x31, 0x3b, 0xd1, 0xa7, 0xcf, 0xb0, 0xca, 0xfd, 0xd1, 0xa7, 0xb7, 0xd6, 0xca, 0xfd])
    expect(kind(gbk)).toBe('unknownEncoding')
    expect(kind(new Uint8Array(400).map((_, i) => (i * 37) % 256))).toBe('garbled')
  })

  it('scores Russian high and its mojibake low', () => {
    const russian = 'сравнивать обыкновенные дроби, Плотность вещества'
    const right = plausibility(russian)
    const koiAs1251 = plausibility(new TextDecoder('windows-1251').decode(ONE_BYTE['koi8-r'](russian)))
    const dosAs1251 = plausibility(new TextDecoder('windows-1251').decode(ONE_BYTE.ibm866(russian)))
    expect(right.meanLog).toBeGreaterThan(-3.3)
    expect(right.strange + right.capitalsInside).toBe(0)
    expect(koiAs1251.capitalsInside).toBeGreaterThan(0.3)
    expect(dosAs1251.strange).toBeGreaterThan(0.3)
  })

  it('reads a UTF-8 file with a few damaged bytes as UTF-8, not as Windows-1251 mojibake', () => {
    const utf8 = new TextEncoder().encode('Коды\tОқу мақсаты\n7.2.2.13\tтығыздықтың физикалық мағынасын түсіндіру')
    const damaged = Uint8Array.from([...utf8.subarray(0, 20), 0xff, ...utf8.subarray(20)])
    expect(detectEncoding(damaged).encoding).toBe('utf-8')
  })
})
