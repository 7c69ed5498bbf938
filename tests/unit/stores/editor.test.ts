import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import Dexie from 'dexie'
import { AUTOSAVE_DELAY_MS, useEditorStore } from '@/stores/editor'
import { assessmentsRepo } from '@/db/assessments'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { createAssessment, createTask } from '@/domain/factories'
import { addTask, removeTask, updateHeader } from '@/domain/operations'
import { unsavedCopy } from '@/stores/unsavedCopies'

/** The title in the copy as localStorage holds it now (read raw: `unsavedCopy` would write a waiting copy first). */
const storedTitle = (id: string): string | undefined => (JSON.parse(localStorage.getItem(`bagalau.unsaved.${id}`) ?? 'null') as { title?: string } | null)?.title ?? undefined

beforeEach(async () => {
  setActivePinia(createPinia())
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})
afterEach(() => {
  vi.useRealTimers()
})

async function openNew() {
  const a = createAssessment({ kind: 'unit' })
  await assessmentsRepo.put(a)
  const editor = useEditorStore()
  await editor.open(a.id)
  return { editor, a }
}

describe('editor store', () => {
  it('saves edits after the autosave delay and reports the state', async () => {
    const { editor, a } = await openNew()
    editor.edit((x) => updateHeader(x, { title: 'Тоқсан' }), 'header/title')
    expect(editor.saveState).toBe('saving')
    await vi.waitFor(() => expect(editor.saveState).toBe('saved'), { timeout: AUTOSAVE_DELAY_MS + 10_000 })
    expect((await assessmentsRepo.get(a.id))?.title).toBe('Тоқсан')
  })

  it('saves during continuous typing at least once a second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { editor, a } = await openNew()
    for (let i = 1; i <= 12; i++) {
      editor.edit((x) => updateHeader(x, { title: 'x'.repeat(i) }), 'header/title')
      await vi.advanceTimersByTimeAsync(100)
    }
    vi.useRealTimers()
    // the pending end-of-typing save went with the fake clock: only saves made while typing can arrive
    await vi.waitFor(async () => expect((await assessmentsRepo.get(a.id))?.title.length).toBeGreaterThanOrEqual(9), { timeout: 10_000 })
  })

  it('undoes and redoes across all edits, typing coalesced', async () => {
    const { editor } = await openNew()
    editor.edit((x) => updateHeader(x, { title: 'А' }), 'header/title')
    editor.edit((x) => updateHeader(x, { title: 'Ағ' }), 'header/title')
    const task = createTask(0)
    editor.edit((x) => addTask(x, task))
    editor.edit((x) => removeTask(x, task.id))
    expect(editor.assessment?.tasks).toHaveLength(0)
    editor.undo()
    expect(editor.assessment?.tasks.map((t) => t.id)).toEqual([task.id])
    editor.undo()
    editor.undo()
    expect(editor.assessment?.title).toBe('')
    expect(editor.canUndo).toBe(false)
    editor.redo()
    expect(editor.assessment?.title).toBe('Ағ')
    await editor.flush()
  })

  it('flushes immediately on demand', async () => {
    const { editor, a } = await openNew()
    editor.edit((x) => updateHeader(x, { subject: 'Физика' }))
    await editor.flush()
    expect((await assessmentsRepo.get(a.id))?.subject).toBe('Физика')
  })

  it('reports a failed save and keeps the text to retry', async () => {
    const { editor, a } = await openNew()
    const put = vi.spyOn(db().assessments, 'put').mockRejectedValueOnce(new DOMException('disk full', 'QuotaExceededError'))
    editor.edit((x) => updateHeader(x, { title: 'сақталмады' }))
    await editor.flush()
    expect(editor.saveState).toBe('failed')
    expect(editor.saveError).toContain('QuotaExceededError')
    expect(editor.assessment?.title).toBe('сақталмады')
    put.mockRestore()
    await editor.flush()
    expect(editor.saveState).toBe('saved')
    expect((await assessmentsRepo.get(a.id))?.title).toBe('сақталмады')
  })

  it('refuses edits to a read-only example', () => {
    const editor = useEditorStore()
    const example = createAssessment({ kind: 'term' })
    editor.openReadOnly(example)
    editor.edit((x) => updateHeader(x, { title: 'changed' }))
    expect(editor.assessment?.title).toBe('')
    expect(editor.canUndo).toBe(false)
  })

  it('reports a missing assessment', async () => {
    const editor = useEditorStore()
    await editor.open('nope')
    expect(editor.loadError).toBe('notFound')
  })
})

describe('editor store: status from a review', () => {
  it('sets the status without an undo step, and undo keeps it', async () => {
    setActivePinia(createPinia())
    const a = createAssessment({ kind: 'unit' })
    await assessmentsRepo.put(a)
    const editor = useEditorStore()
    await editor.open(a.id)
    editor.edit((x) => updateHeader(x, { title: 'бір' }))
    editor.setStatus('changesRequested')
    expect(editor.assessment?.status).toBe('changesRequested')
    editor.undo()
    expect(editor.assessment?.title).toBe('')
    expect(editor.assessment?.status).toBe('changesRequested')
    expect(editor.canUndo).toBe(false)
    await editor.flush()
  })
})

describe('editor store: nothing lost while the disk is full', () => {
  it('keeps unsaved text when another assessment opens and saves it when this one opens again', async () => {
    setActivePinia(createPinia())
    localStorage.clear()
    const a = createAssessment({ kind: 'unit' })
    const b = createAssessment({ kind: 'term' })
    await assessmentsRepo.put(a)
    await assessmentsRepo.put(b)
    const editor = useEditorStore()
    await editor.open(a.id)
    const put = vi.spyOn(db().assessments, 'put').mockRejectedValue(new DOMException('disk full', 'QuotaExceededError'))
    editor.edit((x) => updateHeader(x, { title: 'диск толы кезде жазылған' }))
    await editor.flush()
    expect(editor.saveState).toBe('failed')
    await editor.open(b.id)
    expect(editor.assessment?.id).toBe(b.id)
    put.mockRestore()
    await editor.open(a.id)
    expect(editor.assessment?.title).toBe('диск толы кезде жазылған')
    await editor.flush()
    expect((await assessmentsRepo.get(a.id))?.title).toBe('диск толы кезде жазылған')
    expect(localStorage.getItem(`bagalau.unsaved.${a.id}`)).toBeNull()
  })
})

describe('editor store: nothing lost on a reload', () => {
  it('copies every edit to localStorage when the page is left, and a fresh start (a reload) opens the copy and saves it', async () => {
    setActivePinia(createPinia())
    localStorage.clear()
    const a = createAssessment({ kind: 'unit' })
    await assessmentsRepo.put(a)
    const editor = useEditorStore()
    await editor.open(a.id)
    editor.edit((x) => updateHeader(x, { title: 'ж' }), 'header/title')
    editor.edit((x) => updateHeader(x, { title: 'жа' }), 'header/title')
    // no await: this is the moment a reload would cut the page off; the page being left says so first
    window.dispatchEvent(new Event('pagehide'))
    expect(storedTitle(a.id)).toBe('жа')
    expect(editor.unsaved).toBe(true)
    expect((await assessmentsRepo.get(a.id))?.title).toBe('')

    setActivePinia(createPinia())
    const again = useEditorStore()
    await again.open(a.id)
    expect(again.assessment?.title).toBe('жа')
    expect(again.unsaved).toBe(true)
    await again.flush()
    expect((await assessmentsRepo.get(a.id))?.title).toBe('жа')
    expect(unsavedCopy(a.id)).toBeNull()
    expect(again.unsaved).toBe(false)
  })

  it('copies the edits of one frame once, after the frame, without the page being left', async () => {
    setActivePinia(createPinia())
    localStorage.clear()
    const a = createAssessment({ kind: 'unit' })
    await assessmentsRepo.put(a)
    const editor = useEditorStore()
    await editor.open(a.id)
    const writes = vi.spyOn(localStorage, 'setItem')
    try {
      editor.edit((x) => updateHeader(x, { title: 'к' }), 'header/title')
      editor.edit((x) => updateHeader(x, { title: 'кі' }), 'header/title')
      editor.edit((x) => updateHeader(x, { title: 'кіт' }), 'header/title')
      expect(storedTitle(a.id)).toBeUndefined()
      await vi.waitFor(() => expect(storedTitle(a.id)).toBe('кіт'))
      expect(writes.mock.calls.filter(([key]) => key === `bagalau.unsaved.${a.id}`)).toHaveLength(1)
    } finally {
      writes.mockRestore()
    }
  })

  it('a copy still waiting is dropped with the copy once its text is saved, and never written after that', async () => {
    setActivePinia(createPinia())
    localStorage.clear()
    const a = createAssessment({ kind: 'unit' })
    await assessmentsRepo.put(a)
    const editor = useEditorStore()
    await editor.open(a.id)
    editor.edit((x) => updateHeader(x, { title: 'сақталды' }), 'header/title')
    await editor.flush()
    window.dispatchEvent(new Event('pagehide'))
    expect(localStorage.getItem(`bagalau.unsaved.${a.id}`)).toBeNull()
  })

  it('keeps the copy while newer text waits for its save, and drops it once that text is saved', async () => {
    setActivePinia(createPinia())
    localStorage.clear()
    const a = createAssessment({ kind: 'unit' })
    await assessmentsRepo.put(a)
    const editor = useEditorStore()
    await editor.open(a.id)
    editor.edit((x) => updateHeader(x, { title: 'бір' }), 'header/title')
    const first = editor.flush()
    editor.edit((x) => updateHeader(x, { title: 'бір екі' }), 'header/title')
    await first
    expect(unsavedCopy(a.id)?.title).toBe('бір екі')
    await editor.flush()
    expect(unsavedCopy(a.id)).toBeNull()
    expect((await assessmentsRepo.get(a.id))?.title).toBe('бір екі')
  })
})
