/**
 * The first page mounts with only its own messages (src/i18n/firstPage.ts); the rest arrive right after. Every
 * message key the first page's files name must be among them, or the library would show a key instead of a word.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitFirstPage } from '../../../build/uiMessages'
import { FIRST_PAGE_MESSAGES } from '@/i18n/firstPage'
import { messages } from './sourceMessages'

/** The files drawn before the library is usable (what src/main.ts, App.vue and LibraryView.vue import statically). */
const FIRST_PAGE_FILES = [
  'src/App.vue',
  'src/views/LibraryView.vue',
  'src/components/app/AppHeader.vue',
  'src/components/app/AppToasts.vue',
  'src/components/app/LanguageSwitcher.vue',
  'src/components/app/NoticeRegion.vue',
  'src/components/app/StorageProblem.vue',
  'src/components/app/UpdatePrompt.vue',
  'src/components/data/BackupReminder.vue',
  'src/components/library/AssessmentCard.vue',
  'src/components/library/LibraryCard.vue',
  'src/components/library/LibraryCardList.vue',
  'src/components/library/LibraryFilters.vue',
  'src/components/library/LibraryMatchHint.vue',
  'src/components/library/OpenWordAssessment.vue',
  'src/components/review/ReviewBadge.vue',
  'src/composables/useFormat.ts',
  'src/stores/library.ts',
  'src/stores/toasts.ts',
]

/** Keys named in calls of t/te (a template key up to its first placeholder). */
function namedKeys(source: string): string[] {
  return [...source.matchAll(/\b(?:t|te)\(\s*['`]([a-zA-Z][\w.]*)/g)].map((m) => m[1].replace(/\.$/, ''))
}

const covered = (key: string) => FIRST_PAGE_MESSAGES.some((path) => key === path || key.startsWith(`${path}.`))
/** Said only after the teacher chose a file, by then with every message loaded (the component waits for them). */
const AFTER_ALL_LOADED = ['src/components/library/OpenWordAssessment.vue: wordIn']

describe('the first page’s messages', () => {
  it('hold every key the first page names', () => {
    const missing = FIRST_PAGE_FILES.flatMap((file) => namedKeys(readFileSync(file, 'utf8')).filter((key) => !covered(key)).map((key) => `${file}: ${key}`))
    expect(missing.filter((m) => !AFTER_ALL_LOADED.includes(m))).toEqual([])
    expect(readFileSync('src/components/library/OpenWordAssessment.vue', 'utf8')).toContain('loadAllMessages(locale.value')
  })

  it('finds a key the list leaves out', () => {
    expect(namedKeys("t('review.title'); t(`status.${s}`)")).toEqual(['review.title', 'status'])
    expect(covered('review.title')).toBe(false)
    expect(covered('status')).toBe(true)
  })

  it('split the written messages in two without losing one, and name only paths that exist', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const [first, rest] = splitFirstPage(messages[lang], FIRST_PAGE_MESSAGES)
      expect(Object.keys(first).length).toBeGreaterThan(5)
      expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(rest).length / 2)
    }
    expect(() => splitFirstPage(messages.kk, ['review.noSuchKey'])).toThrow(/review\.noSuchKey/)
  })
})
