import { useI18n } from 'vue-i18n'

const LOCALE_TAGS: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

/** A formatter per language, made once: building one costs far more than using it (a library of 2,000 cards). */
function dateTimeFormat(locale: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAGS[locale] ?? locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    dateTimeFormats.set(locale, format)
  }
  return format
}

/** Dates and numbers in the interface language. */
export function useFormat() {
  const { locale } = useI18n({ useScope: 'global' })
  return { dateTime: (ms: number): string => dateTimeFormat(locale.value).format(ms) }
}
