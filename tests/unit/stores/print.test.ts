import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createAssessment } from '@/domain/factories'
import type { Assessment } from '@/domain/model'

const built: Assessment[] = []
const options: { rubricEdits?: unknown }[] = []
vi.mock('@/export/docx/build', () => ({
  buildDocx: async (a: Assessment, o: { rubricEdits?: unknown }) => {
    built.push(a)
    options.push(o)
    return new Blob(['docx'])
  },
}))
// the review summary says: approved once, edited since (its content no longer matches the approved version)
vi.mock('@/stores/reviewSummary', () => ({ useReviewSummaryStore: () => ({ statusOf: () => 'draft' }) }))

beforeEach(() => {
  setActivePinia(createPinia())
  built.length = 0
  URL.createObjectURL = () => 'blob:x'
  URL.revokeObjectURL = () => undefined
})

describe('print store', () => {
  it('prints an approved document edited since its approval as a draft', async () => {
    const { usePrintStore } = await import('@/stores/print')
    const a = { ...createAssessment({ kind: 'unit' }), status: 'approved' as const }
    const name = await usePrintStore().download(a, {} as never)
    expect(name).toMatch(/\.docx$/)
    expect(built.map((b) => b.status)).toEqual(['draft'])
  })

  it("prints the teacher's own parent-rubric wording", async () => {
    const { usePrintStore } = await import('@/stores/print')
    const a = { ...createAssessment({ kind: 'unit' }), rubricEdits: { c1: { criterionText: 'К', cells: { low: 'өз сөзім' } } } }
    await usePrintStore().download(a, {} as never)
    expect(options.at(-1)?.rubricEdits).toEqual(a.rubricEdits)
  })
})
