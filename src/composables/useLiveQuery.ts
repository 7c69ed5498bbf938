import { onScopeDispose, shallowRef, type Ref } from 'vue'
import { dataLayer, type DataLayer } from '@/db/lazy'

export interface LiveQueryState<T> {
  data: Readonly<Ref<T>>
  error: Readonly<Ref<unknown>>
  loaded: Readonly<Ref<boolean>>
}

/**
 * A live database query as a readonly ref that follows the data and unsubscribes with its scope. The querier gets
 * the loaded data layer, so it never awaits anything but the database (Dexie's liveQuery tracks reads only then).
 */
export function useLiveQuery<T>(querier: (db: DataLayer) => Promise<T>, initial: T): LiveQueryState<T> {
  const data = shallowRef(initial) as Ref<T>
  const error = shallowRef<unknown>(null)
  const loaded = shallowRef(false)
  let subscription: { unsubscribe(): void } | undefined
  let disposed = false
  dataLayer().then(
    (db) => {
      if (disposed) return
      subscription = db.observe(() => querier(db)).subscribe({
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
    },
    (e: unknown) => {
      error.value = e
      loaded.value = true
    },
  )
  onScopeDispose(() => {
    disposed = true
    subscription?.unsubscribe()
  })
  return { data, error, loaded }
}
