/** Task parts: numbering by the document's language, points, edits, checks, anchors and the derived tables. */
import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { partOptionPath, partPath, resolvePath, valueAt } from '@/domain/anchors'
import { runChecks } from '@/domain/checks/engine'
import { descriptorTable } from '@/domain/descriptorTable'
import { markScheme } from '@/domain/markScheme'
import { addPart, createPart, movePart, removePart, setDescriptorPart } from '@/domain/partOperations'
import { duplicateAssessment } from '@/domain/operations'
import { partLabel, partLetter, partPoints, taskParts } from '@/domain/parts'
import { placeOf } from '@/domain/review/anchoring'
import { versionDiff } from '@/domain/review/diff'
import { contentHash } from '@/domain/review/hash'
import { applySuggestion } from '@/domain/review/suggestion'
import { threadViews } from '@/domain/review/threadIndex'
import { AssessmentSchema } from '@/domain/shapes/assessment'
import { LIMITS } from '@/domain/shapes/limits'
import { upTaskParts } from '@/domain/shapes/up'
import { specification } from '@/domain/specification'
import { taskPoints, totalPoints } from '@/domain/totals'
import { partsAssessment } from './sample'

describe('part numbers', () => {
  it('follow the document alphabet: kk а ә б в г ғ д, ru а б в г д, en a b c', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => partLetter('kk', i)).join(' ')).toBe('а ә б в г ғ д')
    expect([0, 1, 2, 3, 4].map((i) => partLetter('ru', i)).join(' ')).toBe('а б в г д')
    expect([0, 1, 2].map((i) => partLetter('en', i)).join(' ')).toBe('a b c')
    expect([partLabel('kk', 1, 0), partLabel('kk', 1, 1), partLabel('ru', 1, 1), partLabel('en', 2, 1)]).toEqual(['1а', '1ә', '1б', '2b'])
  })

  it('have a letter for every part a task may hold, in every language', () => {
    for (const language of ['kk', 'ru', 'en'] as const) {
      const letters = Array.from({ length: LIMITS.partsPerTask }, (_, i) => partLetter(language, i))
      expect(new Set(letters).size).toBe(LIMITS.partsPerTask)
      expect(letters.every((l) => /^\p{L}$/u.test(l))).toBe(true)
    }
  })
})

describe('a task with parts', () => {
  const a = partsAssessment('kk')
  const task = a.tasks[1]
  const [first, second] = taskParts(task)

  it('is a valid stored shape, and a task without parts stays exactly as before', () => {
    expect(v.safeParse(AssessmentSchema, a).success).toBe(true)
    expect('parts' in a.tasks[0]).toBe(false)
    expect(v.safeParse(AssessmentSchema, { ...a, tasks: [{ ...task, parts: Array.from({ length: LIMITS.partsPerTask + 1 }, (_, i) => createPart(i)) }] }).success).toBe(false)
    const twice = { ...a, tasks: [{ ...task, parts: [first, { ...second, id: first.id }] }] }
    expect(v.safeParse(AssessmentSchema, twice).success).toBe(false)
  })

  it('counts each part by its descriptors, and the task and total as before', () => {
    expect([partPoints(task, first.id), partPoints(task, second.id), taskPoints(task), totalPoints(a)]).toEqual([1, 2, 3, 4])
  })

  it('adds, moves and removes parts; removing the last gives back a task without the field, descriptors kept', () => {
    const added = createPart(0, 'extendedAnswer', 'в')
    let b = addPart(a, task.id, added, first.id)
    expect(taskParts(b.tasks[1]).map((p) => p.id)).toEqual([first.id, added.id, second.id])
    b = movePart(b, task.id, added.id, 2)
    expect(taskParts(b.tasks[1]).map((p) => p.id)).toEqual([first.id, second.id, added.id])
    b = removePart(removePart(removePart(b, task.id, added.id), task.id, first.id), task.id, second.id)
    expect('parts' in b.tasks[1]).toBe(false)
    expect(b.tasks[1].descriptors.map((d) => 'partId' in d)).toEqual([false, false])
    expect(taskPoints(b.tasks[1])).toBe(3)
    const one = setDescriptorPart(a, task.id, task.descriptors[0].id, null)
    expect('partId' in one.tasks[1].descriptors[0]).toBe(false)
    const full = { ...a, tasks: [{ ...task, parts: Array.from({ length: LIMITS.partsPerTask }, (_, i) => createPart(i)) }] }
    expect(addPart(full, task.id, createPart(0)).tasks[0]).toBe(full.tasks[0])
  })

  it('is copied with fresh part ids that its descriptors follow', () => {
    const copy = duplicateAssessment(a).tasks[1]
    const ids = taskParts(copy).map((p) => p.id)
    expect(ids).not.toContain(first.id)
    expect(copy.descriptors.map((d) => d.partId)).toEqual([ids[1], ids[0]])
  })

  it('numbers the descriptor table by part, in part order, one number cell per part', () => {
    for (const [language, labels] of [['kk', ['1', '2а', '2ә']], ['ru', ['1', '2а', '2б']], ['en', ['1', '2a', '2b']]] as const) {
      const rows = descriptorTable(partsAssessment(language)).rows
      expect(rows.map((r) => r.printedNumber)).toEqual(labels)
      expect(rows.map((r) => r.taskRowSpan)).toEqual([1, 1, 1])
    }
  })

  it('gives the mark scheme one row per part with its own answer and marks', () => {
    const scheme = markScheme(partsAssessment('ru'))
    expect(scheme.rows.map((r) => [r.printedNumber, r.answer, r.points])).toEqual([
      ['1', 'ядро', 1],
      ['2а', 'B) клеточная стенка', 1],
      ['2б', 'хранит наследственную информацию', 2],
    ])
    expect(scheme.totalPoints).toBe(4)
  })

  it('lists the parts’ types in the specification', () => {
    const rows = specification(a).sections.flatMap((s) => s.rows)
    expect(rows.find((r) => r.task.id === task.id)?.types).toEqual(['multipleChoice', 'shortAnswer'])
    expect(specification(a).points).toBe(4)
  })

  it('raises no finding on a complete task with parts, and names the part when one is incomplete', () => {
    expect(runChecks(a).filter((f) => f.path.startsWith(`tasks/${task.id}`))).toEqual([])
    const broken = { ...a, tasks: [a.tasks[0], { ...task, parts: [{ ...first, text: ' ', options: first.options.slice(0, 2) }, { ...second, type: null }], descriptors: [] }] }
    const found = runChecks(broken).map((f) => [f.ruleId, f.path, f.message])
    expect(found).toContainEqual(['task.emptyText', partPath(task.id, first.id, 'text'), expect.stringContaining('2а')])
    expect(found).toContainEqual(['task.noType', partPath(task.id, second.id, 'type'), expect.stringContaining('2ә')])
    expect(found).toContainEqual(['mc.fewOptions', partPath(task.id, first.id, 'options'), expect.stringContaining('2а')])
    expect(found).toContainEqual(['part.noDescriptor', partPath(task.id, second.id), '2ә бөлігін бағалайтын дескриптор жоқ.'])
  })
})

describe('anchors into parts', () => {
  const a = partsAssessment('kk')
  const task = a.tasks[1]
  const [first, second] = taskParts(task)
  const option = first.options[1]

  it('resolve every field of a part and of its options', () => {
    expect(valueAt(a, partPath(task.id, second.id, 'text'))).toBe(second.text)
    expect(valueAt(a, partPath(task.id, second.id, 'answer'))).toBe(second.answer)
    expect(valueAt(a, partOptionPath(task.id, first.id, option.id, 'correct'))).toBe('true')
    expect(resolvePath(a, partPath(task.id, 'gone', 'text'))).toBeNull()
    expect(placeOf(a, partOptionPath(task.id, first.id, option.id, 'text'))).toEqual({ kind: 'partOption', number: 2, item: 2, field: 'text', part: '2а' })
  })

  it('are placed alike by the thread index and take a mentor’s suggestion', () => {
    const thread = { id: 't', assessmentId: a.id, path: partPath(task.id, second.id, 'text'), quote: second.text, versionNumber: 1, status: 'open' as const, statusAt: 0, suggestion: 'Ядро не істейді?', comments: [], createdAt: 0 }
    const view = threadViews(a, [thread]).get('t')!
    expect(view).toMatchObject({ state: 'current', applicable: true, place: { kind: 'part', part: '2ә', number: 2 } })
    const after = applySuggestion(a, thread.path, thread.suggestion)
    expect(valueAt(after, thread.path)).toBe('Ядро не істейді?')
  })

  it('show in a version diff', () => {
    const after = applySuggestion(a, partPath(task.id, second.id, 'text'), 'жаңа сұрақ')
    expect(versionDiff(a, after).map((c) => c.path)).toEqual([partPath(task.id, second.id, 'text')])
    expect(versionDiff(a, removePart(a, task.id, first.id)).map((c) => [c.path, c.change])).toContainEqual([partPath(task.id, first.id), 'removed'])
  })
})

describe('up to database v7', () => {
  it('leaves a row without parts as it is (same object, same hash) and tidies an empty list or a stray part id', () => {
    const a = partsAssessment('en')
    const plain = { ...a, tasks: [a.tasks[0]] }
    expect(upTaskParts(plain)).toBe(plain)
    const messy = { ...a, tasks: [{ ...a.tasks[0], parts: [], descriptors: [{ ...a.tasks[0].descriptors[0], partId: 'gone' }] }] }
    const tidy = upTaskParts(messy)
    expect('parts' in tidy.tasks[0]).toBe(false)
    expect('partId' in tidy.tasks[0].descriptors[0]).toBe(false)
    expect(contentHash(tidy)).toBe(contentHash(plain))
  })
})

describe('a review package with parts', () => {
  it('is read back by the app that wrote it, parts and a thread on a part intact', async () => {
    const { readPackage, writePackage } = await import('@/exchange/reviewPackage')
    const a = partsAssessment('ru')
    const part = taskParts(a.tasks[1])[1]
    const author = { name: 'Дана', school: '' }
    const version = { id: `${a.id}@1`, assessmentId: a.id, number: 1, hash: contentHash(a), createdAt: 1, author, content: a }
    const thread = { id: 'th1', assessmentId: a.id, path: partPath(a.tasks[1].id, part.id, 'text'), quote: part.text, versionNumber: 1, status: 'open' as const, statusAt: 1, suggestion: null, comments: [{ id: 'c1', author: 'Айгүл', role: 'mentor' as const, text: 'Уточните вопрос', createdAt: 1, versionNumber: 1, draft: false }], createdAt: 1 }
    const read = readPackage(writePackage({ createdAt: 1, author, version, baseline: null, threads: [thread] }))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.version.content.tasks[1].parts).toEqual(a.tasks[1].parts)
    expect(read.value.threads[0].path).toBe(thread.path)
  })
})
