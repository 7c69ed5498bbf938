/**
 * The open document: its undo history, autosave and save state. Every edit is a pure domain
 * operation applied to the present state; saving is debounced and flushed when the tab is hidden.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { assessmentsRepo, saveAssessmentContent } from '@/db/assessments'
import * as history from '@/domain/history'
import { forgetUnsaved, keepUnsaved, unsavedCopy } from './unsavedCopies'
import type { Assessment } from '@/domain/model'
import { duplicateAssessment } from '@/domain/operations'
import { observe } from '@/db/live'

/** `conflict`: another tab saved this assessment since this tab last read it; the teacher chooses. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict'
/** Why the last save failed: a full disk (quota) or any other write failure. */
export type SaveProblem = 'quota' | 'write'
export const AUTOSAVE_DELAY_MS = 400
/** Continuous typing still saves at least this often, so a crashed tab loses at most about a second. */
export const AUTOSAVE_MAX_WAIT_MS = 1000

/** Wait before the n-th automatic retry of a failed save (n from 1): 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1))
}

/** True for a full disk, also when Dexie wraps the browser's QuotaExceededError in an abort. */
export function isQuotaError(e: unknown): boolean {
  const named = (x: unknown) => typeof x === 'object' && x !== null && /quota/i.test(String((x as { name?: unknown }).name))
  return named(e) || named((e as { inner?: unknown } | null)?.inner)
}

export const useEditorStore = defineStore('editor', () => {
  const state = shallowRef<history.History<Assessment> | null>(null)
  const readOnly = ref(false)
  const loadError = ref<'notFound' | null>(null)
  const saveState = ref<SaveState>('idle')
  const saveError = ref<string>('')
  const saveProblem = ref<SaveProblem | null>(null)
  /** The other tab's version while saveState is 'conflict'. */
  const conflict = shallowRef<Assessment | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let failures = 0
  let pendingSince = 0
  let dirty = false
  let saving: Promise<void> | null = null
  /** The row's updatedAt as this tab last read or wrote it: a different one in the database means another writer. */
  let baseUpdatedAt: number | null = null
  let watching: { unsubscribe(): void } | null = null

  const assessment = computed(() => state.value?.present ?? null)
  const canUndo = computed(() => !readOnly.value && state.value !== null && history.canUndo(state.value))
  const canRedo = computed(() => !readOnly.value && state.value !== null && history.canRedo(state.value))

  async function open(id: string): Promise<void> {
    await flush()
    // a save that still fails: keep the text before this document leaves the screen
    if (dirty && state.value && !readOnly.value) keepUnsaved(state.value.present)
    const found = await assessmentsRepo.get(id)
    const kept = found ? unsavedCopy(id) : null
    show(kept ?? found ?? null, false)
    loadError.value = found ? null : 'notFound'
    if (!found) return
    if (kept) {
      // the copy kept while the disk was full goes back to the database now
      baseUpdatedAt = found.updatedAt
      scheduleSave()
    }
    watchOtherTabs(id)
  }

  /** Shows a document that is not in the database (a worked example), read-only. */
  function openReadOnly(a: Assessment): void {
    show(a, true)
  }

  function show(a: Assessment | null, isReadOnly: boolean): void {
    watching?.unsubscribe()
    watching = null
    clearTimers()
    state.value = a ? history.createHistory(a) : null
    readOnly.value = isReadOnly
    saveState.value = 'idle'
    saveProblem.value = null
    conflict.value = null
    loadError.value = null
    baseUpdatedAt = a?.updatedAt ?? null
    dirty = false
    failures = 0
  }

  /** A save from another tab shows here at once when this tab has nothing unsaved; else the next save reports a conflict. */
  function watchOtherTabs(id: string): void {
    watching = observe(() => assessmentsRepo.get(id)).subscribe({
      next: (row) => {
        if (!row || !state.value || readOnly.value || row.id !== state.value.present.id) return
        if (baseUpdatedAt === null || row.updatedAt <= baseUpdatedAt || dirty || saving || conflict.value) return
        state.value = history.record(state.value, row, null, Date.now())
        baseUpdatedAt = row.updatedAt
      },
      error: () => undefined,
    })
  }

  /**
   * Applies a pure edit. `coalesceKey` names the field being typed into, so that a burst of typing
   * becomes one undo step.
   */
  function edit(change: (a: Assessment) => Assessment, coalesceKey: string | null = null): void {
    if (!state.value || readOnly.value) return
    const next = change(state.value.present)
    if (next === state.value.present) return
    state.value = history.record(state.value, next, coalesceKey, Date.now())
    scheduleSave()
  }

  /**
   * Sets the review status in every state of the history, so undo never brings back an old status
   * (the status follows the mentor's verdict, it is not an edit of the teacher's).
   */
  function setStatus(status: Assessment['status']): void {
    if (!state.value || readOnly.value || state.value.present.status === status) return
    const withStatus = (a: Assessment) => (a.status === status ? a : { ...a, status })
    const h = state.value
    state.value = { ...h, past: h.past.map(withStatus), present: withStatus(h.present), future: h.future.map(withStatus) }
    scheduleSave()
  }

  function undo(): void {
    if (!state.value || !canUndo.value) return
    state.value = history.undo(state.value)
    scheduleSave()
  }

  function redo(): void {
    if (!state.value || !canRedo.value) return
    state.value = history.redo(state.value)
    scheduleSave()
  }

  function scheduleSave(): void {
    dirty = true
    // a conflict waits for the teacher's choice; a failed save waits for its retry (the text stays on screen)
    if (saveState.value === 'conflict' || (saveState.value === 'failed' && retryTimer)) return
    const now = Date.now()
    if (!timer) pendingSince = now
    saveState.value = 'saving'
    if (timer) clearTimeout(timer)
    const delay = Math.min(AUTOSAVE_DELAY_MS, Math.max(0, AUTOSAVE_MAX_WAIT_MS - (now - pendingSince)))
    timer = setTimeout(() => void flush(), delay)
  }

  function clearTimers(): void {
    if (timer) clearTimeout(timer)
    if (retryTimer) clearTimeout(retryTimer)
    timer = null
    retryTimer = null
  }

  /** Saves now if anything is unsaved; resolves when the data is in IndexedDB (or the save failed). */
  async function flush(): Promise<void> {
    clearTimers()
    if (saving) await saving
    if (!dirty || !state.value || readOnly.value || conflict.value) return
    dirty = false
    const snapshot = state.value.present
    const started = performance.now()
    saving = saveAssessmentContent(snapshot, Date.now(), baseUpdatedAt ?? undefined)
      .then((result) => {
        // read by the editor benchmark (bench/browser/run.mjs): one save of the whole document
        performance.measure('bagalau:save', { start: started })
        failures = 0
        saveProblem.value = null
        saveError.value = ''
        if (result.ok) {
          baseUpdatedAt = result.updatedAt
          forgetUnsaved(snapshot.id)
          if (!dirty) saveState.value = 'saved'
        } else {
          dirty = true
          conflict.value = result.theirs
          saveState.value = 'conflict'
        }
      })
      .catch((e: unknown) => {
        dirty = true
        failures += 1
        keepUnsaved(state.value?.present.id === snapshot.id ? state.value.present : snapshot)
        saveState.value = 'failed'
        saveProblem.value = isQuotaError(e) ? 'quota' : 'write'
        saveError.value = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
        retryTimer = setTimeout(() => {
          retryTimer = null
          void flush()
        }, retryDelayMs(failures))
      })
      .finally(() => {
        saving = null
      })
    await saving
  }

  /** Conflict choice: write this tab's text over the other tab's save. */
  async function keepMine(): Promise<void> {
    if (!conflict.value) return
    baseUpdatedAt = conflict.value.updatedAt
    conflict.value = null
    dirty = true
    saveState.value = 'saving'
    await flush()
  }

  /**
   * Conflict choice: show the other tab's version here and keep this tab's text as a copy in the
   * library (titled with `copySuffix`), so nothing typed is dropped. Returns the copy's id.
   */
  async function takeTheirs(copySuffix: string): Promise<string | null> {
    const theirs = conflict.value
    if (!theirs || !state.value) return null
    const copy = duplicateAssessment(state.value.present, Date.now(), copySuffix)
    await assessmentsRepo.put(copy)
    state.value = history.record(state.value, theirs, null, Date.now())
    baseUpdatedAt = theirs.updatedAt
    conflict.value = null
    dirty = false
    saveState.value = 'saved'
    return copy.id
  }

  function close(): Promise<void> {
    return flush()
  }

  return {
    assessment,
    readOnly,
    loadError,
    saveState,
    saveError,
    saveProblem,
    conflict,
    canUndo,
    canRedo,
    open,
    openReadOnly,
    edit,
    setStatus,
    undo,
    redo,
    flush,
    close,
    keepMine,
    takeTheirs,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useEditorStore, import.meta.hot))
