/**
 * The open document: its undo history, autosave and save state. Every edit is a pure domain
 * operation applied to the present state; saving is debounced and flushed when the tab is hidden.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { assessmentsRepo, saveAssessmentContent } from '@/db/assessments'
import * as history from '@/domain/history'
import type { Assessment } from '@/domain/model'

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'
export const AUTOSAVE_DELAY_MS = 400
/** Continuous typing still saves at least this often, so a crashed tab loses at most about a second. */
export const AUTOSAVE_MAX_WAIT_MS = 1000

export const useEditorStore = defineStore('editor', () => {
  const state = shallowRef<history.History<Assessment> | null>(null)
  const readOnly = ref(false)
  const loadError = ref<'notFound' | null>(null)
  const saveState = ref<SaveState>('idle')
  const saveError = ref<string>('')
  let timer: ReturnType<typeof setTimeout> | null = null
  let pendingSince = 0
  let dirty = false
  let saving: Promise<void> | null = null

  const assessment = computed(() => state.value?.present ?? null)
  const canUndo = computed(() => !readOnly.value && state.value !== null && history.canUndo(state.value))
  const canRedo = computed(() => !readOnly.value && state.value !== null && history.canRedo(state.value))

  async function open(id: string): Promise<void> {
    await flush()
    const found = await assessmentsRepo.get(id)
    show(found ?? null, false)
    loadError.value = found ? null : 'notFound'
  }

  /** Shows a document that is not in the database (a worked example), read-only. */
  function openReadOnly(a: Assessment): void {
    show(a, true)
  }

  function show(a: Assessment | null, isReadOnly: boolean): void {
    state.value = a ? history.createHistory(a) : null
    readOnly.value = isReadOnly
    saveState.value = 'idle'
    loadError.value = null
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
    const now = Date.now()
    if (!timer) pendingSince = now
    dirty = true
    saveState.value = 'saving'
    if (timer) clearTimeout(timer)
    const delay = Math.min(AUTOSAVE_DELAY_MS, Math.max(0, AUTOSAVE_MAX_WAIT_MS - (now - pendingSince)))
    timer = setTimeout(() => void flush(), delay)
  }

  /** Saves now if anything is unsaved; resolves when the data is in IndexedDB. */
  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer)
      timer = null
    }
    if (saving) await saving
    if (!dirty || !state.value || readOnly.value) return
    dirty = false
    const snapshot = state.value.present
    const started = performance.now()
    saving = saveAssessmentContent(snapshot)
      .then(() => {
        // read by the editor benchmark (bench/browser): how long one save of the whole document takes
        performance.measure('bagalau:save', { start: started })
        if (!dirty) saveState.value = 'saved'
        saveError.value = ''
      })
      .catch((e: unknown) => {
        dirty = true
        saveState.value = 'failed'
        saveError.value = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
      })
      .finally(() => {
        saving = null
      })
    await saving
  }

  function close(): Promise<void> {
    return flush()
  }

  return { assessment, readOnly, loadError, saveState, saveError, canUndo, canRedo, open, openReadOnly, edit, undo, redo, flush, close }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useEditorStore, import.meta.hot))
