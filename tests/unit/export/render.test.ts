/**
 * Proof that the file really opens: LibreOffice converts sample documents to PDF, `pdftotext` must find
 * the text, `pdffonts` must show no fallback font (a Kazakh letter missing from Liberation Serif would pull
 * one in), and python3-docx (an independent reader) reads the descriptor table back cell by cell.
 * Needs the Debian packages libreoffice-writer-nogui, poppler-utils, fonts-liberation2 and python3-docx;
 * without LibreOffice it is skipped with a message. The .docx/.pdf files stay in test-results/docx/.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { descriptorTable } from '@/domain/descriptorTable'
import { buildAssessmentDocx } from '@/export/docx'
import { defaultPrintOptions, PRINT_PARTS } from '@/domain/printOptions'
import type { Language } from '@/domain/model'
import { sampleAssessment } from './sample'

const OUT = 'test-results/docx'
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const DEBIAN_PYTHON = '/usr/bin/python3'
const hasLibreOffice = has('libreoffice') && has('pdftotext') && has('pdffonts')
const hasPythonDocx = spawnSync(DEBIAN_PYTHON, ['-c', 'import docx']).status === 0
if (!hasLibreOffice) console.warn('[render.test] SKIPPED: libreoffice / poppler-utils not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2 python3-docx)')

const READ_TABLES = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps([[[c.text for c in r.cells] for r in t.rows] for t in d.tables], ensure_ascii=False))
`

const CASES: [Language, 'unit' | 'term', string[]][] = [
  ['kk', 'unit', ['Мектеп:', 'Білім алушының аты-жөні:', 'Жалпы балл', 'ә ғ қ ң ө ұ ү һ і', 'Ата-аналарға арналған рубрика', 'Балл қою кестесі', 'Мұғалімге арналған дана']],
  ['ru', 'term', ['Школа:', 'ФИ обучающегося:', 'Всего баллов', 'Спецификация суммативного оценивания', 'Схема выставления баллов', 'Итого', 'Экземпляр учителя']],
  ['en', 'unit', ['School:', "Learner's name:", 'Total marks', 'Rubric for parents', 'Mark scheme', "Teacher's copy"]],
]

describe.skipIf(!hasLibreOffice)('Word export opens in LibreOffice', () => {
  it.each(CASES)('%s %s: text, fonts and tables survive', async (language, kind, expected) => {
    mkdirSync(OUT, { recursive: true })
    const a = sampleAssessment(language, 9, kind)
    const file = `${OUT}/sample-${language}.docx`
    writeFileSync(file, new Uint8Array(await (await buildAssessmentDocx(a, { ...defaultPrintOptions(), parts: [...PRINT_PARTS], parentRubricCopies: 2 })).arrayBuffer()))
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, file], { stdio: 'ignore', timeout: 90_000 })
    const pdf = file.replace(/\.docx$/, '.pdf')
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    // (the draft watermark is WordArt: drawn, but not text to pdftotext; the XML tests check it)
    const flat = text.replace(/\s+/g, ' ')
    expect(expected.filter((s) => !flat.includes(s)), 'labels missing from the PDF').toEqual([])
    expect(descriptorTable(a).rows.map((r) => r.descriptor.text).filter((s) => !flat.includes(s)), 'descriptors missing from the PDF').toEqual([])
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter((f) => !/Liberation(Serif|Sans)/.test(f)), 'fallback fonts').toEqual([])
    expect(readFileSync(pdf).length).toBeGreaterThan(1000)

    if (!hasPythonDocx) {
      console.warn('[render.test] python3-docx missing: tables not read back')
      return
    }
    const tables = JSON.parse(execFileSync(DEBIAN_PYTHON, ['-c', READ_TABLES, file], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } })) as string[][][]
    // the descriptor table follows the option tables of the pupil sheet: find it by its heading
    const table = tables.find((t) => t[1]?.[2] === ['Білім алушы', 'Обучающийся', 'A learner'][['kk', 'ru', 'en'].indexOf(language)])!
    expect(table).toBeDefined()
    const body = table.slice(2, -1)
    // python-docx reports a vertically merged cell's text on every row it covers
    expect(body).toEqual(descriptorTable(a).rows.map((r) => [r.criterion?.text ?? '', String(r.taskNumber), r.descriptor.text, String(r.descriptor.points)]))
    expect(table.at(-1)!.at(-1)).toBe(String(descriptorTable(a).totalPoints))
  }, 120_000)
})
