import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { mount } from '@vue/test-utils'
import Dexie from 'dexie'
import { DATABASE_NAME, resetDbForTests, RESTORE_SCRATCH_PREFIX } from '@/db/database'
import { installedTables } from '@/db/backup'
import { useProfileStore } from '@/stores/profile'
import { useDataStore } from '@/stores/data'
import { BACKUP_ERROR_KINDS, BackupFileError } from '@/exchange/backup/errors'
import RestoreError from '@/components/data/RestoreError.vue'
import { i18n } from '@/i18n'
import dataMessages from '@/i18n/locales/data'
import restoreErrorMessages from '@/i18n/locales/restoreError'

beforeEach(async () => {
  localStorage.clear()
  setActivePinia(createPinia())
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})

describe('a backup is signed by the teacher of this machine', () => {
  it('profile set → app restarted → backup made → the header names her', async () => {
    useProfileStore().save('teacher', { name: 'Айгүл Серікқызы', school: '№7 мектеп' })
    // a new start of the app reads the profile back from storage
    setActivePinia(createPinia())
    const { blob } = await useDataStore().makeBackup()
    const header = (JSON.parse(await blob.text()) as { bagalau: { madeBy: string } }).bagalau
    expect(header.madeBy).toBe('Айгүл Серікқызы')
  })

  it('falls back to the mentor’s name on a mentor’s machine', async () => {
    useProfileStore().save('mentor', { name: 'Гүлнар Әбенқызы', school: '' })
    const { blob } = await useDataStore().makeBackup()
    expect((JSON.parse(await blob.text()) as { bagalau: { madeBy: string } }).bagalau.madeBy).toBe('Гүлнар Әбенқызы')
  })
})

describe('start-up', () => {
  it('removes a scratch copy an interrupted restore left behind', async () => {
    const name = `${RESTORE_SCRATCH_PREFIX}${Date.now() - 86_400_000}`
    const scratch = new Dexie(name)
    scratch.version(1).stores({ assessments: 'id' })
    await scratch.table('assessments').put({ id: 'copy' })
    scratch.close()
    expect(await Dexie.getDatabaseNames()).toContain(name)
    await useDataStore().startUp()
    await expect.poll(() => Dexie.getDatabaseNames()).not.toContain(name)
  })
})

describe('restore page words', () => {
  it('names every table of the database in kk, ru and en', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const labels = dataMessages[lang].data.tables as Record<string, string>
      for (const table of Object.keys(installedTables())) expect(labels[table], `${lang} ${table}`).toBeTruthy()
    }
  })

  it('has a message for every refusal in kk, ru and en', () => {
    for (const lang of ['kk', 'ru', 'en'] as const)
      for (const kind of BACKUP_ERROR_KINDS) expect((restoreErrorMessages[lang].restoreError as Record<string, string>)[kind], `${lang} ${kind}`).toBeTruthy()
  })

  it('says the size and the limit, the title of a damaged assessment, and where a review file opens', () => {
    i18n.global.locale.value = 'ru'
    const show = (error: BackupFileError) => mount(RestoreError, { props: { error }, global: { plugins: [i18n], stubs: { RouterLink: { template: '<a data-testid="restore-error-elsewhere"><slot /></a>' } } } })
    const big = show(new BackupFileError('tooLarge', '', { size: 212_000_000, limit: 100_000_000 }))
    expect(big.text()).toMatch(/212\sМБ/)
    expect(big.text()).toMatch(/100\sМБ/)
    const damaged = show(new BackupFileError('invalidAssessment', 'tasks.0.text', { title: 'СОр по разделу «Клетки»' }))
    expect(damaged.text()).toContain('Оценивание «\u2068СОр по разделу «Клетки»\u2069» в файле повреждено')
    const pack = show(new BackupFileError('reviewPackage'))
    expect(pack.text()).toContain('странице «Проверка»')
    expect(pack.get('[data-testid=restore-error-elsewhere]').text()).toBe('Перейти на страницу «Проверка»')
    i18n.global.locale.value = 'kk'
    expect(show(new BackupFileError('diskFull')).text()).toContain('орын толып қалды')
  })
})
