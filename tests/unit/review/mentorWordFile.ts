/**
 * Helpers of the mentor's-Word-file tests: a Bagalau print with comments written into it by hand (a range
 * inside one field, a reply, a tracked change) as Word or LibreOffice would write them, and LibreOffice's re-save.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { markName } from '@/domain/fieldMarks'
import type { Assessment } from '@/domain/model'
import { defaultPrintOptions, type PrintComment } from '@/domain/printOptions'
import { buildAssessmentDocx } from '@/export/docx'

export const hasLibreOffice = spawnSync('sh', ['-c', 'command -v libreoffice']).status === 0

export async function bagalauPrint(a: Assessment, comments: PrintComment[] = []): Promise<Uint8Array> {
  return new Uint8Array(await (await buildAssessmentDocx(a, { ...defaultPrintOptions(), comments })).arrayBuffer())
}

const DATE = '2026-03-05T10:00:00Z'

/** Wraps the text of the field mark `name` in a comment (by `author`), with an optional reply. */
export function commentOnField(files: Record<string, Uint8Array>, name: string, id: number, author: string, text: string, reply?: { id: number; author: string; text: string }): void {
  let doc = strFromU8(files['word/document.xml'])
  const at = new RegExp(`(<w:bookmarkStart (?:w:id="(\\d+)" w:name="${name}"|w:name="${name}" w:id="(\\d+)")/>)([\\s\\S]*?)(<w:bookmarkEnd w:id="(?:\\2|\\3)"/>)`)
  const ids = reply ? [id, reply.id] : [id]
  doc = doc.replace(at, (_m, start: string, _id: string, _id2: string, inner: string, end: string) => `${start}${ids.map((i) => `<w:commentRangeStart w:id="${i}"/>`).join('')}${inner}${ids.map((i) => `<w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r>`).join('')}${end}`)
  files['word/document.xml'] = strToU8(doc)
  const comment = (i: number, who: string, body: string, para: string) =>
    `<w:comment w:id="${i}" w:author="${who}" w:date="${DATE}" w:initials="M"><w:p w14:paraId="${para}"><w:r><w:t xml:space="preserve">${body}</w:t></w:r></w:p></w:comment>`
  const paraOf = (i: number) => (0x10000000 + i).toString(16).toUpperCase()
  let comments = files['word/comments.xml'] ? strFromU8(files['word/comments.xml']) : EMPTY_COMMENTS
  comments = comments.replace('</w:comments>', `${comment(id, author, text, paraOf(id))}${reply ? comment(reply.id, reply.author, reply.text, paraOf(reply.id)) : ''}</w:comments>`)
  files['word/comments.xml'] = strToU8(comments)
  if (reply) {
    let ext = files['word/commentsExtended.xml'] ? strFromU8(files['word/commentsExtended.xml']) : EMPTY_EXTENDED
    ext = ext.replace('</w15:commentsEx>', `<w15:commentEx w15:paraId="${paraOf(id)}" w15:done="0"/><w15:commentEx w15:paraId="${paraOf(reply.id)}" w15:paraIdParent="${paraOf(id)}" w15:done="0"/></w15:commentsEx>`)
    files['word/commentsExtended.xml'] = strToU8(ext)
  }
}

/** Replaces the text of the field mark `name` by `replacement` as a tracked deletion and insertion. */
export function trackedChange(files: Record<string, Uint8Array>, name: string, replacement: string, author: string): void {
  let doc = strFromU8(files['word/document.xml'])
  const at = new RegExp(`(<w:bookmarkStart w:id="(\\d+)" w:name="${name}"/>)<w:r>(<w:rPr>[\\s\\S]*?</w:rPr>)?<w:t xml:space="preserve">([^<]*)</w:t></w:r>(<w:bookmarkEnd w:id="\\2"/>)`)
  doc = doc.replace(at, (_m, start: string, _id: string, rPr = '', text: string, end: string) =>
    `${start}<w:del w:id="9001" w:author="${author}" w:date="${DATE}"><w:r>${rPr}<w:delText xml:space="preserve">${text}</w:delText></w:r></w:del><w:ins w:id="9002" w:author="${author}" w:date="${DATE}"><w:r>${rPr}<w:t xml:space="preserve">${replacement}</w:t></w:r></w:ins>${end}`)
  files['word/document.xml'] = strToU8(doc)
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
const EMPTY_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${NS}></w:comments>`
const EMPTY_EXTENDED = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${NS}></w15:commentsEx>`

export const fieldMark = markName

/** The file's parts, changed by `edit`, zipped again (content types and relationships kept in step). */
export function editDocx(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes)
  const had = new Set(Object.keys(files))
  edit(files)
  const added = Object.keys(files).filter((p) => !had.has(p))
  for (const part of added) {
    const base = part.replace('word/', '')
    const type = base === 'comments.xml' ? 'comments' : 'commentsExtended'
    const ct = strFromU8(files['[Content_Types].xml']).replace('</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/></Types>`)
    files['[Content_Types].xml'] = strToU8(ct)
    const rel = type === 'comments' ? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments' : 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended'
    const rels = strFromU8(files['word/_rels/document.xml.rels']).replace('</Relationships>', `<Relationship Id="rIdB${type}" Type="${rel}" Target="${base}"/></Relationships>`)
    files['word/_rels/document.xml.rels'] = strToU8(rels)
  }
  return zipSync(files)
}

/** The file as LibreOffice saves it again (`--convert-to docx`). */
export function resaveWithLibreOffice(bytes: Uint8Array, name: string): Uint8Array {
  const dir = `test-results/resave/${name}`
  mkdirSync(`${dir}/out`, { recursive: true })
  writeFileSync(`${dir}/${name}.docx`, bytes)
  // a profile of its own: two LibreOffice runs at once on one profile make the second fail
  const profile = `-env:UserInstallation=file://${process.cwd()}/${dir}/profile`
  execFileSync('libreoffice', [profile, '--headless', '--convert-to', 'docx', '--outdir', `${dir}/out`, `${dir}/${name}.docx`], { stdio: 'ignore', timeout: 170_000 })
  return new Uint8Array(readFileSync(`${dir}/out/${name}.docx`))
}
