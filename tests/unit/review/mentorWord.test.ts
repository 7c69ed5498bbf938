// @vitest-environment happy-dom
/**
 * A mentor's comments in a Bagalau print come back as review threads on the right fields, in kk, ru and en:
 * a comment inside a task's text, its reply, a comment on a descriptor, a tracked change of another
 * descriptor (→ a suggested replacement) and a comment outside every field (→ a document-level thread
 * quoting the text). As written by hand (Word's XML) and as LibreOffice saves it again (committed under
 * tests/fixtures/docx/mentor-*.docx with the assessment they were printed from; `BAGALAU_WRITE_FIXTURES=1`
 * remakes them). Opening the same file twice adds nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { criterionPath, descriptorPath, DOCUMENT_PATH, taskPath } from '@/domain/anchors'
import type { Assessment, Language } from '@/domain/model'
import { mergeThreads } from '@/domain/review/merge'
import { threadsFromWord } from '@/domain/review/fromWord'
import { readDocx } from '@/exchange/docx'
import { readMentorComments } from '@/exchange/fromWord/mentorComments'
import { sampleAssessment } from '../export/sample'
import { bagalauPrint, commentOnField, editDocx, fieldMark, hasLibreOffice, resaveWithLibreOffice, trackedChange } from './mentorWordFile'

const WORDS: Record<Language, { mentor: string; task: string; reply: string; descriptor: string; change: string; title: string }> = {
  kk: { mentor: 'Айгүл Сейітова', task: 'Тапсырманы нақтылаңыз', reply: 'Түзетемін', descriptor: 'Бақыланатын әрекет емес', change: 'ядроны суреттен табады', title: 'Тақырыпты қысқартыңыз' },
  ru: { mentor: 'Айгуль Сеитова', task: 'Уточните формулировку', reply: 'Исправлю', descriptor: 'Это не наблюдаемое действие', change: 'находит ядро на рисунке', title: 'Сократите заголовок' },
  en: { mentor: 'Aigul Seitova', task: 'Make the task clearer', reply: 'Will do', descriptor: 'Not an observable action', change: 'finds the nucleus in the picture', title: 'Shorten the title' },
}

/** The sample in `language` printed, commented by the mentor as Word writes comments. */
async function mentorFile(a: Assessment, language: Language): Promise<Uint8Array> {
  const w = WORDS[language]
  return editDocx(await bagalauPrint(a), (files) => {
    commentOnField(files, fieldMark('task', a.tasks[0].id), 50, w.mentor, w.task, { id: 51, author: 'Teacher', text: w.reply })
    commentOnField(files, fieldMark('descriptor', a.tasks[1].descriptors[0].id), 52, w.mentor, w.descriptor)
    commentOnField(files, fieldMark('criterion', a.criteria[1].id), 53, w.mentor, w.descriptor)
    trackedChange(files, fieldMark('descriptor', a.tasks[2].descriptors[1].id), w.change, w.mentor)
  })
}

function expectThreads(a: Assessment, bytes: Uint8Array, language: Language): void {
  const w = WORDS[language]
  const threads = threadsFromWord(a, readMentorComments(readDocx(bytes).parts), { versionNumber: 1, now: 0 })
  const on = (path: string) => threads.filter((t) => t.path === path)
  const task = on(taskPath(a.tasks[0].id, 'text'))
  expect(task).toHaveLength(1)
  expect(task[0].comments.map((c) => [c.author, c.text])).toEqual([[w.mentor, w.task], ['Teacher', w.reply]])
  expect(task[0].comments[0]).toMatchObject({ role: 'mentor', createdAt: Date.parse('2026-03-05T10:00:00Z'), draft: false })
  expect(task[0].quote).toBe(a.tasks[0].text)
  expect(on(descriptorPath(a.tasks[1].id, a.tasks[1].descriptors[0].id, 'text'))[0].comments[0].text).toBe(w.descriptor)
  expect(on(criterionPath(a.criteria[1].id, 'text'))).toHaveLength(1)
  const changed = on(descriptorPath(a.tasks[2].id, a.tasks[2].descriptors[1].id, 'text'))
  expect(changed.map((t) => t.suggestion)).toEqual([w.change])
  expect(changed[0].comments[0].author).toBe(w.mentor)
  expect(threads.filter((t) => t.path === DOCUMENT_PATH)).toEqual([])
  expect(threads.every((t) => t.assessmentId === a.id && t.status === 'open')).toBe(true)
  // the same file twice adds nothing
  const again = threadsFromWord(a, readMentorComments(readDocx(bytes).parts), { versionNumber: 1, now: 99 })
  const merged = mergeThreads(threads, again)
  expect([merged.added, merged.updated]).toEqual([0, 0])
}

describe("a mentor's Word comments come back", () => {
  it.each(['kk', 'ru', 'en'] as const)('%s, as Word writes them', async (language) => {
    const a = sampleAssessment(language, 4)
    expectThreads(a, await mentorFile(a, language), language)
  })

  it.each(['kk', 'ru', 'en'] as const)('%s, saved again by LibreOffice', async (language) => {
    const docx = `tests/fixtures/docx/mentor-${language}.docx`
    const json = `tests/fixtures/docx/mentor-${language}.json`
    if (process.env.BAGALAU_WRITE_FIXTURES && hasLibreOffice) {
      const a = sampleAssessment(language, 4)
      writeFileSync(json, JSON.stringify(a, null, 1))
      writeFileSync(docx, resaveWithLibreOffice(await mentorFile(a, language), `mentor-${language}`))
    }
    expect(existsSync(docx)).toBe(true)
    const a = JSON.parse(readFileSync(json, 'utf8')) as Assessment
    // LibreOffice 7 keeps no reply links: the reply on the same text joins its thread all the same
    expectThreads(a, new Uint8Array(readFileSync(docx)), language)
  }, 180_000)

  it('a comment outside every field becomes a document-level thread quoting its text', async () => {
    const a = sampleAssessment('ru', 2)
    const bytes = editDocx(await bagalauPrint(a), (files) => {
      const doc = new TextDecoder().decode(files['word/document.xml'])
      files['word/document.xml'] = new TextEncoder().encode(doc.replace('<w:body>', '<w:body><w:p><w:commentRangeStart w:id="7"/><w:r><w:t>Школа гимназия №5</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>'))
      commentOnField(files, 'no_such_mark', 8, 'x', 'x')
      const comments = new TextDecoder().decode(files['word/comments.xml'])
      files['word/comments.xml'] = new TextEncoder().encode(comments.replace('</w:comments>', '<w:comment w:id="7" w:author="Наставник" w:date="2026-03-06T09:00:00Z"><w:p><w:r><w:t>Укажите школу полностью</w:t></w:r></w:p></w:comment></w:comments>'))
    })
    const threads = threadsFromWord(a, readMentorComments(readDocx(bytes).parts), { versionNumber: 1, now: 0 })
    const doc = threads.find((t) => t.comments[0].author === 'Наставник')!
    expect(doc.path).toBe(DOCUMENT_PATH)
    expect(doc.comments[0].text).toBe('«Школа гимназия №5»\nУкажите школу полностью')
  })
})
