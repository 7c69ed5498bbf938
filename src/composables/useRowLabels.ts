import { useI18n } from 'vue-i18n'

/** Labels formatted so far, by language, message key and count. */
const formatted = new Map<string, string>()
/** Labels kept at most (a few dozen are in use at a time). */
const KEPT = 2_000

/**
 * `t` for the labels that every row of a long list repeats («Edit», «Own», «Grade 7», «Term 2»): each formatted once
 * per language. vue-i18n formats a message anew on every call, and the 200 rows of a catalogue search ask for over a
 * thousand labels, a third of what drawing the rows costs. Only a message the language has is kept (one not loaded
 * yet comes back in the fallback language, or as its key); a message once loaded never changes.
 */
export function useRowLabels() {
  const { t, te, locale } = useI18n()
  return (key: string, n?: number): string => {
    const id = `${locale.value}\u0000${key}\u0000${n ?? ''}`
    let label = formatted.get(id)
    if (label === undefined) {
      label = n === undefined ? t(key) : t(key, { n })
      // with the language named, te looks only there (without it, in the fallback languages too)
      if (te(key, locale.value)) {
        if (formatted.size >= KEPT) formatted.clear()
        formatted.set(id, label)
      }
    }
    return label
  }
}
