import { describe, expect, it } from 'vitest'
import { descriptorPath } from '@/domain/anchors'
import { updateDescriptor } from '@/domain/operations'
import { contentHash } from '@/domain/review/hash'
import type { Version } from '@/domain/review/model'
import { publishDrafts, startThread, addComment } from '@/domain/review/threads'
import { readPackage, writePackage, type ReviewPackage } from '@/exchange/reviewPackage'
import { readReply, writeReply, type ReviewReply } from '@/exchange/reviewReply'
import { LIMITS } from '@/exchange/reviewSchemas'
import { large, sample } from './sample'

const author = { name: 'Дана Әліқызы', school: '№5 мектеп' }
const version = (content = sample(), number = 1): Version => ({ id: `${content.id}@${number}`, assessmentId: content.id, number, hash: contentHash(content), createdAt: 100, author, content })

function pkg(): ReviewPackage {
  const a = sample()
  const t = startThread({ assessment: a, path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: { name: 'Т', role: 'mentor' }, text: 'ескерту', now: 5 })!
  const draftOnly = startThread({ assessment: a, path: 'tasks/t2/text', versionNumber: 1, author: { name: 'Т', role: 'mentor' }, text: 'жоба', now: 6 })!
  const v2 = updateDescriptor(a, 't1', 'd1', { text: 'ядроны суреттен атайды' })
  return { createdAt: 200, author, version: version(v2, 2), baseline: version(a, 1), threads: [...publishDrafts([t]), draftOnly] }
}

function reply(): ReviewReply {
  const a = sample()
  const t = publishDrafts([startThread({ assessment: a, path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: { name: 'Т', role: 'mentor' }, text: 'ескерту', suggestion: 'жаңа', now: 5 })!])
  return { id: 'reply1', createdAt: 300, reviewer: { name: 'Тәлімгер', school: 'Мектеп' }, assessmentId: a.id, title: a.title, version: { number: 1, hash: contentHash(a) }, verdict: 'requestChanges', summary: 'Түзетіңіз', threads: t }
}

const packageText = () => writePackage(pkg())
const replyText = () => writeReply(reply())
const mutate = (text: string, change: (f: Record<string, unknown>) => void) => {
  const f = JSON.parse(text) as Record<string, unknown>
  change(f)
  return JSON.stringify(f)
}
const problem = (r: { ok: boolean; error?: { problem: string } }) => (r.ok ? 'ok' : r.error?.problem)

describe('review package file', () => {
  it('round-trips the version, the baseline and the published threads only (drafts stay home)', () => {
    const read = readPackage(packageText())
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.version.content).toEqual(pkg().version.content)
    expect(read.value.baseline?.number).toBe(1)
    expect(read.value.threads).toHaveLength(1)
    expect(read.value.threads[0]).toMatchObject({ assessmentId: 'asmt1', quote: 'ядроны атайды' })
    expect(read.value.threads[0].comments[0].draft).toBe(false)
    expect(packageText()).toContain('ядроны атайды')
  })

  it('refuses broken, foreign and hostile files with a typed problem', () => {
    const text = packageText()
    const cases: [string, string][] = [
      [text.slice(0, text.length / 2), 'notJson'],
      ['', 'notJson'],
      ['[1,2]', 'notReviewFile'],
      ['"text"', 'notReviewFile'],
      ['{"format":"something-else"}', 'notReviewFile'],
      [replyText(), 'wrongKind'],
      [mutate(text, (f) => (f.formatVersion = 2)), 'newerFormat'],
      [mutate(text, (f) => (f.formatVersion = 0)), 'invalid'],
      [mutate(text, (f) => (f.createdAt = 'yesterday')), 'invalid'],
      [mutate(text, (f) => (f.extra = 1)), 'invalid'],
      [mutate(text, (f) => ((f.version as { assessment: { tasks: unknown } }).assessment.tasks = 'many')), 'invalid'],
      [mutate(text, (f) => ((f.version as { assessment: { id: string } }).assessment.id = '../../other')), 'invalid'],
      [mutate(text, (f) => ((f.threads as { path: string }[])[0].path = 'tasks/x/../../y')), 'invalid'],
      [mutate(text, (f) => ((f.version as { assessment: { title: string } }).assessment.title = 'x'.repeat(LIMITS.text + 1))), 'invalid'],
      [mutate(text, (f) => ((f.version as { assessment: { title: string } }).assessment.title = 'Өзгертілген')), 'tampered'],
      [mutate(text, (f) => ((f.baseline as { number: number }).number = 5)), 'tampered'],
      [mutate(text, (f) => ((f.baseline as { assessment: { id: string } }).assessment.id = 'other')), 'tampered'],
      [text.replace('"author":{', '"author":{"__proto__":{"polluted":true},'), 'unsafeKey'],
      [text.replace('"author":{', '"author":{"constructor":{"prototype":{"x":1}},'), 'unsafeKey'],
      [' '.repeat(LIMITS.fileChars + 1), 'tooLarge'],
    ]
    for (const [input, expected] of cases) expect(problem(readPackage(input)), expected).toBe(expected)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('keeps HTML and script in texts as plain text, verbatim', () => {
    const p = pkg()
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    p.version = version({ ...p.version.content, title: evil }, 2)
    const read = readPackage(writePackage(p))
    expect(read.ok && read.value.version.content.title).toBe(evil)
  })

  it('measures a 100-task document with 200 comments', () => {
    const a = large(100)
    const threads = publishDrafts(
      Array.from({ length: 100 }, (_, i) => {
        const t = startThread({ assessment: a, path: descriptorPath(`task${i}`, `task${i}d0`, 'text'), versionNumber: 1, author: { name: 'Тәлімгер', role: 'mentor' }, text: 'Дескрипторды нақтылаңыз: білім алушы не істейтінін бақылауға болатындай жазыңыз.', suggestion: 'жасушаның бөлігін суреттен тауып атайды', now: i })!
        return addComment(t, { name: 'Мұғалім', role: 'teacher' }, 'Түзеттім, рақмет.', 1, i + 1)
      }),
    )
    const text = writePackage({ createdAt: 1, author, version: version(a, 2), baseline: version(a, 1), threads })
    const started = performance.now()
    const read = readPackage(text)
    const ms = performance.now() - started
    expect(read.ok).toBe(true)
    expect(new TextEncoder().encode(text).length).toBeLessThan(LIMITS.fileChars)
    console.info(`[figures] package: 100 tasks, 200 comments → ${(new TextEncoder().encode(text).length / 1024).toFixed(0)} KiB, read+validated in ${ms.toFixed(0)} ms`)
  })
})

describe('review reply file', () => {
  it('round-trips the verdict, the version it answers and the threads', () => {
    const read = readReply(replyText())
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value).toMatchObject({ id: 'reply1', verdict: 'requestChanges', summary: 'Түзетіңіз', assessmentId: 'asmt1', version: { number: 1 } })
    expect(read.value.threads[0]).toMatchObject({ assessmentId: 'asmt1', suggestion: 'жаңа' })
  })

  it('refuses broken and hostile replies', () => {
    const text = replyText()
    const cases: [string, string][] = [
      [text.slice(0, -10), 'notJson'],
      [packageText(), 'wrongKind'],
      [mutate(text, (f) => (f.verdict = 'reject')), 'invalid'],
      [mutate(text, (f) => (f.version = { number: 1, hash: 'zz' })), 'invalid'],
      [mutate(text, (f) => ((f.threads as { comments: unknown[] }[])[0].comments = [])), 'invalid'],
      [mutate(text, (f) => ((f.threads as { comments: { draft?: boolean }[] }[])[0].comments[0].draft = true)), 'invalid'],
      [mutate(text, (f) => ((f.threads as { assessmentId?: string }[])[0].assessmentId = 'other')), 'invalid'],
      [mutate(text, (f) => (f.summary = 42)), 'invalid'],
      [text.replace('"reviewer":{', '"reviewer":{"__proto__":{"role":"teacher"},'), 'unsafeKey'],
    ]
    for (const [input, expected] of cases) expect(problem(readReply(input)), expected).toBe(expected)
  })
})
