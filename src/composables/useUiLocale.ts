import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Language } from '@/domain/model'
import { loadAllMessages, rememberLocale } from '@/i18n'

/** The interface language: switching it is remembered across reloads and sets <html lang>. */
export function useUiLocale() {
  const { locale } = useI18n({ useScope: 'global' })
  watchEffect(() => {
    document.documentElement.lang = locale.value
  })
  async function setLocale(next: Language): Promise<void> {
    await loadAllMessages(next)
    locale.value = next
    rememberLocale(next)
  }
  return { locale, setLocale }
}
