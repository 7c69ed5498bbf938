/**
 * Data care: backup to a file, restore with a preview, storage use and persistence, the backup
 * reminder and the start-up clean-up of the trash. Settings live in localStorage (src/storage/browserStorage.ts):
 * when the last backup was made and after how many days to remind.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { BackupProgress, MergePlan, RestoreMode } from '@/db/backup'
import { dataLayer } from '@/db/lazy'
import { firstReadIfStarted, type Unbacked } from '@/db/firstRead'
import { backupDue, normalizeRemindDays } from '@/domain/dataCare'
import type { ParsedBackup } from '@/exchange/backup/backupFile'
import { BackupFileError } from '@/exchange/backup/errors'
import { useLiveQueryOf } from '@/composables/useLiveQuery'
import { storedBackupRemindDays, storedLastBackupAt } from '@/storage/browserStorage'

// backup and restore code (dexie-export-import, valibot) loads only when used, never on the first page
const loadBackup = () => Promise.all([import('@/db/backup'), import('@/exchange/backup/backupFile')])

export type { BackupFileError, MergePlan, RestoreMode, ParsedBackup }

export const useDataStore = defineStore('data', () => {
  // storage full or blocked: the settings last for this visit
  const lastBackupAt = ref<number | null>(storedLastBackupAt.read())
  const remindAfterDays = ref(storedBackupRemindDays.read())
  const now = ref(Date.now())
  // asked again when a backup is made: a new object each time the time of the last backup changes
  const sinceBackup = useLiveQueryOf(() => ({ since: lastBackupAt.value }), (db, { since }) => db.oldestChangeAfter(since), null as number | null)
  // the library's first read (before the database code has loaded) has it too: the reminder is drawn with the list
  const firstUnbacked = shallowRef<Unbacked | null>(null)
  void firstReadIfStarted().then((read) => (firstUnbacked.value = read?.unbacked ?? null))
  const oldestUnbacked = computed(() => {
    if (sinceBackup.loaded.value) return sinceBackup.data.value
    const first = firstUnbacked.value
    return first && first.since === lastBackupAt.value ? first.oldest : null
  })
  const reminderDue = computed(() => backupDue(oldestUnbacked.value, now.value, remindAfterDays.value))

  const backupProgress = shallowRef<BackupProgress | null>(null)
  const restoreProgress = shallowRef<BackupProgress | null>(null)
  const preview = shallowRef<ParsedBackup | null>(null)
  /** What a merge of the previewed file would do; null while it is being worked out. */
  const mergePlan = shallowRef<MergePlan | null>(null)
  const fileError = shallowRef<BackupFileError | null>(null)
  const reading = ref(false)
  const storage = shallowRef<{ usage: number; quota: number } | null>(null)
  const persisted = ref<boolean | null>(null)
  const persistDenied = ref(false)
  let startedUp = false

  /** Once per app start: empties expired trash entries and reads the storage state. */
  async function startUp(): Promise<void> {
    if (startedUp) return
    startedUp = true
    const layer = await dataLayer()
    void layer.removeRestoreLeftovers().catch(() => [])
    await layer.purgeExpiredTrash().catch(() => [])
    await refreshStorage()
  }

  async function refreshStorage(): Promise<void> {
    now.value = Date.now()
    const manager = typeof navigator !== 'undefined' ? navigator.storage : undefined
    if (!manager?.estimate) return
    const estimate = await manager.estimate().catch(() => null)
    storage.value = estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null
    persisted.value = manager.persisted ? await manager.persisted().catch(() => null) : null
  }

  async function requestPersist(): Promise<void> {
    const granted = (await navigator.storage?.persist?.().catch(() => false)) ?? false
    persisted.value = granted
    persistDenied.value = !granted
  }

  /** Builds the backup file (reading only: it works on a full disk) and records when it was made. */
  async function makeBackup(): Promise<{ blob: Blob; name: string }> {
    backupProgress.value = { done: 0, total: 0 }
    try {
      const [{ exportDatabase }, { assembleBackupFile, backupFileName, makeBackupHeader }] = await loadBackup()
      const { blob, counts, databaseVersion } = await exportDatabase((p) => (backupProgress.value = p))
      const madeAt = Date.now()
      // the profile store loads with the backup code, not on the first page
      const profile = (await import('./profile')).useProfileStore()
      const header = makeBackupHeader(counts, databaseVersion, madeAt, profile.signer())
      lastBackupAt.value = madeAt
      storedLastBackupAt.write(madeAt)
      return { blob: assembleBackupFile(header, blob), name: backupFileName(new Date(madeAt)) }
    } finally {
      backupProgress.value = null
    }
  }

  /**
   * Reads and checks a chosen file, upgrades an older one to today's shape and works out what a merge
   * would do; the contents show in `preview` and `mergePlan`, a refusal in `fileError`. Writes nothing.
   */
  async function chooseFile(file: Blob): Promise<void> {
    preview.value = null
    mergePlan.value = null
    fileError.value = null
    reading.value = true
    try {
      const [[{ installedTables, planMerge, upgradeExport }, { readBackupFile }], { CURRENT_SCHEMA_VERSION }] = await Promise.all([loadBackup(), dataLayer()])
      const parsed = await readBackupFile(file, { tables: installedTables(), databaseVersion: CURRENT_SCHEMA_VERSION })
      const current = parsed.export.data.databaseVersion < CURRENT_SCHEMA_VERSION ? await upgradeExport(parsed.export) : parsed.export
      mergePlan.value = await planMerge(current)
      preview.value = { ...parsed, export: current as ParsedBackup['export'] }
    } catch (e) {
      fileError.value = e instanceof BackupFileError ? e : new BackupFileError('invalid', String(e))
    } finally {
      reading.value = false
    }
  }

  /** Restores the previewed file in one transaction; returns the number of records written. */
  async function restore(mode: RestoreMode): Promise<number> {
    const backup = preview.value
    if (!backup) return 0
    restoreProgress.value = { done: 0, total: 0 }
    try {
      const [{ isDiskFull, restoreDatabase }] = await loadBackup()
      try {
        const written = await restoreDatabase(backup.export, mode, (p) => (restoreProgress.value = p))
        preview.value = null
        mergePlan.value = null
        await refreshStorage()
        return written
      } catch (e) {
        const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
        fileError.value = new BackupFileError(isDiskFull(e) ? 'diskFull' : 'write', detail)
        throw fileError.value
      }
    } finally {
      restoreProgress.value = null
    }
  }

  function cancelRestore(): void {
    preview.value = null
    mergePlan.value = null
    fileError.value = null
  }

  function setRemindAfterDays(value: unknown): void {
    remindAfterDays.value = normalizeRemindDays(value)
    storedBackupRemindDays.write(remindAfterDays.value)
  }

  return {
    lastBackupAt,
    remindAfterDays,
    oldestUnbacked,
    reminderDue,
    backupProgress,
    restoreProgress,
    preview,
    mergePlan,
    fileError,
    reading,
    storage,
    persisted,
    persistDenied,
    startUp,
    refreshStorage,
    requestPersist,
    makeBackup,
    chooseFile,
    restore,
    cancelRestore,
    setRemindAfterDays,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDataStore, import.meta.hot))
