import { acceptHMRUpdate, defineStore } from 'pinia'
import { onScopeDispose, shallowRef } from 'vue'
import { dataLayer, dataLayerAsked, loadDataLayerAfter } from '@/db/lazy'
import { firstRead, keepUnchanged } from '@/db/firstRead'
import { storedLastBackupAt } from '@/storage/browserStorage'
import type { Assessment, AssessmentKind, Language } from '@/domain/model'
import { useLiveQuery } from '@/composables/useLiveQuery'

export const useLibraryStore = defineStore('library', () => {
  const active = activeList()
  const trash = useLiveQuery((db) => db.assessmentsRepo.listTrash(), [] as Assessment[])
  const repo = async () => (await dataLayer()).assessmentsRepo

  async function create(kind: AssessmentKind, language: Language): Promise<string> {
    // the editing code loads with the first new or copied assessment, not with the library's list
    const { createAssessment } = await import('@/domain/factories')
    const assessment = createAssessment({ kind, language })
    await (await repo()).put(assessment)
    return assessment.id
  }

  /** Saves an editable copy of any assessment (also a read-only example) and returns its id. */
  async function duplicate(source: Assessment, titleSuffix = ''): Promise<string> {
    const { duplicateAssessment } = await import('@/domain/operations')
    const copy = duplicateAssessment(source, Date.now(), titleSuffix)
    await (await repo()).put(copy)
    return copy.id
  }

  /** Saves a new assessment made elsewhere (a new variant) and returns its id. */
  async function saveNew(a: Assessment): Promise<string> {
    await (await repo()).put(a)
    return a.id
  }

  return {
    active: active.data,
    activeLoaded: active.loaded,
    /** How many active assessments there are, also while `active` holds only the first screen of them. */
    activeTotal: active.total,
    /** Whether `active` holds every active assessment (false while only the first read's screenful is in). */
    activeComplete: active.complete,
    activeError: active.error,
    trash: trash.data,
    create,
    duplicate,
    saveNew,
    moveToTrash: async (id: string) => (await repo()).moveToTrash(id),
    restore: async (id: string) => (await repo()).restore(id),
    deleteForever: async (id: string) => (await repo()).deleteForever(id),
  }
})

/**
 * The active assessments, most recently changed first, following the database: after the first read only the rows
 * that changed are read again (assessmentsRepo.observeActive), so a move to the trash in a library of 2,000 patches
 * the list instead of re-reading it. The very first list is read without Dexie (db/firstRead.ts) and drawn before the
 * database code starts loading: only the first screen of cards and the count (a library of 2,000 is drawn as soon as
 * one of 24). Dexie's whole list then takes over, keeping the rows that did not change.
 */
function activeList() {
  const data = shallowRef<Assessment[]>([])
  const error = shallowRef<unknown>(null)
  const loaded = shallowRef(false)
  const total = shallowRef(0)
  const complete = shallowRef(false)
  let subscription: { unsubscribe(): void } | undefined
  let closed = false
  let first: Assessment[] = []
  const failed = (e: unknown) => {
    error.value = e
    loaded.value = true
  }
  // the library opened after another page: the database code is here or on its way, read with it alone
  const drawn = (dataLayerAsked() ? Promise.resolve(null) : firstRead(storedLastBackupAt.read())).then((read) => {
    if (closed || !read || loaded.value) return
    first = read.active
    data.value = read.active
    total.value = read.activeCount
    complete.value = read.active.length >= read.activeCount
    loaded.value = true
    return afterPaint()
  })
  loadDataLayerAfter(drawn)
  dataLayer().then((db) => {
    if (closed) return
    subscription = db.assessmentsRepo.observeActive().subscribe({
      next: (list) => {
        data.value = keepUnchanged(first, list)
        total.value = list.length
        complete.value = true
        first = []
        error.value = null
        loaded.value = true
      },
      error: failed,
    })
  }, failed)
  onScopeDispose(() => {
    closed = true
    subscription?.unsubscribe()
  })
  return { data, error, loaded, total, complete }
}

/** Resolves once the browser has drawn the next frame (the list just set is on screen); a hidden tab draws no frames. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.hidden) return resolve()
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))
