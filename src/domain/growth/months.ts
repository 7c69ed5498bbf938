/**
 * Month and date labels of the growth page and record. Browsers' Kazakh data often lacks month names
 * (Chromium writes «2026 M12»), so Kazakh months are named here; Russian and English come from Intl.
 */
import type { Language } from '../model'

const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
const LOCALE: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }

/** `2026-10` → «2026 ж. қазан», «октябрь 2026 г.», "October 2026" (`short` for the charts: «окт. 2026 г.», "Oct 2026"). */
export function monthLabel(language: Language, key: string, short = false): string {
  const [y, m] = key.split('-').map(Number)
  if (language === 'kk') return `${y} ж. ${KK_MONTHS[m - 1]}`
  return new Intl.DateTimeFormat(LOCALE[language], { month: short ? 'short' : 'long', year: 'numeric' }).format(new Date(y, m - 1, 15))
}

/** A day as 02.12.2026 (en: 02/12/2026), the same in every browser. */
export function dayLabel(language: Language, t: number): string {
  const d = new Date(t)
  const [dd, mm, yyyy] = [String(d.getDate()).padStart(2, '0'), String(d.getMonth() + 1).padStart(2, '0'), String(d.getFullYear())]
  return language === 'en' ? `${dd}/${mm}/${yyyy}` : `${dd}.${mm}.${yyyy}`
}
