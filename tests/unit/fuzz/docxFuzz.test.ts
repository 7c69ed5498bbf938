/**
 * The .docx door and the objectives-from-a-document path against at least 1,000 generated bad files
 * (flipped bytes, cut files, random zips, hostile XML, lying sizes, renamed and old Office files): each is
 * either refused with a typed kind that has a message, or read into plain objectives — never an exception —
 * and the database is the same after every one.
 */
import '../data/nodeBlobs'
import Dexie from 'dexie'
import { createPinia, setActivePinia } from 'pinia'
import { strToU8, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { DOCX_ERROR_KINDS } from '@/exchange/docx'
import { useCatalogueStore } from '@/stores/catalogue'
import { readObjectivesDocument } from '@/stores/catalogueDocument'
import { messages } from '../i18n/sourceMessages'
import { dumpDatabase } from '../data/sampleLibrary'
import { PLANS } from '../../fixtures/docx/plans.mjs'
import { makeDocx, W } from '../docx/make'

function random(seed: number): () => number {
  let s = seed
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
}

const XML_PAYLOADS = [
  `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><w:document ${W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`,
  `<?xml version="1.0"?><!DOCTYPE d SYSTEM "file:///etc/passwd"><w:document ${W}/>`,
  `<w:document ${W}><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(200)}</w:body></w:document>`,
  `<w:document ${W}><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999999"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>7.1.1.1 a</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`,
  `<w:document ${W}><w:body><w:p><w:r><w:t>${'7.1.1.1 '.repeat(5000)}</w:t></w:r></w:p></w:body></w:document>`,
  `<w:document ${W}><w:body><w:p><w:bookmarkEnd w:id="9"/><w:commentRangeEnd w:id="1"/><w:r><w:t>__proto__ 7.1.1.1 constructor</w:t></w:r></w:p></w:body></w:document>`,
  `<w:document xmlns:w="urn:other"><w:body><w:p/></w:body></w:document>`,
  '<html><script>alert(1)</script></html>',
  '',
  '\u0000\u0001garbage',
]

async function badFiles(count: number): Promise<{ label: string; bytes: Uint8Array }[]> {
  const rnd = random(11)
  const int = (n: number) => Math.floor(rnd() * n)
  const valid = await Promise.all(PLANS.map((p) => makeDocx(p.blocks)))
  const out: { label: string; bytes: Uint8Array }[] = []
  const ole = (name: string) => {
    const b = new Uint8Array(2048)
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    b.set(strToU8([...name].map((c) => `${c}\u0000`).join('')), 600)
    return b
  }
  out.push({ label: 'old doc', bytes: ole('WordDocument') }, { label: 'encrypted', bytes: ole('EncryptedPackage') })
  for (const [i, xml] of XML_PAYLOADS.entries()) out.push({ label: `xml payload ${i}`, bytes: zipSync({ 'word/document.xml': strToU8(xml) }) })
  while (out.length < count) {
    const base = valid[int(valid.length)]
    const kind = int(6)
    const bytes = base.slice()
    if (kind === 0) for (let k = 0; k < 1 + int(20); k++) bytes[int(bytes.length)] = int(256)
    else if (kind === 1) out.push({ label: 'cut', bytes: bytes.subarray(0, int(bytes.length)) })
    else if (kind === 2) out.push({ label: 'random', bytes: Uint8Array.from({ length: 1 + int(4000) }, () => int(256)) })
    else if (kind === 3) {
      // a lying central directory: sizes and offsets changed
      const view = new DataView(bytes.buffer)
      const end = bytes.length - 22
      const central = view.getUint32(end + 16, true) + int(200)
      if (central + 46 < bytes.length) view.setUint32(central + [20, 24, 42][int(3)], int(2 ** 32), true)
    } else if (kind === 4) {
      const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(XML_PAYLOADS[int(XML_PAYLOADS.length)].slice(0, int(400))) }
      for (let k = 0; k < int(5); k++) files[`word/x${k}.xml`] = Uint8Array.from({ length: int(100) }, () => int(256))
      out.push({ label: 'random zip', bytes: zipSync(files, { level: int(2) ? 6 : 0 }) })
    } else bytes.fill(int(256), int(bytes.length), int(bytes.length))
    if (kind === 0 || kind === 3 || kind === 5) out.push({ label: `mutated ${kind}`, bytes })
  }
  return out
}

beforeAll(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
  setActivePinia(createPinia())
  await useCatalogueStore().ensureShipped()
})

describe('the .docx door against hostile files', () => {
  it('refuses or reads each of at least 1,000 bad files, never throws, and leaves the database as it was', async () => {
    const files = await badFiles(1_050)
    expect(files.length).toBeGreaterThanOrEqual(1_000)
    const before = await dumpDatabase(db())
    const kinds = new Map<string, number>()
    for (const { label, bytes } of files) {
      const read = await readObjectivesDocument({ file: new File([bytes as BlobPart], `${label}.docx`) })
      if (read.ok) {
        for (const o of read.found.objectives) expect(typeof o.code === 'string' && typeof o.text === 'string').toBe(true)
        kinds.set('read', (kinds.get('read') ?? 0) + 1)
      } else {
        expect(DOCX_ERROR_KINDS, label).toContain(read.refusal.kind)
        expect(messages.en.docxError[read.refusal.kind]).toBeTruthy()
        kinds.set(read.refusal.kind, (kinds.get(read.refusal.kind) ?? 0) + 1)
      }
    }
    expect(await dumpDatabase(db())).toEqual(before)
    // the generator reaches the door's main refusals
    for (const kind of ['damaged', 'notZip', 'unsafeXml', 'oldDoc', 'encrypted', 'noDocument']) expect(kinds.get(kind), kind).toBeGreaterThan(0)
    expect(Object.prototype).not.toHaveProperty('7.1.1.1')
  }, 300_000)
})
