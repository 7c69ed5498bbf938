import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import Dexie from 'dexie'
import { DATABASE_NAME, resetDbForTests } from '@/db/database'
import { reviewsRepo } from '@/db/reviews'
import { createAssessment } from '@/domain/factories'
import type { Assessment } from '@/domain/model'
import { versionToSend } from '@/domain/review/versions'

const built: Assessment[] = []
const options: { rubricEdits?: unknown }[] = []
vi.mock('@/export/docx/build', () => ({
  buildDocx: async (a: Assessment, o: { rubricEdits?: unknown }) => {
    built.push(a)
    options.push(o)
    return new Blob(['docx'])
  },
}))
beforeEach(async () => {
  setActivePinia(createPinia())
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
  built.length = 0
  URL.createObjectURL = () => 'blob:x'
  URL.revokeObjectURL = () => undefined
})

describe('print store', () => {
  it('prints an approved document edited since its approval as a draft, and one unchanged as approved', async () => {
    const { usePrintStore } = await import('@/stores/print')
    const approved = { ...createAssessment({ kind: 'unit' }), title: 'Бекітілген', status: 'approved' as const }
    await reviewsRepo.submit(versionToSend(approved, [], { name: 'Дана', school: '' }, 1), 'approved')
    const edited = { ...approved, title: 'Бекітілгеннен кейін өзгертілген' }
    const name = await usePrintStore().download(edited, {} as never)
    expect(name).toMatch(/\.docx$/)
    await usePrintStore().download(approved, {} as never)
    expect(built.map((b) => b.status)).toEqual(['draft', 'approved'])
  })

  it("prints the teacher's own parent-rubric wording", async () => {
    const { usePrintStore } = await import('@/stores/print')
    const a = { ...createAssessment({ kind: 'unit' }), rubricEdits: { c1: { criterionText: 'К', cells: { low: 'өз сөзім' } } } }
    await usePrintStore().download(a, {} as never)
    expect(options.at(-1)?.rubricEdits).toEqual(a.rubricEdits)
  })
})
