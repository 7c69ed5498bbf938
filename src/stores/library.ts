import { acceptHMRUpdate, defineStore } from 'pinia'
import { assessmentsRepo } from '@/db/assessments'
import { createAssessment } from '@/domain/factories'
import { duplicateAssessment } from '@/domain/operations'
import type { Assessment, AssessmentKind, Language } from '@/domain/model'
import { useLiveQuery } from '@/composables/useLiveQuery'

export const useLibraryStore = defineStore('library', () => {
  const active = useLiveQuery(() => assessmentsRepo.listActive(), [] as Assessment[])
  const trash = useLiveQuery(() => assessmentsRepo.listTrash(), [] as Assessment[])

  async function create(kind: AssessmentKind, language: Language): Promise<string> {
    const assessment = createAssessment({ kind, language })
    await assessmentsRepo.put(assessment)
    return assessment.id
  }

  /** Saves an editable copy of any assessment (also a read-only example) and returns its id. */
  async function duplicate(source: Assessment, titleSuffix = ''): Promise<string> {
    const copy = duplicateAssessment(source, Date.now(), titleSuffix)
    await assessmentsRepo.put(copy)
    return copy.id
  }

  return {
    active: active.data,
    activeLoaded: active.loaded,
    trash: trash.data,
    create,
    duplicate,
    moveToTrash: (id: string) => assessmentsRepo.moveToTrash(id),
    restore: (id: string) => assessmentsRepo.restore(id),
    deleteForever: (id: string) => assessmentsRepo.deleteForever(id),
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))
