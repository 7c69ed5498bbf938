import { beforeEach, describe, expect, it, vi } from 'vitest'
import Dexie from 'dexie'
import { backupDue, DEFAULT_REMIND_AFTER_DAYS, expiredFromTrash, normalizeRemindDays } from '@/domain/dataCare'
import { oldestChangeAfter, purgeExpiredTrash } from '@/db/dataCare'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { assessmentsRepo } from '@/db/assessments'
import { createAssessment } from '@/domain/factories'
import { isQuotaError, retryDelayMs } from '@/stores/editor'
import { profileName, backupFileName } from '@/exchange/backup/backupFile'

const DAY = 86_400_000
const NOW = 1_770_000_000_000

describe('trash expiry', () => {
  it('picks only entries trashed 30 days ago or earlier', () => {
    const rows = [
      { id: 'active', deletedAt: null },
      { id: 'fresh', deletedAt: NOW - 29 * DAY },
      { id: 'edge', deletedAt: NOW - 30 * DAY },
      { id: 'old', deletedAt: NOW - 400 * DAY },
    ]
    expect(expiredFromTrash(rows, NOW)).toEqual(['edge', 'old'])
    expect(expiredFromTrash(rows, NOW, 500)).toEqual([])
  })
})

describe('backup reminder', () => {
  it('finds the oldest change after the last backup, trashed assessments too', async () => {
    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
    expect(await oldestChangeAfter(null)).toBeNull()
    const rows = [5, 1, 9].map((t) => ({ ...createAssessment({ kind: 'unit' }), updatedAt: t }))
    await db().assessments.bulkPut(rows)
    await assessmentsRepo.moveToTrash(rows[1].id, 100)
    expect(await oldestChangeAfter(null)).toBe(1)
    expect(await oldestChangeAfter(0)).toBe(1)
    expect(await oldestChangeAfter(1)).toBe(5)
    expect(await oldestChangeAfter(5)).toBe(9)
    expect(await oldestChangeAfter(9)).toBeNull()
  })

  it('is due when unbacked work is older than the set days', () => {
    expect(backupDue(null, NOW)).toBe(false)
    expect(backupDue(NOW - 6 * DAY, NOW)).toBe(false)
    expect(backupDue(NOW - 7 * DAY, NOW)).toBe(true)
    expect(backupDue(NOW - 2 * DAY, NOW, 1)).toBe(true)
  })

  it('keeps the reminder setting a whole number of days from 1 to 365', () => {
    expect(normalizeRemindDays('14')).toBe(14)
    expect(normalizeRemindDays(3)).toBe(3)
    for (const bad of ['', 'abc', '0', '1.5', 400, null, undefined, -2]) expect(normalizeRemindDays(bad)).toBe(DEFAULT_REMIND_AFTER_DAYS)
  })
})

describe('save retries and errors', () => {
  it('backs off 1 s, 2 s, 4 s … up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000])
  })

  it('recognises a full disk, also wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true)
    expect(isQuotaError(new Error('other'))).toBe(false)
    expect(isQuotaError(null)).toBe(false)
  })
})

describe('backup file helpers', () => {
  it('reads the profile name as JSON or plain text', () => {
    expect(profileName(null)).toBe('')
    expect(profileName('{"name":"Айгүл Серікқызы"}')).toBe('Айгүл Серікқызы')
    expect(profileName('"Әсел"')).toBe('Әсел')
    expect(profileName('Дәурен')).toBe('Дәурен')
    expect(profileName('{"other":1}')).toBe('')
  })

  it('names the file by local date and time', () => {
    expect(backupFileName(new Date(2025, 2, 7, 14, 5))).toBe('bagalau-backup-2025-03-07-1405.json')
  })
})

describe('purging the trash at start-up', () => {
  beforeEach(async () => {
    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
  })

  it('removes expired entries and their pictures, keeps the rest', async () => {
    const old = createAssessment({ kind: 'unit' })
    const fresh = createAssessment({ kind: 'unit' })
    const active = createAssessment({ kind: 'term' })
    for (const a of [old, fresh, active]) await assessmentsRepo.put(a)
    await assessmentsRepo.moveToTrash(old.id, NOW - 31 * DAY)
    await assessmentsRepo.moveToTrash(fresh.id, NOW - DAY)
    await db().pictures.put({ id: 'p1', assessmentId: old.id, blob: new Blob(['x']), mimeType: 'image/png' })
    await db().pictures.put({ id: 'p2', assessmentId: fresh.id, blob: new Blob(['y']), mimeType: 'image/png' })
    expect(await purgeExpiredTrash(NOW)).toEqual([old.id])
    expect((await db().assessments.toArray()).map((a) => a.id).sort()).toEqual([fresh.id, active.id].sort())
    expect((await db().pictures.toArray()).map((p) => p.id)).toEqual(['p2'])
  })
})

describe('the backup reminder following the database', () => {
  it('takes the oldest change since the last backup, and follows new changes and a new backup', async () => {
    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
    const { createPinia, setActivePinia } = await import('pinia')
    const { useDataStore } = await import('@/stores/data')
    const { storedLastBackupAt } = await import('@/storage/browserStorage')
    storedLastBackupAt.write(NOW - 10 * DAY)
    const old = { ...createAssessment({ kind: 'unit' }), updatedAt: NOW - 20 * DAY }
    const unbacked = { ...createAssessment({ kind: 'unit' }), updatedAt: NOW - 9 * DAY }
    await db().assessments.bulkPut([old, unbacked])
    setActivePinia(createPinia())
    const data = useDataStore()
    await vi.waitFor(() => expect(data.oldestUnbacked).toBe(NOW - 9 * DAY))
    expect(data.reminderDue).toBe(true)
    // an older unbacked change, trashed since, still counts
    await db().assessments.put({ ...createAssessment({ kind: 'unit' }), updatedAt: NOW - 9.5 * DAY, deletedAt: NOW })
    await vi.waitFor(() => expect(data.oldestUnbacked).toBe(NOW - 9.5 * DAY))
    // a backup made: nothing unbacked until the next change
    data.lastBackupAt = NOW
    await vi.waitFor(() => expect(data.oldestUnbacked).toBeNull())
    await assessmentsRepo.put({ ...unbacked, title: 'changed', updatedAt: NOW + 1 })
    await vi.waitFor(() => expect(data.oldestUnbacked).toBe(NOW + 1))
    storedLastBackupAt.write(null)
  })
})
