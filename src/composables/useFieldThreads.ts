import { inject, provide, shallowRef, watch, type InjectionKey, type Ref } from 'vue'
import type { Thread } from '@/domain/review/model'
import { openThreadsByPath } from '@/domain/review/marks'

const KEY: InjectionKey<Readonly<Ref<Map<string, Thread[]>>>> = Symbol('fieldThreads')

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i])

/**
 * The teacher's editor: the mentor's open threads per field, for the marks beside the fields.
 * The list is read again at every edit (it depends on the document), but the map changes only when the threads do:
 * a computed here would wake every field's mark (about a thousand in a 100-task document) at every keystroke.
 */
export function provideFieldThreads(threads: () => readonly Thread[]): void {
  let last = threads()
  const byPath = shallowRef(openThreadsByPath(last))
  watch(threads, (next) => {
    if (sameItems(last, next)) return
    last = next
    byPath.value = openThreadsByPath(next)
  }, { flush: 'sync' })
  provide(KEY, byPath)
}

/** The open threads per field path, or null outside an editor that provides them. */
export function useFieldThreads(): Readonly<Ref<Map<string, Thread[]>>> | null {
  return inject(KEY, null)
}

/** Brings a thread's card into view and gives it the focus (its id is `thread-<id>`). */
export function openThreadCard(threadId: string): void {
  const card = document.getElementById(`thread-${threadId}`)
  if (!card) return
  card.scrollIntoView({ block: 'nearest' })
  card.focus({ preventScroll: true })
}
