/**
 * UI messages in kk / ru / en. Each feature keeps its messages in `locales/<feature>.ts`
 * (`export default { kk: {...}, ru: {...}, en: {...} }`); they are merged here, so adding a feature
 * never means editing a shared file. The chosen UI language is kept in localStorage.
 */
import { createI18n } from 'vue-i18n'
import { LANGUAGES, type Language } from '@/domain/model'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- nested message trees
type Messages = Record<string, any>
type FeatureMessages = Record<Language, Messages>

const modules = import.meta.glob<{ default: FeatureMessages }>('./locales/*.ts', { eager: true })

export function mergeMessages(features: FeatureMessages[]): Record<Language, Messages> {
  const merged = { kk: {}, ru: {}, en: {} } as Record<Language, Messages>
  for (const feature of features) {
    for (const lang of LANGUAGES) Object.assign(merged[lang], feature[lang])
  }
  return merged
}

export const messages = mergeMessages(Object.values(modules).map((m) => m.default))

const STORAGE_KEY = 'bagalau.locale'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

export function initialLocale(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (isLanguage(saved)) return saved
  } catch {
    // storage blocked: fall back to the browser's language
  }
  const browser = (typeof navigator !== 'undefined' ? navigator.language : '').slice(0, 2)
  return isLanguage(browser) ? browser : 'kk'
}

export function rememberLocale(locale: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // storage blocked: the choice lasts for this visit only
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'ru',
  messages,
  missingWarn: false,
  fallbackWarn: false,
})
