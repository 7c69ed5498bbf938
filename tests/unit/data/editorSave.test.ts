import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import Dexie from 'dexie'
import { useEditorStore } from '@/stores/editor'
import { assessmentsRepo, saveAssessmentContent } from '@/db/assessments'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { createAssessment } from '@/domain/factories'
import { updateHeader } from '@/domain/operations'
import { documentMark } from '@/domain/savePolicy'
import { storedWriting } from '@/storage/browserStorage'
import { keepUnsaved } from '@/stores/unsavedCopies'

beforeEach(async () => {
  localStorage.clear()
  setActivePinia(createPinia())
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})
afterEach(() => {
  vi.restoreAllMocks()
})

async function openNew() {
  const a = { ...createAssessment({ kind: 'unit', now: 1000 }), title: 'Бастапқы' }
  await assessmentsRepo.put(a)
  const editor = useEditorStore()
  await editor.open(a.id)
  return { editor, a }
}

describe('save path: another writer', () => {
  it('refuses a save when the row changed since it was read, and says whose version is there', async () => {
    const a = createAssessment({ kind: 'unit', now: 10 })
    await assessmentsRepo.put(a)
    expect(await saveAssessmentContent({ ...a, title: 'A' }, 20, 10)).toEqual({ ok: true, updatedAt: 20 })
    const refused = await saveAssessmentContent({ ...a, title: 'B' }, 30, 10)
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.theirs.title).toBe('A')
    expect(await saveAssessmentContent({ ...a, title: 'C' }, 20, 20)).toEqual({ ok: true, updatedAt: 21 })
  })

  it('reports a conflict to the later writer; keep mine overwrites', async () => {
    const { editor, a } = await openNew()
    await saveAssessmentContent({ ...a, title: 'Басқа бетте' }, 5000, a.updatedAt)
    editor.edit((x) => updateHeader(x, { title: 'Менің мәтінім' }), 'header/title')
    await editor.flush()
    expect(editor.saveState).toBe('conflict')
    expect(editor.conflict?.title).toBe('Басқа бетте')
    expect(editor.assessment?.title).toBe('Менің мәтінім')
    editor.edit((x) => updateHeader(x, { title: 'Менің мәтінім!' }), 'header/title')
    expect(editor.saveState).toBe('conflict')
    await editor.keepMine()
    expect(editor.saveState).toBe('saved')
    expect((await assessmentsRepo.get(a.id))?.title).toBe('Менің мәтінім!')
  })

  it('is no conflict when the row another writer left holds this very text (a closed page finished its save)', async () => {
    const { editor, a } = await openNew()
    editor.edit((x) => updateHeader(x, { title: 'Бірдей мәтін' }), 'header/title')
    await saveAssessmentContent({ ...editor.assessment!, title: 'Бірдей мәтін' }, 5000, a.updatedAt)
    await editor.flush()
    expect(editor.saveState).toBe('saved')
    expect(editor.conflict).toBeNull()
    editor.edit((x) => updateHeader(x, { title: 'Бірдей мәтін!' }), 'header/title')
    await editor.flush()
    expect(editor.saveState).toBe('saved')
    expect((await assessmentsRepo.get(a.id))?.title).toBe('Бірдей мәтін!')
  })

  it('a closed page whose last save landed after its kept copy was reopened is no conflict: the copy is newer', async () => {
    const a = { ...createAssessment({ kind: 'unit', now: 1000 }), title: '' }
    await assessmentsRepo.put(a)
    // the page before: it typed «Жасуша бөлік», started saving «Жасуша» and was closed
    keepUnsaved({ ...a, title: 'Жасуша бөлік' })
    storedWriting.write(a.id, documentMark({ ...a, title: 'Жасуша' }))
    const editor = useEditorStore()
    await editor.open(a.id)
    expect(editor.assessment?.title).toBe('Жасуша бөлік')
    // that page's save lands only now, after this page read the row
    await saveAssessmentContent({ ...a, title: 'Жасуша' }, 5000, a.updatedAt)
    await editor.flush()
    await vi.waitFor(() => expect(editor.saveState).toBe('saved'))
    expect(editor.conflict).toBeNull()
    expect((await assessmentsRepo.get(a.id))?.title).toBe('Жасуша бөлік')
  })

  it('another tab’s different text is still a conflict for a reopened copy', async () => {
    const a = { ...createAssessment({ kind: 'unit', now: 1000 }), title: '' }
    await assessmentsRepo.put(a)
    keepUnsaved({ ...a, title: 'Менің мәтінім' })
    storedWriting.write(a.id, documentMark({ ...a, title: 'Менің' }))
    const editor = useEditorStore()
    await editor.open(a.id)
    await saveAssessmentContent({ ...a, title: 'Басқа бетте' }, 5000, a.updatedAt)
    await editor.flush()
    expect(editor.saveState).toBe('conflict')
  })

  it('take theirs shows their version and keeps mine as a copy in the library', async () => {
    const { editor, a } = await openNew()
    await saveAssessmentContent({ ...a, title: 'Басқа бетте' }, 5000, a.updatedAt)
    editor.edit((x) => updateHeader(x, { title: 'Менің мәтінім' }), 'header/title')
    await editor.flush()
    const copyId = await editor.takeTheirs(' (менің көшірмем)')
    expect(editor.saveState).toBe('saved')
    expect(editor.assessment?.title).toBe('Басқа бетте')
    expect((await assessmentsRepo.get(a.id))?.title).toBe('Басқа бетте')
    expect((await assessmentsRepo.get(copyId!))?.title).toBe('Менің мәтінім (менің көшірмем)')
  })

  it('shows a save from another tab at once when nothing is unsaved here', async () => {
    const { editor, a } = await openNew()
    await saveAssessmentContent({ ...a, title: 'Басқа бетте' }, 5000, a.updatedAt)
    await vi.waitFor(() => expect(editor.assessment?.title).toBe('Басқа бетте'))
    editor.edit((x) => updateHeader(x, { title: 'Келесі' }), 'header/title')
    await editor.flush()
    expect(editor.saveState).toBe('saved')
    expect((await assessmentsRepo.get(a.id))?.title).toBe('Келесі')
  })
})

describe('save path: full disk', () => {
  it('keeps the text, says the disk is full, retries with backoff and then saves', async () => {
    const { editor, a } = await openNew()
    const table = db().assessments
    const put = table.put.bind(table)
    let failuresLeft = 2
    vi.spyOn(table, 'put').mockImplementation((...args: Parameters<typeof put>) => {
      if (failuresLeft-- > 0) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never
      return put(...args)
    })
    editor.edit((x) => updateHeader(x, { title: 'Толық диск' }), 'header/title')
    await editor.flush()
    expect(editor.saveState).toBe('failed')
    expect(editor.saveProblem).toBe('quota')
    expect(editor.assessment?.title).toBe('Толық диск')
    await vi.waitFor(() => expect(failuresLeft).toBe(0), { timeout: 2000 }) // first retry after 1 s
    await vi.waitFor(() => expect(editor.saveState).toBe('saved'), { timeout: 4000 }) // second after 2 s more
    expect((await assessmentsRepo.get(a.id))?.title).toBe('Толық диск')
  })
})
