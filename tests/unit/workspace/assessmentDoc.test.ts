/**
 * An assessment in its workspace document: what two devices change offline merges field by field and
 * task by task when their documents meet, and what is read back is the stored shape.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createAssessment, createTask } from '@/domain/factories'
import type { Assessment } from '@/domain/model'
import { readAssessment, readAssessmentRaw, writeAssessment } from '@/sync/assessmentDoc'
import { sameRecord } from '@/domain/sameRecord'

const LOCAL = Symbol('test')

function withTasks(): Assessment {
  const a = createAssessment({ kind: 'unit', now: 1_000 })
  return { ...a, title: 'Бөлім 1', tasks: [createTask(1024), createTask(2048)] }
}

/** Two devices that last agreed on `base`, each with its own copy of the document. */
function twoDevices(base: Assessment) {
  const first = new Y.Doc()
  writeAssessment(first, null, base, LOCAL)
  const second = new Y.Doc()
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
  return { first, second }
}

function meet(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
}

function read(doc: Y.Doc): Assessment {
  const result = readAssessment(doc)
  if (!result.ok) throw new Error(result.reason)
  return result.assessment
}

describe('assessment documents', () => {
  it('reads back exactly what was written', () => {
    const a = withTasks()
    const doc = new Y.Doc()
    writeAssessment(doc, null, a, LOCAL)
    expect(sameRecord(read(doc), a)).toBe(true)
  })

  it('is empty until written, and refuses a document not in the stored shape', () => {
    const doc = new Y.Doc()
    expect(readAssessment(doc)).toEqual({ ok: false, reason: 'empty' })
    writeAssessment(doc, null, withTasks(), LOCAL)
    doc.getMap('fields').set('grade', 'twelve')
    expect(readAssessment(doc)).toEqual({ ok: false, reason: 'shape' })
  })

  it('keeps both devices’ offline edits of different fields and different tasks', () => {
    const base = withTasks()
    const { first, second } = twoDevices(base)
    const [task1, task2] = base.tasks
    const onFirst = { ...base, title: 'Тоқсандық', tasks: [{ ...task1, text: 'Бірінші құрылғы' }, task2] }
    const onSecond = { ...base, subject: 'Тарих', tasks: [task1, { ...task2, text: 'Екінші құрылғы', minutes: 5 }] }
    writeAssessment(first, base, onFirst, LOCAL)
    writeAssessment(second, base, onSecond, LOCAL)
    meet(first, second)
    const merged = read(first)
    expect(sameRecord(merged, read(second))).toBe(true)
    expect(merged.title).toBe('Тоқсандық')
    expect(merged.subject).toBe('Тарих')
    expect(merged.tasks.map((t) => t.text)).toEqual(['Бірінші құрылғы', 'Екінші құрылғы'])
    expect(merged.tasks[1].minutes).toBe(5)
  })

  it('keeps two fields of one task changed on two devices, and a task added on each', () => {
    const base = withTasks()
    const { first, second } = twoDevices(base)
    const [task1, task2] = base.tasks
    const added1 = { ...createTask(3072), text: 'Жаңа 1' }
    const added2 = { ...createTask(3072), text: 'Жаңа 2' }
    writeAssessment(first, base, { ...base, tasks: [{ ...task1, text: 'мәтін' }, task2, added1] }, LOCAL)
    writeAssessment(second, base, { ...base, tasks: [{ ...task1, answer: 'жауап' }, task2, added2] }, LOCAL)
    meet(first, second)
    const merged = read(second)
    expect(merged.tasks).toHaveLength(4)
    expect(merged.tasks[0]).toMatchObject({ text: 'мәтін', answer: 'жауап' })
    expect(merged.tasks.slice(2).map((t) => t.text).sort()).toEqual(['Жаңа 1', 'Жаңа 2'])
  })

  it('removes a task deleted on one device and keeps the order of the others', () => {
    const base = withTasks()
    const { first, second } = twoDevices(base)
    const [task1, task2] = base.tasks
    writeAssessment(first, base, { ...base, tasks: [task2] }, LOCAL)
    writeAssessment(second, base, { ...base, tasks: [task1, { ...task2, order: 512 }] }, LOCAL)
    meet(first, second)
    expect(read(first).tasks.map((t) => t.id)).toEqual([task2.id])
    expect(read(first).tasks[0].order).toBe(512)
  })

  it('writes only what changed: an unchanged field written elsewhere meanwhile stays', () => {
    const base = withTasks()
    const { first, second } = twoDevices(base)
    writeAssessment(second, base, { ...base, title: 'Екіншіден' }, LOCAL)
    meet(first, second)
    // the first device saves an unrelated change from its old copy: the title it never touched stays
    writeAssessment(first, base, { ...base, durationMinutes: 40 }, LOCAL)
    const raw = readAssessmentRaw(first)
    expect(raw?.title).toBe('Екіншіден')
    expect(raw?.durationMinutes).toBe(40)
  })
})
