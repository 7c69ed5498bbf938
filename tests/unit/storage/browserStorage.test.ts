import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createAssessment } from '@/domain/factories'
import {
  STORAGE_KEYS,
  storedBackupRemindDays,
  storedLastBackupAt,
  storedLocale,
  storedProfiles,
  storedTermWeights,
  storedUnsaved,
  writeRaw,
} from '@/storage/browserStorage'
import { useProfileStore } from '@/stores/profile'
import { initialLocale } from '@/i18n'

const real = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')

/** Replaces `globalThis.localStorage` the way a browser does when site data is blocked or the quota is used up. */
function replaceStorage(getter: () => Storage): void {
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: getter })
}

function fullStorage(): Storage {
  const s = real?.get ? (real.get.call(globalThis) as Storage) : (real?.value as Storage)
  return new Proxy(s, {
    get(target, prop) {
      if (prop === 'setItem') return () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError') }
      const v = Reflect.get(target, prop) as unknown
      return typeof v === 'function' ? v.bind(target) : v
    },
  })
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => {
  if (real) Object.defineProperty(globalThis, 'localStorage', real)
})

describe('browser storage: typed values', () => {
  it('writes each value under its key and reads it back typed', () => {
    expect(storedLocale.write('ru')).toBe('ok')
    expect(localStorage.getItem(STORAGE_KEYS.locale)).toBe('ru')
    expect(storedLocale.read()).toBe('ru')
    storedLastBackupAt.write(1_700_000_000_000)
    expect(storedLastBackupAt.read()).toBe(1_700_000_000_000)
    storedBackupRemindDays.write(14)
    expect(storedBackupRemindDays.read()).toBe(14)
    storedTermWeights.write('equal')
    expect(storedTermWeights.read()).toBe('equal')
    const a = createAssessment({ kind: 'unit', now: 1 })
    storedUnsaved.write(a)
    expect(localStorage.getItem(STORAGE_KEYS.unsavedPrefix + a.id)).not.toBeNull()
    expect(storedUnsaved.read(a.id)).toEqual(a)
    expect(storedUnsaved.ids()).toEqual([a.id])
    storedUnsaved.remove(a.id)
    expect(storedUnsaved.read(a.id)).toBeNull()
  })

  it('reads missing or malformed values as the defaults', () => {
    expect([storedLocale.read(), storedLastBackupAt.read(), storedBackupRemindDays.read(), storedTermWeights.read()]).toEqual([null, null, 7, null])
    localStorage.setItem(STORAGE_KEYS.locale, 'de')
    localStorage.setItem(STORAGE_KEYS.lastBackupAt, '-5')
    localStorage.setItem(STORAGE_KEYS.backupRemindDays, '1e9')
    localStorage.setItem(STORAGE_KEYS.profiles, '{"teacher":{"name":42},"mentor":{"name":"' + 'ә'.repeat(5000) + '"}}')
    expect([storedLocale.read(), storedLastBackupAt.read(), storedBackupRemindDays.read()]).toEqual([null, null, 7])
    const profiles = storedProfiles.read()
    expect(profiles.teacher).toEqual({ name: '', school: '' })
    expect(profiles.mentor.name).toHaveLength(300)
    localStorage.setItem(STORAGE_KEYS.unsavedPrefix + 'x', '{"id":"y","tasks":[]}')
    expect(storedUnsaved.read('x')).toBeNull()
  })

  it('signs with the name the profile page saved (the key the backup reads is the one the profile writes)', () => {
    useProfileStore().save('teacher', { name: 'Дана Әліқызы', school: '' })
    expect(storedProfiles.read().teacher.name).toBe('Дана Әліқызы')
    setActivePinia(createPinia())
    expect(useProfileStore().signer()).toBe('Дана Әліқызы')
    useProfileStore().save('teacher', { name: '', school: '' })
    useProfileStore().save('mentor', { name: 'Айгүл', school: '' })
    expect(useProfileStore().signer()).toBe('Айгүл')
  })
})

describe('browser storage: blocked and full', () => {
  it('with site data blocked (reading localStorage throws) reads defaults, says blocked and never throws', () => {
    storedLocale.write('en')
    replaceStorage(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    })
    expect(storedLocale.read()).toBeNull()
    expect(storedProfiles.read()).toEqual({ teacher: { name: '', school: '' }, mentor: { name: '', school: '' } })
    expect(storedLocale.write('kk')).toBe('blocked')
    expect(storedUnsaved.write(createAssessment({ kind: 'term', now: 1 }))).toBe('blocked')
    expect(storedUnsaved.ids()).toEqual([])
    expect(() => storedUnsaved.remove('x')).not.toThrow()
    expect(['kk', 'ru', 'en']).toContain(initialLocale())
    // the profile still works for this visit
    const profile = useProfileStore()
    profile.save('teacher', { name: 'Дана', school: '' })
    expect(profile.signer()).toBe('Дана')
  })

  it('with no localStorage at all says blocked', () => {
    replaceStorage(() => undefined as unknown as Storage)
    expect(writeRaw('k', 'v')).toBe('blocked')
    expect(storedLastBackupAt.read()).toBeNull()
  })

  it('when the quota is used up says full, and keeps what was there readable', () => {
    storedBackupRemindDays.write(3)
    replaceStorage(fullStorage)
    expect(storedBackupRemindDays.write(30)).toBe('full')
    expect(storedUnsaved.write(createAssessment({ kind: 'unit', now: 1 }))).toBe('full')
    expect(storedBackupRemindDays.read()).toBe(3)
  })
})

describe('browser storage: one module', () => {
  it('names no localStorage key and touches localStorage nowhere else in src', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(ts|vue)$/.test(n) ? [join(dir, n)] : []))
    const keys = [...Object.values(STORAGE_KEYS), 'bagalau.profile']
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
    const offenders = files('src')
      .filter((f) => !f.startsWith(join('src', 'storage')))
      .filter((f) => /localStorage\s*[.?[]/.test(code(f)) || keys.some((k) => code(f).includes(`'${k}`)))
    expect(offenders).toEqual([])
  })
})
