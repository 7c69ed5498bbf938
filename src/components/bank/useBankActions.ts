import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useBankStore, type BankEntry } from '@/stores/bank'
import { useToastStore } from '@/stores/toasts'
import type { Language } from '@/domain/model'
import { isolate } from '@/domain/text/bidi'
import { quoteTitle } from '@/domain/text/quote'

/** "Make my own copy" and "Unpublish" of a bank entry, shared by the bank's list and an entry opened read-only. */
export function useBankActions() {
  const { t, locale } = useI18n()
  const bank = useBankStore()
  const toasts = useToastStore()
  const router = useRouter()
  const busy = ref(false)
  const quoted = (e: BankEntry) => quoteTitle(e.assessment.title.trim() || t('library.untitled'), locale.value as Language)

  async function copy(e: BankEntry, openIt = false): Promise<void> {
    busy.value = true
    try {
      const id = await bank.copy(e)
      toasts.show(t('bank.copied', { title: isolate(quoted(e)) }), { label: t('bank.open'), run: () => router.push({ name: 'editor', params: { id } }) })
      if (openIt) await router.push({ name: 'editor', params: { id } })
    } finally {
      busy.value = false
    }
  }

  /** Asks first; true once the server has taken the entry out. */
  async function unpublish(e: BankEntry): Promise<boolean> {
    if (!window.confirm(t('bank.unpublishConfirm', { title: isolate(quoted(e)) }))) return false
    busy.value = true
    try {
      const done = await bank.unpublish(e)
      toasts.show(done ? t('bank.unpublished', { title: isolate(quoted(e)) }) : t('bank.failed'))
      return done
    } finally {
      busy.value = false
    }
  }

  return { busy, copy, unpublish }
}
