/**
 * Refusals of review files are said wholly in the interface language: where (task 1, descriptor 1, its
 * text), what (too long, too many, missing, unknown field) with the limit, and what to do — never the
 * validator's English. A backup given to the review page says what it is and where to restore it.
 */
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import { useReviewText } from '@/components/review/useReviewText'
import { descriptorPath } from '@/domain/anchors'
import { contentHash } from '@/domain/review/hash'
import type { Version } from '@/domain/review/model'
import { publishDrafts, startThread } from '@/domain/review/threads'
import type { ReviewFileError } from '@/exchange/reviewFile'
import { spotOf } from '@/exchange/reviewIssues'
import { readPackage, writePackage } from '@/exchange/reviewPackage'
import { readReply, writeReply } from '@/exchange/reviewReply'
import * as schemas from '@/exchange/reviewSchemas'
import { LIMITS } from '@/exchange/reviewSchemas'
import { sample } from './sample'
import { generateBadFiles } from '../fuzz/badFiles'
import { readFileText } from '@/stores/review'
import type { ReviewFileProblem } from '@/exchange/reviewFile'

const author = { name: 'Дана', school: '№5 мектеп' }
const mentor = { name: 'Тәлімгер', role: 'mentor' as const }
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- file surgery

function packageJson(): Json {
  const a = sample()
  const version: Version = { id: 'asmt1@1', assessmentId: a.id, number: 1, hash: contentHash(a), createdAt: 1, author, content: a }
  return JSON.parse(writePackage({ createdAt: 2, author, version, baseline: null, threads: [] })) as Json
}
function replyJson(): Json {
  const a = sample()
  const threads = publishDrafts([startThread({ assessment: a, path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: mentor, text: 'ескерту', now: 5 })!])
  return JSON.parse(writeReply({ id: 'reply1', createdAt: 3, reviewer: author, assessmentId: a.id, title: a.title, version: { number: 1, hash: contentHash(a) }, verdict: 'comment', summary: '', threads })) as Json
}
function refusal(read: { ok: boolean; error?: ReviewFileError }): ReviewFileError {
  expect(read.ok).toBe(false)
  return read.error!
}

/** The message a reader sees, in each interface language. */
function say(error: ReviewFileError): Record<'kk' | 'ru' | 'en', string> {
  const out = {} as Record<'kk' | 'ru' | 'en', string>
  const probe = mount(defineComponent({ setup: () => useReviewText(), render: () => null }), { global: { plugins: [i18n] } })
  for (const lang of ['kk', 'ru', 'en'] as const) {
    i18n.global.locale.value = lang
    out[lang] = probe.vm.problemText(error)
  }
  probe.unmount()
  return out
}

/** kk and ru sentences hold no Latin words but the app's name and what the file itself wrote. */
function expectNoEnglish(text: string, ...fromFile: string[]) {
  let rest = text.replaceAll('Bagalau', '')
  for (const f of fromFile) rest = rest.replaceAll(f, '')
  expect(rest, text).not.toMatch(/[A-Za-z]/)
}

describe('review file refusals in the teacher’s words', () => {
  it('a text too long: which task, descriptor and field, the limit, and that the teacher should shorten it and resend', () => {
    const f = packageJson()
    f.version.assessment.tasks[0].descriptors[0].text = 'ә'.repeat(LIMITS.text + 1)
    const error = refusal(readPackage(JSON.stringify(f)))
    expect(error.issue).toEqual({ spot: [{ part: 'version' }, { item: 'task', n: 1 }, { item: 'descriptor', n: 1 }, { field: 'text', known: true }], what: 'tooLong', limit: LIMITS.text })
    const text = say(error)
    const limit = (lang: string) => new Intl.NumberFormat(lang).format(LIMITS.text)
    expect(text.kk).toContain('1-тапсырма, 1-дескриптор, мәтіні')
    expect(text.kk).toContain(limit('kk'))
    expect(text.kk).toContain('қысқартып')
    expect(text.ru).toContain('задание 1, дескриптор 1, текст')
    expect(text.ru).toContain('слишком длинный')
    expect(text.ru).toContain(limit('ru'))
    expect(text.en).toContain(`task 1, descriptor 1, text: the text is too long (the limit is ${new Intl.NumberFormat('en').format(LIMITS.text)} characters)`)
    expect(text.en).toContain('The teacher needs to shorten this')
    expectNoEnglish(text.kk)
    expectNoEnglish(text.ru)
  })

  it('too many comments in a thread of a reply: the mentor is asked to shorten and save again', () => {
    const f = replyJson()
    const [c] = f.threads[0].comments
    f.threads[0].comments = Array.from({ length: LIMITS.commentsPerThread + 1 }, (_, i) => ({ ...c, id: `c${i}` }))
    const error = refusal(readReply(JSON.stringify(f)))
    expect(error.issue).toMatchObject({ spot: [{ item: 'thread', n: 1 }, { list: 'comment' }], what: 'tooMany', limit: LIMITS.commentsPerThread })
    const text = say(error)
    expect(text.en).toContain('comment thread 1, comments: too many')
    expect(text.en).toContain('The mentor needs to shorten this in Bagalau and save the reply again.')
    expect(text.ru).toContain('обсуждение 1, замечания: слишком много')
    expectNoEnglish(text.kk)
    expectNoEnglish(text.ru)
  })

  it('a missing field and a field Bagalau never writes', () => {
    const missing = replyJson()
    delete missing.summary
    const m = refusal(readReply(JSON.stringify(missing)))
    expect(m.issue).toEqual({ spot: [{ field: 'summary', known: true }], what: 'missing', limit: null })
    expect(say(m).kk).toContain('қорытынды пікір: жоқ')
    expect(say(m).en).toContain('Ask the mentor to save the reply again')

    const extra = packageJson()
    extra.version.assessment.tasks[1].macro = '<img src=x onerror=alert(1)>'
    const u = refusal(readPackage(JSON.stringify(extra)))
    expect(u.issue).toEqual({ spot: [{ part: 'version' }, { item: 'task', n: 2 }, { field: 'macro', known: false }], what: 'unknownField', limit: null })
    const text = say(u)
    expect(text.ru).toContain('задание 2, поле «\u2068macro\u2069»: такого поля Bagalau не записывает')
    expect(text.en).toContain('Ask the teacher to send the assessment for review again from Bagalau.')
    expectNoEnglish(text.kk, 'macro')
    expectNoEnglish(text.ru, 'macro')
  })

  it('a wrong value in an internal record says so without naming it in code', () => {
    const f = packageJson()
    f.version.assessment.tasks[0].id = 'not an id!'
    const error = refusal(readPackage(JSON.stringify(f)))
    expect(error.issue?.what).toBe('wrongValue')
    const text = say(error)
    expect(text.en).toContain('task 1, an internal record of Bagalau: not a valid value')
    expect(text.en).not.toMatch(/Not an id|Invalid|Expected|Received/)
    expectNoEnglish(text.kk)
    expectNoEnglish(text.ru)
  })

  it('a backup given as a review file says it is a backup and where to restore it', () => {
    const backup = JSON.stringify({ bagalau: { app: 'bagalau', formatVersion: 1 }, formatName: 'dexie', formatVersion: 1, data: {} })
    for (const read of [readPackage, readReply]) expect(refusal(read(backup)).problem).toBe('backupFile')
    expect(refusal(readPackage(JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: {} }))).problem).toBe('backupFile')
    const text = say({ problem: 'backupFile', detail: '' })
    expect(text.kk).toBe('Бұл — Bagalau сақтық көшірмесі, тексеру файлы емес. Оны «Деректер» бетіндегі «Сақтық көшірмеден қалпына келтіру» бөлімінде ашыңыз.')
    expect(text.ru).toContain('резервная копия')
    expect(text.ru).toContain('«Данные»')
    expect(text.en).toContain('“Data” page, under “Restore from a backup”')
  })

  it('a version number reused for other content names the assessment and the version', () => {
    const text = say({ problem: 'versionReused', detail: 'Жасушалар', version: 2 })
    expect(text.kk).toContain('«\u2068Жасушалар\u2069» бағалауының 2-нұсқасы')
    expect(text.ru).toContain('Версия 2 оценивания «\u2068Жасушалар\u2069»')
    expect(text.en).toContain('Version 2 of “\u2068Жасушалар\u2069”')
  })

  it('names places outside the document too, and skips containers a reader never sees', () => {
    expect(spotOf(['baseline', 'assessment', 'rubricEdits', 'c1', 'cells', 'low'])).toEqual([{ part: 'baseline' }, { part: 'rubric' }, { field: 'low', known: true }])
    expect(spotOf(['threads', 3, 'comments', 0, 'text'])).toEqual([{ item: 'thread', n: 4 }, { item: 'comment', n: 1 }, { field: 'text', known: true }])
    expect(spotOf([])).toEqual([])
  })

  it('says every kind of refusal, and every refusal of 400 generated bad files, wholly in Kazakh and Russian', async () => {
    const problems: ReviewFileProblem[] = [
      'tooLarge', 'notJson', 'unsafeKey', 'notReviewFile', 'wrongKind', 'newerFormat', 'tampered', 'otherAssessment', 'unknownAssessment', 'unknownVersion', 'versionDiffers', 'versionReused', 'backupFile',
    ]
    for (const problem of problems) {
      const text = say({ problem, detail: 'Жасушалар', version: 2 })
      expectNoEnglish(text.kk)
      expectNoEnglish(text.ru)
    }
    const sources: [string, (text: string) => { ok: boolean; error?: ReviewFileError }][] = [[JSON.stringify(packageJson()), readPackage], [JSON.stringify(replyJson()), readReply]]
    let invalid = 0
    for (const [valid, read] of sources) {
      for (const file of generateBadFiles(JSON.parse(valid), { count: 200, hugeStrings: false, versionPaths: ['formatVersion'] })) {
        const text = await readFileText(new Blob([file.bytes as BlobPart]))
        const result = text.ok ? read(text.value) : text
        if (result.ok || !result.error) continue
        if (result.error.problem === 'invalid') invalid++
        const fromFile = (result.error.issue?.spot ?? []).flatMap((p) => ('field' in p && !p.known ? [p.field] : []))
        const said = say(result.error)
        expectNoEnglish(said.kk, ...fromFile)
        expectNoEnglish(said.ru, ...fromFile)
      }
    }
    expect(invalid).toBeGreaterThan(100)
  }, 120_000)

  it('knows every field the review formats declare, so none is shown to a teacher as unknown', () => {
    const keys = new Set<string>()
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return
      const n = node as { entries?: Record<string, unknown>; item?: unknown; wrapped?: unknown; value?: unknown; pipe?: unknown[] }
      for (const [k, child] of Object.entries(n.entries ?? {})) {
        keys.add(k)
        walk(child)
      }
      for (const child of [n.item, n.wrapped, n.value, ...(n.pipe ?? []).slice(1)]) if (child && child !== node) walk(child)
    }
    for (const schema of Object.values(schemas)) walk(schema)
    expect(keys.size).toBeGreaterThan(40)
    const unknown = [...keys].filter((k) => spotOf([k]).some((p) => 'field' in p && !p.known))
    expect(unknown).toEqual([])
  })
})
