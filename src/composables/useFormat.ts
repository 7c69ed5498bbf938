import { useI18n } from 'vue-i18n'

const LOCALE_TAGS: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }

/** Dates and numbers in the interface language. */
export function useFormat() {
  const { locale } = useI18n({ useScope: 'global' })
  function dateTime(ms: number): string {
    return new Intl.DateTimeFormat(LOCALE_TAGS[locale.value] ?? locale.value, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(ms)
  }
  return { dateTime }
}
