/**
 * The open editor and a change from the teacher's other device (the workspace's sync wrote the row, even
 * with an older clock than this device's last save): shown at once, merged with what is being typed, and
 * the next save goes through without a conflict; another tab's save still meets the conflict as before.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import Dexie from 'dexie'
import { AUTOSAVE_DELAY_MS, useEditorStore } from '@/stores/editor'
import { assessmentsRepo, saveAssessmentContent } from '@/db/assessments'
import { DATABASE_NAME, resetDbForTests } from '@/db/database'
import { createAssessment } from '@/domain/factories'
import { updateHeader } from '@/domain/operations'

beforeEach(async () => {
  setActivePinia(createPinia())
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})

async function openSaved() {
  const a = { ...createAssessment({ kind: 'unit', now: 1_000 }), title: 'Бірінші', subject: 'Биология' }
  await assessmentsRepo.put(a)
  const editor = useEditorStore()
  await editor.open(a.id)
  editor.edit((x) => updateHeader(x, { subject: 'Биология, 7' }), 'header/subject')
  await vi.waitFor(() => expect(editor.saveState).toBe('saved'), { timeout: AUTOSAVE_DELAY_MS + 10_000 })
  return { editor, a: (await assessmentsRepo.get(a.id))! }
}

describe('editor: a change from the other device', () => {
  it('shows the other device’s title at once, though its clock is older than this save', async () => {
    const { editor, a } = await openSaved()
    await assessmentsRepo.putFromSync({ ...a, title: 'Екінші құрылғыдан', updatedAt: 500 })
    await vi.waitFor(() => expect(editor.assessment?.title).toBe('Екінші құрылғыдан'))
    expect(editor.assessment?.subject).toBe('Биология, 7')

    editor.edit((x) => updateHeader(x, { subject: 'Биология, 8' }), 'header/subject')
    await vi.waitFor(() => expect(editor.saveState).toBe('saved'), { timeout: AUTOSAVE_DELAY_MS + 10_000 })
    const row = await assessmentsRepo.get(a.id)
    expect([row?.title, row?.subject]).toEqual(['Екінші құрылғыдан', 'Биология, 8'])
    expect(editor.conflict).toBeNull()
  })

  it('merges a change arriving while the teacher types another field, and saves both', async () => {
    const { editor, a } = await openSaved()
    editor.edit((x) => updateHeader(x, { subject: 'Химия' }), 'header/subject')
    await assessmentsRepo.putFromSync({ ...a, title: 'Екінші құрылғыдан', updatedAt: 500 })
    await vi.waitFor(() => expect(editor.assessment?.title).toBe('Екінші құрылғыдан'))
    expect(editor.assessment?.subject).toBe('Химия')
    await vi.waitFor(() => expect(editor.saveState).toBe('saved'), { timeout: AUTOSAVE_DELAY_MS + 10_000 })
    const row = await assessmentsRepo.get(a.id)
    expect([row?.title, row?.subject]).toEqual(['Екінші құрылғыдан', 'Химия'])
    expect(editor.conflict).toBeNull()
  })

  it('keeps another tab’s save a conflict for the teacher to decide', async () => {
    const { editor, a } = await openSaved()
    editor.edit((x) => updateHeader(x, { subject: 'Химия' }), 'header/subject')
    await saveAssessmentContent({ ...a, title: 'Басқа бет' }, a.updatedAt + 10, a.updatedAt)
    await vi.waitFor(() => expect(editor.saveState).toBe('conflict'), { timeout: AUTOSAVE_DELAY_MS + 10_000 })
    expect(editor.conflict?.title).toBe('Басқа бет')
  })
})
