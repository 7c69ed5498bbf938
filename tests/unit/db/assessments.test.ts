import { beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { assessmentsRepo, saveAssessmentContent } from '@/db/assessments'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { createAssessment } from '@/domain/factories'

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})

describe('assessments repository', () => {
  it('stores, lists by last change and keeps Kazakh letters', async () => {
    const a = { ...createAssessment({ kind: 'unit', now: 1 }), title: 'Ә ғ қ ң ө ұ ү һ і', updatedAt: 1 }
    const b = { ...createAssessment({ kind: 'term', now: 2 }), updatedAt: 2 }
    await assessmentsRepo.put(a)
    await assessmentsRepo.put(b)
    const list = await assessmentsRepo.listActive()
    expect(list.map((x) => x.id)).toEqual([b.id, a.id])
    expect((await assessmentsRepo.get(a.id))?.title).toBe('Ә ғ қ ң ө ұ ү һ і')
  })

  it('moves to the trash and restores', async () => {
    const a = createAssessment({ kind: 'unit' })
    await assessmentsRepo.put(a)
    await assessmentsRepo.moveToTrash(a.id, 10)
    expect(await assessmentsRepo.listActive()).toEqual([])
    expect((await assessmentsRepo.listTrash()).map((x) => x.deletedAt)).toEqual([10])
    await assessmentsRepo.restore(a.id)
    expect((await assessmentsRepo.listActive()).map((x) => x.id)).toEqual([a.id])
    expect(await assessmentsRepo.listTrash()).toEqual([])
  })

  it('deletes forever with its pictures', async () => {
    const a = createAssessment({ kind: 'unit' })
    await assessmentsRepo.put(a)
    await db().pictures.put({ id: 'p1', assessmentId: a.id, blob: new Blob(['x']), mimeType: 'image/png' })
    await assessmentsRepo.deleteForever(a.id)
    expect(await assessmentsRepo.get(a.id)).toBeUndefined()
    expect(await db().pictures.count()).toBe(0)
  })

  it('saving content does not undo a trash move made meanwhile', async () => {
    const a = createAssessment({ kind: 'unit' })
    await assessmentsRepo.put(a)
    await assessmentsRepo.moveToTrash(a.id, 50)
    await saveAssessmentContent({ ...a, title: 'edited' }, 60)
    const saved = await assessmentsRepo.get(a.id)
    expect(saved).toMatchObject({ title: 'edited', deletedAt: 50, updatedAt: 60 })
  })
})
