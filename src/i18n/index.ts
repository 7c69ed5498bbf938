/**
 * UI messages in kk / ru / en. Each feature keeps its messages in `locales/<feature>.ts`
 * (`export default { kk: {...}, ru: {...}, en: {...} }`). At build time they are merged per language and
 * precompiled (build/uiMessages.ts), and only the interface language is loaded. The chosen language is kept in
 * localStorage.
 */
import { markRaw } from 'vue'
import { createI18n } from 'vue-i18n'
import { LANGUAGES, type Language } from '@/domain/model'
import { pluralRules } from './plural'
import { storedLocale } from '@/storage/browserStorage'
import { joinMessages, type Messages } from './join'

// what the first page says (src/i18n/firstPage.ts), and every other message
const loaders: Record<Language, () => Promise<{ default: Messages }>> = {
  kk: () => import('virtual:ui-messages/kk'),
  ru: () => import('virtual:ui-messages/ru'),
  en: () => import('virtual:ui-messages/en'),
}
const laterLoaders: Record<Language, () => Promise<{ default: Messages }>> = {
  kk: () => import('virtual:ui-messages/kk-later'),
  ru: () => import('virtual:ui-messages/ru-later'),
  en: () => import('virtual:ui-messages/en-later'),
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

export function initialLocale(): Language {
  const saved = storedLocale.read()
  if (saved) return saved
  const browser = (typeof navigator !== 'undefined' ? navigator.language : '').slice(0, 2)
  return isLanguage(browser) ? browser : 'kk'
}

export function rememberLocale(locale: Language): void {
  // storage blocked: the choice lasts for this visit only
  storedLocale.write(locale)
}

// No fallback language: a test keeps every key present in all three, so a second language is never loaded.
export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  messages: {},
  pluralRules,
  missingWarn: false,
  fallbackWarn: false,
})

/**
 * Adds messages to a language's, sharing them rather than copying them (joinMessages). The tree is marked raw: vue-i18n
 * keeps its messages in a deep ref, so every t() walked its key through reactive proxies (a library of 2,000 spent
 * most of a keystroke there). A tree is never changed in place, only replaced whole here, and replacing it still
 * tells every t() to translate again.
 */
function addMessages(lang: Language, messages: Messages): void {
  const known = i18n.global.getLocaleMessage(lang) as Messages
  i18n.global.setLocaleMessage(lang, markRaw(Object.keys(known).length ? joinMessages(known, messages) : messages))
}

const firstLoaded = new Map<Language, Promise<void>>()
const laterLoaded = new Map<Language, Promise<void>>()

/** Loads what the first page says in a language, once; the rest follows with loadAllMessages. */
export function loadUiLanguage(lang: Language): Promise<void> {
  let loading = firstLoaded.get(lang)
  if (!loading) {
    loading = loaders[lang]().then((m) => addMessages(lang, m.default))
    loading.catch(() => firstLoaded.delete(lang))
    firstLoaded.set(lang, loading)
  }
  return loading
}

/** Loads every message of a language, once: before any page but the first opens, and when the language is switched. */
export function loadAllMessages(lang: Language): Promise<void> {
  let loading = laterLoaded.get(lang)
  if (!loading) {
    loading = Promise.all([loadUiLanguage(lang), laterLoaders[lang]()]).then(([, m]) => addMessages(lang, m.default))
    loading.catch(() => laterLoaded.delete(lang))
    laterLoaded.set(lang, loading)
  }
  return loading
}
