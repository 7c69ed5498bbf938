import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'
import type { Thread } from '@/domain/review/model'
import { openThreadsByPath } from '@/domain/review/marks'

const KEY: InjectionKey<ComputedRef<Map<string, Thread[]>>> = Symbol('fieldThreads')

/** The teacher's editor: the mentor's open threads per field, for the marks beside the fields. */
export function provideFieldThreads(threads: () => readonly Thread[]): void {
  provide(KEY, computed(() => openThreadsByPath(threads())))
}

/** The open threads per field path, or null outside an editor that provides them. */
export function useFieldThreads(): ComputedRef<Map<string, Thread[]>> | null {
  return inject(KEY, null)
}

/** Brings a thread's card into view and gives it the focus (its id is `thread-<id>`). */
export function openThreadCard(threadId: string): void {
  const card = document.getElementById(`thread-${threadId}`)
  if (!card) return
  card.scrollIntoView({ block: 'nearest' })
  card.focus({ preventScroll: true })
}
