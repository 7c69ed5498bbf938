/**
 * The open document: its undo history, autosave and save state. Every edit is a pure domain
 * operation applied to the present state. Every change is copied to localStorage once its frame is drawn, or when the
 * page is left first (stores/unsavedCopies); the database save follows the policy of domain/savePolicy (debounced,
 * retried, stopped by another tab's save) and is flushed when the tab is hidden.
 * A change from the teacher's other device (the workspace's sync wrote the row) is taken in at once, merged with
 * what is being typed (domain/remoteChange), and the next save goes on from it.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { assessmentsRepo, cameFromSync, saveAssessmentContent, syncArrivalTaken } from '@/db/assessments'
import * as history from '@/domain/history'
import { forgetUnsaved, keepUnsaved, keepUnsavedSoon, unsavedCopy } from './unsavedCopies'
import type { Assessment, Language } from '@/domain/model'
import { duplicateAssessment } from '@/domain/operations'
import { hasUnsaved, initialSavePolicy, isQuotaError, documentMark, mayStartSave, onSaveEvent, sameDocument, takesOtherTab, type SavePolicy, type SaveEvent } from '@/domain/savePolicy'
import { mergeRemote, onRemoteRow } from '@/domain/remoteChange'
import { useLiveQueryOf } from '@/composables/useLiveQuery'
import { storedWriting } from '@/storage/browserStorage'

export type { SaveStatus as SaveState } from '@/domain/savePolicy'
export { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, isQuotaError, retryDelayMs } from '@/domain/savePolicy'
/** Why the last save failed: a full disk (quota) or any other write failure. */
export type SaveProblem = 'quota' | 'write'

export const useEditorStore = defineStore('editor', () => {
  const state = shallowRef<history.History<Assessment> | null>(null)
  const readOnly = ref(false)
  const loadError = ref<'notFound' | null>(null)
  /** When to save, retry or wait for the teacher: decided by domain/savePolicy, carried out here. */
  const policy = shallowRef<SavePolicy>(initialSavePolicy())
  const saveState = computed(() => policy.value.status)
  /** Something typed is not in the database yet (its copy is in localStorage): leaving the page warns. */
  const unsaved = computed(() => !readOnly.value && hasUnsaved(policy.value))
  const saveError = ref<string>('')
  const saveProblem = ref<SaveProblem | null>(null)
  /** The other tab's version while saveState is 'conflict'. */
  const conflict = shallowRef<Assessment | null>(null)
  /** The document as the editor and the database last agreed on it (the base of a merge with another device's change). */
  let agreed: Assessment | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let saving: Promise<void> | null = null
  /** The mark of a save the page before this one (reloaded, closed) started and never saw finish. */
  let earlierPageWrite: string | null = null
  /** The assessment whose row is followed for other tabs' saves. */
  const followed = ref<string | null>(null)
  const stored = useLiveQueryOf(() => followed.value, (_db, id) => assessmentsRepo.get(id), undefined as Assessment | undefined)
  /** Other tabs' saves cannot be followed (the database cannot be read); shown beside the save state. */
  const followError = computed(() => stored.error.value)

  function on(event: SaveEvent): void {
    policy.value = onSaveEvent(policy.value, event)
    if (timer) clearTimeout(timer)
    timer = null
    const due = policy.value.dueAt
    if (due !== null) timer = setTimeout(() => void flush(), Math.max(0, due - Date.now()))
  }

  const assessment = computed(() => state.value?.present ?? null)
  /**
   * The document's language, changed only when it changes: every task's descriptors and parts letter in it, and a
   * computed of the document here would wake those hundred lists at every keystroke.
   */
  const language = shallowRef<Language>(state.value?.present.language ?? 'kk')
  watch(() => state.value?.present.language ?? 'kk', (l) => (language.value = l), { flush: 'sync' })
  const canUndo = computed(() => !readOnly.value && state.value !== null && history.canUndo(state.value))
  const canRedo = computed(() => !readOnly.value && state.value !== null && history.canRedo(state.value))

  async function open(id: string): Promise<void> {
    await flush()
    const found = await assessmentsRepo.get(id)
    // text typed before a reload, a closed tab or while the disk was full goes back to the database now
    const kept = found ? unsavedCopy(id) : null
    earlierPageWrite = kept ? storedWriting.read(id) : null
    // an assessment in the trash opens read-only (restoring it makes it editable again)
    const inTrash = !!found && found.deletedAt !== null
    show(inTrash ? found : (kept ?? found ?? null), inTrash, found?.updatedAt ?? null, !inTrash && kept !== null)
    loadError.value = found ? null : 'notFound'
    agreed = found ?? null
    if (found) followed.value = id
  }

  /** Shows a document that is not in the database (a worked example), read-only. */
  function openReadOnly(a: Assessment): void {
    show(a, true)
  }

  function show(a: Assessment | null, isReadOnly: boolean, base: number | null = a?.updatedAt ?? null, unsavedKept = false): void {
    followed.value = null
    state.value = a ? history.createHistory(a) : null
    agreed = a
    readOnly.value = isReadOnly
    saveProblem.value = null
    conflict.value = null
    loadError.value = null
    on({ type: 'opened', base, unsaved: unsavedKept, at: Date.now() })
  }

  // A save from another tab shows here at once when this tab has nothing unsaved; else the next save reports a conflict.
  watch(stored.data, (row) => {
    if (!row || !state.value || readOnly.value || row.id !== state.value.present.id) return
    if (cameFromSync(row)) return takeFromOtherDevice(row)
    if (!takesOtherTab(policy.value, row.updatedAt)) return
    state.value = history.record(state.value, row, null, Date.now())
    agreed = row
    on({ type: 'otherTabTaken', updatedAt: row.updatedAt })
  }, { flush: 'sync' })

  /** The teacher's other device changed this assessment: shown at once, merged with what is typed here. */
  function takeFromOtherDevice(row: Assessment): void {
    const p = policy.value
    if (!state.value || !agreed || p.status === 'conflict') return
    const decision = onRemoteRow({ agreed, present: state.value.present, dirty: p.dirty, inFlight: p.inFlight }, row)
    // a save being written: looked at again when it is done
    if (decision.kind === 'wait') return
    syncArrivalTaken(row)
    agreed = row
    if (decision.kind !== 'same') state.value = history.record(state.value, decision.document, null, Date.now())
    if (decision.kind === 'merge') keepUnsaved(state.value.present)
    on({ type: 'otherTabTaken', updatedAt: row.updatedAt })
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

  /** Every change is copied to localStorage once its frame is drawn, or when the page is left first (see unsavedCopies). */
  function scheduleSave(): void {
    if (state.value) keepUnsavedSoon(state.value.present)
    on({ type: 'edited', at: Date.now() })
  }

  /** Saves now if anything is unsaved; resolves when the data is in IndexedDB (or the save failed). */
  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    if (saving) await saving
    if (!state.value || readOnly.value || !mayStartSave(policy.value)) return
    const snapshot = state.value.present
    const base = policy.value.base
    on({ type: 'saveStarted' })
    storedWriting.write(snapshot.id, documentMark(snapshot))
    const started = performance.now()
    saving = saveAssessmentContent(snapshot, Date.now(), base ?? undefined)
      .then((result) => {
        // read by the editor benchmark (bench/browser/run.mjs): one save of the whole document
        performance.measure('bagalau:save', { start: started })
        saveProblem.value = null
        saveError.value = ''
        const written = result.ok ? result.updatedAt : sameDocument(result.theirs, snapshot) ? result.theirs.updatedAt : null
        storedWriting.remove(snapshot.id)
        if (!result.ok && written === null && earlierPageWrite !== null && documentMark(result.theirs) === earlierPageWrite) {
          // the row is the earlier page's own last save, landed after this page read it: older than the kept copy
          earlierPageWrite = null
          on({ type: 'conflicted' })
          on({ type: 'keptMine', theirs: result.theirs.updatedAt })
          on({ type: 'edited', at: Date.now() })
        } else if (!result.ok && written === null && cameFromSync(result.theirs) && state.value?.present.id === snapshot.id) {
          // the other device's change landed first: merged in, and saved again over it
          const theirs = result.theirs
          syncArrivalTaken(theirs)
          state.value = history.record(state.value, mergeRemote(agreed ?? snapshot, state.value.present, theirs), null, Date.now())
          agreed = theirs
          keepUnsaved(state.value.present)
          on({ type: 'conflicted' })
          on({ type: 'keptMine', theirs: theirs.updatedAt })
          on({ type: 'edited', at: Date.now() })
        } else if (written !== null) {
          agreed = { ...snapshot, updatedAt: written }
          on({ type: 'saved', updatedAt: written })
          // the copy holds the latest text: it goes only when that text is in the database
          if (!policy.value.dirty) forgetUnsaved(snapshot.id)
        } else if (!result.ok) {
          conflict.value = result.theirs
          on({ type: 'conflicted' })
        }
      })
      .catch((e: unknown) => {
        keepUnsaved(state.value?.present.id === snapshot.id ? state.value.present : snapshot)
        saveProblem.value = isQuotaError(e) ? 'quota' : 'write'
        saveError.value = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
        on({ type: 'failed', at: Date.now() })
      })
      .finally(() => {
        saving = null
        // a change from the other device that came while this save was written
        const row = stored.data.value
        if (row && cameFromSync(row) && state.value?.present.id === row.id && !readOnly.value) takeFromOtherDevice(row)
      })
    await saving
  }

  /** Conflict choice: write this tab's text over the other tab's save. */
  async function keepMine(): Promise<void> {
    if (!conflict.value) return
    const theirs = conflict.value.updatedAt
    conflict.value = null
    on({ type: 'keptMine', theirs })
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
    agreed = theirs
    conflict.value = null
    forgetUnsaved(theirs.id)
    on({ type: 'tookTheirs', theirs: theirs.updatedAt })
    return copy.id
  }

  function close(): Promise<void> {
    return flush()
  }

  return {
    assessment,
    language,
    readOnly,
    loadError,
    saveState,
    unsaved,
    followError,
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
