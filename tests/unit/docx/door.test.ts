/**
 * The .docx door: every kind of file that is not a readable Word document is refused with its typed
 * kind (so the screen can say what to do), and a real document comes out as paragraphs, tables with
 * merged cells resolved, and bookmarks.
 */
import { describe, expect, it } from 'vitest'
import { deflateSync, strToU8, zipSync } from 'fflate'
import { DocxError, DOCX_LIMITS, readComments, readDocx, readDocxFile, type DocxErrorKind, type DocxTable } from '@/exchange/docx'
import { makeDocx, W, zipDocument } from './make'

function refusal(bytes: Uint8Array, limits = DOCX_LIMITS): DocxErrorKind | 'read' {
  try {
    readDocx(bytes, limits)
    return 'read'
  } catch (e) {
    if (e instanceof DocxError) return e.kind
    throw e
  }
}

const utf16 = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0]))
function ole(stream: string): Uint8Array {
  const bytes = new Uint8Array(4096)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  bytes.set(utf16(stream), 1024)
  return bytes
}

const P = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`

describe('the .docx door refuses what it cannot read, each with its kind', () => {
  const cases: [string, Uint8Array, DocxErrorKind][] = [
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a text file renamed', strToU8('5.1.2.13 мәтін'), 'notZip'],
    ['random bytes', Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251), 'notZip'],
    ['an old binary .doc', ole('WordDocument'), 'oldDoc'],
    ['a password-protected .docx (OLE with EncryptedPackage)', ole('EncryptedPackage'), 'encrypted'],
    ['an old .xls', ole('Workbook'), 'otherOffice'],
    ['a PDF', strToU8('%PDF-1.7\n...'), 'pdf'],
    ['an RTF named .doc', strToU8('{\\rtf1\\ansi ...}'), 'rtf'],
    ['a web page named .doc', strToU8('<html><body>x</body></html>'), 'html'],
    ['an .odt', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }), 'openDocument'],
    ['an .xlsx', zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), 'otherOffice'],
    ['a zip without word/document.xml', zipSync({ 'a.txt': strToU8('a') }), 'noDocument'],
    ['a cut-short zip', zipDocument(P('a')).subarray(0, 200), 'damaged'],
    ['XML that does not close', zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body><w:p>`) }), 'badXml'],
    ['a document with no text', zipDocument(P('')), 'emptyDocument'],
    ['a document without w:body', zipSync({ 'word/document.xml': strToU8(`<w:document ${W}/>`) }), 'noDocument'],
  ]
  for (const [label, bytes, kind] of cases) it(label, () => expect(refusal(bytes)).toBe(kind))

  it('refuses DOCTYPE and ENTITY declarations before parsing (no entity is ever expanded)', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x "${'a'.repeat(100)}">]><w:document ${W}><w:body>${P('&x;')}</w:body></w:document>`
    expect(refusal(zipSync({ 'word/document.xml': strToU8(xml) }))).toBe('unsafeXml')
    const external = `<?xml version="1.0"?><!DOCTYPE d SYSTEM "http://example.com/x.dtd"><w:document ${W}><w:body>${P('a')}</w:body></w:document>`
    expect(refusal(zipSync({ 'word/document.xml': strToU8(external) }))).toBe('unsafeXml')
  })

  it('refuses too many entries before inflating any', () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.xml`, strToU8('x')]))
    expect(refusal(zipDocument(P('a'), files), { ...DOCX_LIMITS, entries: 20 })).toBe('tooManyEntries')
  })

  it('refuses a file over the size limit', () => {
    expect(refusal(zipDocument(P('a')), { ...DOCX_LIMITS, fileBytes: 100 })).toBe('tooLarge')
  })

  it('refuses a part whose honest declared size is over the limit, or whose ratio is a bomb', () => {
    const huge = `<w:document ${W}><w:body>${P(' '.repeat(3_000_000))}</w:body></w:document>`
    const bytes = zipSync({ 'word/document.xml': strToU8(huge) })
    expect(refusal(bytes, { ...DOCX_LIMITS, partBytes: 1_000_000 })).toBe('zipBomb')
    expect(refusal(bytes, { ...DOCX_LIMITS, ratio: 50, ratioFloor: 1000 })).toBe('zipBomb')
  })

  it('counts bytes as they inflate: a part that declares a small size is stopped at the limit', () => {
    const huge = strToU8(`<w:document ${W}><w:body>${P(' '.repeat(4_000_000))}</w:body></w:document>`)
    const bytes = zipSync({ 'word/document.xml': huge }, { level: 9 })
    // the central directory's uncompressed size (offset 24 of the entry) says 100 bytes
    const view = new DataView(bytes.buffer)
    const central = bytes.length - 22 - (46 + 'word/document.xml'.length)
    expect(view.getUint32(central, true)).toBe(0x02014b50)
    view.setUint32(central + 24, 100, true)
    expect(refusal(bytes, { ...DOCX_LIMITS, partBytes: 1_000_000 })).toBe('zipBomb')
    expect(refusal(bytes)).toBe('damaged')
  })

  it('a compressed size larger than the file is damage, not a crash', () => {
    const bytes = zipDocument(P('a'))
    const view = new DataView(bytes.buffer)
    const end = bytes.length - 22
    const central = view.getUint32(end + 16, true)
    view.setUint32(central + 20, 1e9, true)
    expect(['damaged', 'read']).toContain(refusal(bytes))
    expect(deflateSync(new Uint8Array(1)).length).toBeGreaterThan(0)
  })

  it('readDocxFile refuses a too large file before reading it', async () => {
    const big = { size: DOCX_LIMITS.fileBytes + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob
    await expect(readDocxFile(big)).rejects.toMatchObject({ kind: 'tooLarge' })
  })
})

describe('the body model', () => {
  it('keeps paragraphs, line breaks, headings and bookmarks', async () => {
    const doc = readDocx(
      await makeDocx([
        { heading: '1-тоқсан', level: 1 },
        { paragraph: 'бірінші жол\nекінші жол' },
        { paragraph: 'белгіленген', bookmark: 'objective_1' },
      ]),
    )
    const [h, p, b] = doc.body.paragraphs
    expect(h).toMatchObject({ text: '1-тоқсан', headingLevel: 1 })
    expect(p).toMatchObject({ text: 'бірінші жол\nекінші жол', headingLevel: null })
    expect(doc.body.bookmarks).toContainEqual(expect.objectContaining({ name: 'objective_1', first: b.index, last: b.index }))
  })

  it('resolves gridSpan and vMerge so a merged cell is known in every row it spans', async () => {
    const doc = readDocx(
      await makeDocx([
        {
          table: [
            [{ text: '1-тоқсан', span: 3 }],
            [{ text: 'Жасуша', merge: 'restart' }, '7.1.1.1', 'мәтін бір\n\nекінші абзац'],
            [{ text: '', merge: 'continue' }, '7.1.1.2', 'мәтін екі'],
            [{ text: '', merge: 'continue' }, '7.1.1.3', 'мәтін үш'],
          ],
        },
      ]),
    )
    const table = doc.body.blocks[0] as DocxTable
    expect(table.kind).toBe('table')
    expect(table.columns).toBe(3)
    expect(table.rows[0].cells).toMatchObject([{ text: '1-тоқсан', column: 0, span: 3 }])
    expect(table.rows.slice(1).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Жасуша', '7.1.1.1', 'мәтін бір\nекінші абзац'],
      ['Жасуша', '7.1.1.2', 'мәтін екі'],
      ['Жасуша', '7.1.1.3', 'мәтін үш'],
    ])
    expect(table.rows[3].cells[0]).toMatchObject({ merge: 'continue', mergedFromRow: 1, paragraphs: [expect.objectContaining({ text: '' })] })
    expect(table.rows[1].cells[2].paragraphs.map((p) => p.place)).toEqual([
      { block: 0, row: 1, cell: 2 },
      { block: 0, row: 1, cell: 2 },
    ])
    expect(doc.body.paragraphs.every((p, i) => p.index === i)).toBe(true)
  })

  it('reads tracked changes, comment ranges, content controls and keeps deleted text out', () => {
    const body = `<w:sdt><w:sdtContent><w:p><w:commentRangeStart w:id="3"/><w:r><w:t>Бір </w:t></w:r><w:del w:id="1" w:author="Ә" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>ескі</w:delText></w:r></w:del><w:ins w:id="2" w:author="Ә"><w:r><w:t>жаңа</w:t></w:r></w:ins><w:r><w:tab/><w:t>соңы</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r></w:p></w:sdtContent></w:sdt>`
    const doc = readDocx(zipDocument(body))
    const [p] = doc.body.paragraphs
    expect(p.text).toBe('Бір жаңа\tсоңы')
    expect(p.changes).toEqual([
      { kind: 'delete', text: 'ескі', author: 'Ә', date: '2025-01-01T00:00:00Z' },
      { kind: 'insert', text: 'жаңа', author: 'Ә', date: '' },
    ])
    expect(doc.body.commentRanges).toEqual([{ id: '3', first: 0, last: 0, text: 'Бір жаңа\tсоңы' }])
  })
})

describe('Word comments', () => {
  it('reads authors, dates, texts, reply parents and «resolved» marks', () => {
    const ns = `${W} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"`
    const comments = `<w:comments ${ns}><w:comment w:id="0" w:author="Айгүл" w:initials="А" w:date="2025-03-05T09:30:00Z"><w:p w14:paraId="0A"><w:r><w:t>Критерий</w:t></w:r></w:p><w:p w14:paraId="0B"><w:r><w:t>нақтылаңыз</w:t></w:r></w:p></w:comment><w:comment w:id="1" w:author="Мұғалім"><w:p w14:paraId="1A"><w:r><w:t>Түзеттім</w:t></w:r></w:p></w:comment></w:comments>`
    const extended = `<w15:commentsEx ${ns}><w15:commentEx w15:paraId="0B" w15:done="1"/><w15:commentEx w15:paraId="1A" w15:paraIdParent="0B" w15:done="0"/></w15:commentsEx>`
    expect(readComments(comments, extended)).toEqual([
      { id: '0', author: 'Айгүл', initials: 'А', date: '2025-03-05T09:30:00Z', text: 'Критерий\nнақтылаңыз', parentId: null, done: true },
      { id: '1', author: 'Мұғалім', initials: '', date: '', text: 'Түзеттім', parentId: '0', done: false },
    ])
    expect(readComments(undefined)).toEqual([])
  })
})
