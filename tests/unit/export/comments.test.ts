/**
 * Review threads in the printed .docx: native Word comments (word/comments.xml, threaded replies in
 * word/commentsExtended.xml) anchored around the paragraph of their field in word/document.xml, and the
 * approval line instead of the draft watermark. LibreOffice must read the comments back (skipped, with a
 * message, where it is not installed).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { criterionPath, descriptorPath, DOCUMENT_PATH, objectivePath, optionPath, taskPath } from '@/domain/anchors'
import type { Assessment } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { buildAssessmentDocx } from '@/export/docx'
import { defaultPrintOptions, type PrintComment, type PrintOptions } from '@/domain/printOptions'
import { decode, paragraphTexts, sampleAssessment, unzipDocx } from './sample'

const AT = Date.UTC(2025, 2, 5, 9, 30)

function thread(id: string, path: string, text: string, replies: [string, string][] = [], resolved = false): PrintComment {
  return { id, path, author: 'Айгүл Сейітова', date: AT, text, replies: replies.map(([author, t], i) => ({ author, date: AT + (i + 1) * 60_000, text: t })), resolved }
}

async function build(a: Assessment, options: Partial<PrintOptions>) {
  return unzipDocx(await buildAssessmentDocx(a, { ...defaultPrintOptions(), ...options }))
}

/** Each comment of comments.xml: id, author, date and text. */
function commentsOf(xml: string) {
  return [...xml.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
    id: Number(/w:id="(\d+)"/.exec(m[1])?.[1]),
    author: decode(/w:author="([^"]*)"/.exec(m[1])?.[1] ?? ''),
    date: /w:date="([^"]*)"/.exec(m[1])?.[1] ?? '',
    text: paragraphTexts(m[2]).join('\n'),
  }))
}

/** The text of the paragraph(s) a comment range covers in document.xml. */
function anchoredText(xml: string, id: number): string {
  const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`)
  const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`)
  if (start < 0 || end < start) return ''
  const paraStart = xml.lastIndexOf('<w:p>', start) >= xml.lastIndexOf('<w:p ', start) ? xml.lastIndexOf('<w:p>', start) : xml.lastIndexOf('<w:p ', start)
  const paraEnd = xml.indexOf('</w:p>', end)
  // both ends in the same paragraph, with its reference run after the range
  expect(xml.slice(paraStart, paraEnd)).toContain(`<w:commentReference w:id="${id}"/>`)
  expect(xml.slice(paraStart + 4, start)).not.toMatch(/<w:p[ >]/)
  return paragraphTexts(xml.slice(paraStart, paraEnd + 6)).join('')
}

describe('Word export: review threads as comments', () => {
  const a = sampleAssessment('kk', 4)
  const [t1, t2] = a.tasks
  const d = t2.descriptors[0]
  const threads = [
    thread('th-task', taskPath(t1.id, 'text'), 'Тапсырманы нақтылаңыз', [
      ['Мұғалім Асан', 'Түзеттім'],
      ['Айгүл Сейітова', 'Жақсы'],
    ]),
    thread('th-desc', descriptorPath(t2.id, d.id, 'points'), 'Балл тым көп'),
    thread('th-crit', criterionPath(a.criteria[1].id, 'text'), 'Критерийді өлшенетін етіңіз'),
    thread('th-obj', objectivePath(a.objectives[0].id, 'code'), 'Код қате'),
    thread('th-doc', DOCUMENT_PATH, 'Жалпы жақсы жұмыс'),
    thread('th-orphan', taskPath('deleted-task', 'text'), 'Жойылған тапсырма туралы'),
    thread('th-option', optionPath(t1.id, t1.options[0].id, 'text'), 'Нұсқа'),
  ]

  it('writes every thread with its author, date and replies to word/comments.xml', async () => {
    const files = await build(a, { comments: threads })
    // in document order; a thread's replies follow its first comment
    const comments = commentsOf(files['word/comments.xml'])
    expect(comments.map((c) => c.text).sort()).toEqual([
      'Тапсырманы нақтылаңыз',
      'Түзеттім',
      'Жақсы',
      'Балл тым көп',
      'Критерийді өлшенетін етіңіз',
      'Код қате',
      'Жалпы жақсы жұмыс',
      'Жойылған тапсырма туралы',
      'Нұсқа',
    ].sort())
    const first = comments.findIndex((c) => c.text === 'Тапсырманы нақтылаңыз')
    expect(comments.slice(first, first + 3).map((c) => c.text)).toEqual(['Тапсырманы нақтылаңыз', 'Түзеттім', 'Жақсы'])
    expect(comments.slice(first, first + 3).map((c) => c.author)).toEqual(['Айгүл Сейітова', 'Мұғалім Асан', 'Айгүл Сейітова'])
    expect(comments[first].date).toBe('2025-03-05T09:30:00.000Z')
    expect(comments[first + 1].date).toBe('2025-03-05T09:31:00.000Z')
    // replies are threaded under the first comment
    const ext = files['word/commentsExtended.xml']
    expect(ext).toBeDefined()
    const entries = [...ext.matchAll(/<w15:commentEx ([^>]*)\/>/g)].map((m) => m[1])
    expect(entries).toHaveLength(comments.length)
    const paraId = (e: string) => /w15:paraId="([0-9A-F]+)"/.exec(e)?.[1]
    const parent = (e: string) => /w15:paraIdParent="([0-9A-F]+)"/.exec(e)?.[1]
    expect(parent(entries[first + 1])).toBe(paraId(entries[first]))
    expect(parent(entries[first + 2])).toBe(paraId(entries[first]))
    expect(entries.filter((e) => parent(e) !== undefined)).toHaveLength(2)
  })

  it('anchors each thread around the paragraph of its field; the document and orphans on the title', async () => {
    const files = await build(a, { comments: threads })
    const xml = files['word/document.xml']
    const ids = Object.fromEntries(commentsOf(files['word/comments.xml']).map((c) => [c.text, c.id]))
    expect(anchoredText(xml, ids['Тапсырманы нақтылаңыз'])).toContain(t1.text)
    expect(anchoredText(xml, ids['Түзеттім'])).toContain(t1.text)
    expect(anchoredText(xml, ids['Нұсқа'])).toContain(t1.text)
    expect(anchoredText(xml, ids['Балл тым көп'])).toBe(d.text)
    expect(anchoredText(xml, ids['Критерийді өлшенетін етіңіз'])).toBe(a.criteria[1].text)
    expect(anchoredText(xml, ids['Код қате'])).toContain(a.objectives[0].code)
    expect(anchoredText(xml, ids['Жалпы жақсы жұмыс'])).toBe(a.title)
    expect(anchoredText(xml, ids['Жойылған тапсырма туралы'])).toBe(a.title)
    // every comment has exactly one range and one reference
    for (const id of Object.values(ids)) {
      for (const tag of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) expect(xml.split(`<w:${tag} w:id="${id}"/>`)).toHaveLength(2)
    }
  })

  it('falls back to the first printed heading when the field is not printed', async () => {
    const files = await build(a, { comments: threads, parts: ['markScheme', 'descriptorTable'] })
    const xml = files['word/document.xml']
    const ids = Object.fromEntries(commentsOf(files['word/comments.xml']).map((c) => [c.text, c.id]))
    // parts print in their fixed order: the descriptor table's heading comes first
    expect(anchoredText(xml, ids['Балл тым көп'])).toBe(d.text)
    for (const text of ['Тапсырманы нақтылаңыз', 'Критерийді өлшенетін етіңіз', 'Жалпы жақсы жұмыс', 'Жойылған тапсырма туралы']) {
      expect(anchoredText(xml, ids[text])).toBe(PRINT_LABELS.kk.pack.descriptorTable)
    }
  })

  it('marks a resolved thread done and an open one not done', async () => {
    const files = await build(a, { comments: [thread('open', taskPath(t1.id, 'text'), 'ашық', [['Асан', 'жауап']]), thread('done', taskPath(t2.id, 'text'), 'шешілді', [['Асан', 'иә']], true)] })
    const entries = [...files['word/commentsExtended.xml'].matchAll(/<w15:commentEx ([^>]*)\/>/g)].map((m) => /w15:done="(\d)"/.exec(m[1])?.[1])
    expect(entries[0]).toBe('0')
    expect(entries[2]).toBe('1')
  })

  it('escapes hostile comment text and authors and drops characters XML forbids', async () => {
    const hostile = '</w:t></w:r><w:r><w:t>injected</w:t> <script>alert("x")</script> & \u0001\uFFFF'
    const files = await build(a, { comments: [{ ...thread('h', DOCUMENT_PATH, hostile, [['"><evil a=\'1', hostile]]), author: '<b>Mentor & Co</b>' }] })
    const xml = files['word/comments.xml']
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('<w:t>injected</w:t>')
    expect(xml).not.toContain('<evil')
    expect(xml).not.toMatch(/[\u0001\uFFFF]/)
    const comments = commentsOf(xml)
    expect(comments.map((c) => c.author)).toEqual(['<b>Mentor & Co</b>', '"><evil a=\'1'])
    expect(comments[0].text).toBe('</w:t></w:r><w:r><w:t>injected</w:t> <script>alert("x")</script> & ')
    expect(comments[1].text).toBe(comments[0].text)
  })

  it('writes no comments part when there are no threads', async () => {
    const files = await build(a, {})
    expect(files['word/comments.xml']).toBeUndefined()
    expect(files['word/document.xml']).not.toContain('commentRangeStart')
  })
})

describe('Word export: approval', () => {
  it.each([
    ['kk', 'Бекітті: Айгүл Сейітова, 05.03.2025'],
    ['ru', 'Утверждено: Айгүл Сейітова, 05.03.2025'],
    ['en', 'Approved by Айгүл Сейітова, 05.03.2025'],
  ] as const)('an approved %s document prints who approved it and no watermark', async (language, line) => {
    const a = { ...sampleAssessment(language, 2), status: 'approved' as const }
    const files = await build(a, { approval: { by: 'Айгүл Сейітова', at: new Date(2025, 2, 5, 12).getTime() }, parts: ['pupilSheet'] })
    const texts = paragraphTexts(files['word/document.xml'])
    expect(texts).toContain(line)
    // above the title, under the name and date lines
    expect(texts.indexOf(line)).toBeLessThan(texts.indexOf(a.title))
    const headers = Object.keys(files).filter((p) => /^word\/header\d*\.xml$/.test(p))
    expect(headers.map((p) => files[p]).join('')).not.toContain(PRINT_LABELS[language].pack.draft)
  })

  it('a document that is not approved prints no approval line, and keeps the watermark', async () => {
    const a = { ...sampleAssessment('kk', 2), status: 'draft' as const }
    const files = await build(a, { approval: { by: 'Айгүл Сейітова', at: AT }, parts: ['pupilSheet'] })
    expect(paragraphTexts(files['word/document.xml']).some((t) => t.startsWith('Бекітті'))).toBe(false)
    const headers = Object.keys(files).filter((p) => /^word\/header\d*\.xml$/.test(p))
    expect(headers.map((p) => files[p]).join('')).toContain('ЖОБА')
  })
})

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const hasLibreOffice = has('libreoffice')
if (!hasLibreOffice) console.warn('[comments.test] SKIPPED LibreOffice check: libreoffice not installed (apt-get install libreoffice-writer-nogui)')

describe.skipIf(!hasLibreOffice)('LibreOffice reads the comments', () => {
  it('converts the file and keeps every comment, reply and author', async () => {
    const OUT = 'test-results/docx-comments'
    rmSync(OUT, { recursive: true, force: true })
    mkdirSync(OUT, { recursive: true })
    const a = sampleAssessment('ru', 3)
    const threads = [
      thread('a', taskPath(a.tasks[0].id, 'text'), 'Уточните задание', [['Учитель Асан', 'Исправил']]),
      thread('b', descriptorPath(a.tasks[1].id, a.tasks[1].descriptors[0].id, 'text'), 'Дескриптор неизмерим'),
      thread('c', DOCUMENT_PATH, 'Хорошая работа <b>&</b>'),
    ]
    const file = `${OUT}/comments-ru.docx`
    writeFileSync(file, new Uint8Array(await (await buildAssessmentDocx(a, { ...defaultPrintOptions(), comments: threads })).arrayBuffer()))
    execFileSync('libreoffice', ['--headless', '--convert-to', 'odt', '--outdir', OUT, file], { stdio: 'ignore', timeout: 90_000 })
    const odt = unzipSync(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(file.replace(/\.docx$/, '.odt')))))
    const content = strFromU8(odt['content.xml'])
    const annotations = [...content.matchAll(/<office:annotation[ >][\s\S]*?<\/office:annotation>/g)].map((m) => m[0])
    const text = (x: string) => decode([...x.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((m) => m[1].replace(/<[^>]+>/g, '')).join('\n'))
    expect(annotations.map(text).sort()).toEqual(['Дескриптор неизмерим', 'Исправил', 'Уточните задание', 'Хорошая работа <b>&</b>'].sort())
    const authors = annotations.map((x) => decode(/<dc:creator>([^<]*)<\/dc:creator>/.exec(x)?.[1] ?? ''))
    expect(authors.sort()).toEqual(['Айгүл Сейітова', 'Айгүл Сейітова', 'Айгүл Сейітова', 'Учитель Асан'].sort())
  }, 120_000)
})
