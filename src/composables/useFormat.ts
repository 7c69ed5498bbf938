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

/** A size in kB, MB or GB (decimal, as disks and file managers count), one decimal at most. */
function bytes(locale: string, n: number): string {
  const [value, unit] = n >= 1e9 ? [n / 1e9, 'gigabyte'] : n >= 1e6 ? [n / 1e6, 'megabyte'] : [n / 1e3, 'kilobyte']
  return new Intl.NumberFormat(LOCALE_TAGS[locale] ?? locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value)
}

/** Dates and numbers in the interface language. */
export function useFormat() {
  const { locale } = useI18n({ useScope: 'global' })
  return {
    dateTime: (ms: number): string => dateTimeFormat(locale.value).format(ms),
    bytes: (n: number): string => bytes(locale.value, n),
  }
}
