import { onScopeDispose, shallowRef, type Ref } from 'vue'
import { observe } from '@/db/live'

export interface LiveQueryState<T> {
  data: Readonly<Ref<T>>
  error: Readonly<Ref<unknown>>
  loaded: Readonly<Ref<boolean>>
}

/** A live database query as a readonly ref that follows the data and unsubscribes with its scope. */
export function useLiveQuery<T>(querier: () => Promise<T>, initial: T): LiveQueryState<T> {
  const data = shallowRef(initial) as Ref<T>
  const error = shallowRef<unknown>(null)
  const loaded = shallowRef(false)
  const subscription = observe(querier).subscribe({
    next: (value) => {
      data.value = value
      loaded.value = true
      error.value = null
    },
    error: (e) => {
      error.value = e
      loaded.value = true
    },
  })
  onScopeDispose(() => subscription.unsubscribe())
  return { data, error, loaded }
}
