import { describe, expect, it } from 'vitest'
import { buildAssessmentDocx } from '@/export/docx'
import { docxFileName, safeNamePart } from '@/domain/printFileName'
import { defaultPrintOptions } from '@/domain/printOptions'
import { xmlSafe } from '@/export/docx/text'
import { fitPicture } from '@/export/docx/taskBlock'
import { CONTENT_WIDTH_PX } from '@/export/docx/page'
import { paragraphTexts, sampleAssessment, tables, unzipDocx } from './sample'

const HOSTILE = 'a <w:p>x</w:p> ]]> & "q" \'s\' \u0001\u0008\u000B\u001F\uFFFE end 😀 ә ғ қ ң ө ұ ү һ і'

/** A tiny, well-formed XML check: every tag closes in order (enough to catch injected markup). */
function wellFormed(xml: string): boolean {
  const stack: string[] = []
  for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[0].startsWith('<?')) continue
    if (m[3] === '/') continue
    if (m[1] === '/') {
      if (stack.pop() !== m[2]) return false
    } else stack.push(m[2])
  }
  return stack.length === 0
}

describe('Word export: teacher text is text', () => {
  it('strips the characters XML 1.0 forbids and keeps the rest, emoji and lone-free pairs included', () => {
    expect(xmlSafe('a\u0000b\u0007c\td\r\ne\uFFFFf\uD800g😀')).toBe('abc\td\nefg😀')
  })

  it('prints markup, CDATA ends, ampersands, quotes and emoji literally in every part', async () => {
    const base = sampleAssessment('kk', 3)
    const a = {
      ...base,
      title: HOSTILE,
      subject: HOSTILE,
      sections: [HOSTILE],
      criteria: base.criteria.map((c) => ({ ...c, text: HOSTILE })),
      tasks: base.tasks.map((t) => ({
        ...t,
        text: HOSTILE,
        answer: HOSTILE,
        options: t.options.map((o) => ({ ...o, text: HOSTILE })),
        descriptors: t.descriptors.map((d) => ({ ...d, text: HOSTILE })),
      })),
    }
    const files = await unzipDocx(await buildAssessmentDocx(a, defaultPrintOptions()))
    const xml = files['word/document.xml']
    for (const [path, part] of Object.entries(files)) {
      expect(wellFormed(part), path).toBe(true)
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(part), path).toBe(false)
    }
    const clean = 'a <w:p>x</w:p> ]]> & "q" \'s\'  end 😀 ә ғ қ ң ө ұ ү һ і'
    expect(xml).not.toContain('<w:p>x</w:p>')
    expect(paragraphTexts(xml)).toContain(clean)
    expect(paragraphTexts(xml)).toContain(`1. ${clean}\t[1]`)
    expect(tables(xml).flat(2).some((c) => c.text === `A) ${clean}`)).toBe(true)
    expect(files['docProps/core.xml']).toContain('&lt;w:p&gt;')
  })
})

describe('Word export: file name', () => {
  it('describes the document in its own language', () => {
    const a = sampleAssessment('kk', 1)
    expect(docxFileName(a)).toBe('БЖБ_7-сынып_Биология_2-тоқсан_Жасушалар.docx')
    expect(docxFileName({ ...sampleAssessment('ru', 1, 'term') })).toBe('СОч_7_класс_Биология_2_четверть.docx')
    expect(docxFileName({ ...sampleAssessment('en', 1), grade: null, term: null, sections: [] })).toBe('SAU_Biology.docx')
  })

  it('removes characters unsafe in file names and keeps Kazakh letters', () => {
    expect(safeNamePart(' a/b\\c:d*e?f"g<h>i|j\u0000k\u202El ')).toBe('abcdefghijkl')
    expect(safeNamePart('..Қазақ тілі..')).toBe('Қазақ_тілі')
    const long = docxFileName({ ...sampleAssessment('kk', 1), subject: 'ә'.repeat(500) })
    expect(long.length).toBeLessThanOrEqual(130)
    expect(docxFileName({ ...sampleAssessment('en', 1), kind: 'unit', grade: null, term: null, sections: [], subject: 'CON' })).toBe('SAU_CON.docx')
  })
})

describe('Word export: pictures', () => {
  it('scales a picture down to the text width, never up', () => {
    expect(fitPicture(200, 100)).toEqual({ width: 200, height: 100 })
    const wide = fitPicture(CONTENT_WIDTH_PX * 2, 400)
    expect(wide.width).toBe(CONTENT_WIDTH_PX)
    expect(wide.height).toBe(200)
    expect(fitPicture(100, 3000).height).toBe(600)
    expect(fitPicture(0, 10)).toEqual({ width: 0, height: 0 })
  })

  it('embeds a PNG picture of a task and prints its caption', async () => {
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))
    const base = sampleAssessment('kk', 1)
    const a = { ...base, tasks: [{ ...base.tasks[0], pictures: [{ id: 'p1', order: 0, blobId: 'b1', caption: 'Сурет 1. Жасуша', width: 1, height: 1 }] }] }
    const files = await unzipDocx(await buildAssessmentDocx(a, { ...defaultPrintOptions(), parts: ['pupilSheet'] }, new Map([['b1', { data: png, mimeType: 'image/png', width: 1600, height: 800 }]])))
    const xml = files['word/document.xml']
    expect(xml).toContain('<w:drawing>')
    expect(xml).toMatch(/<wp:extent cx="\d+" cy="\d+"\/>/)
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!
    expect(Number(cx) / Number(cy)).toBeCloseTo(2, 2)
    expect(paragraphTexts(xml)).toContain('Сурет 1. Жасуша')
  })

  it('prints the caption of a picture whose blob is missing or not a printable format', async () => {
    const base = sampleAssessment('ru', 1)
    const a = { ...base, tasks: [{ ...base.tasks[0], pictures: [{ id: 'p1', order: 0, blobId: 'gone', caption: 'Рисунок 1', width: 1, height: 1 }] }] }
    const xml = (await unzipDocx(await buildAssessmentDocx(a, { ...defaultPrintOptions(), parts: ['pupilSheet'] }, new Map([['x', { data: new Uint8Array(4), mimeType: 'image/svg+xml', width: 10, height: 10 }]]))))['word/document.xml']
    expect(xml).not.toContain('<w:drawing>')
    expect(paragraphTexts(xml)).toContain('Рисунок 1')
  })
})
