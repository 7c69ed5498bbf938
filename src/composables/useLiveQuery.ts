import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { dataLayer, type DataLayer } from '@/db/lazy'
import type { Subscribable } from '@/db/live'

export interface LiveQueryState<T> {
  data: Readonly<Ref<T>>
  /** Why the query failed (the database could not be opened or read), else null: show it where the data would be. */
  error: Readonly<Ref<unknown>>
  /** The first answer (data or error) has come. */
  loaded: Readonly<Ref<boolean>>
}

/**
 * A live database query as a readonly ref that follows the data and unsubscribes with its scope. The querier gets
 * the loaded data layer, so it never awaits anything but the database (Dexie's liveQuery tracks reads only then).
 */
export function useLiveQuery<T>(querier: (db: DataLayer) => Promise<T>, initial: T): LiveQueryState<T> {
  return useLiveQueryOf(() => true, (db) => querier(db), initial)
}

/**
 * A live query of one thing that changes (the assessment on screen): when `key` changes the old query stops, the
 * data goes back to `initial` and the new one starts; a null key queries nothing.
 */
export function useLiveQueryOf<K, T>(key: () => K | null, querier: (db: DataLayer, key: K) => Promise<T>, initial: T): LiveQueryState<T> {
  return useSubscribedOf(key, (db, k) => db.observe(() => querier(db, k)), initial)
}

/** A value the data layer keeps up to date (a repository's own observer, say one that patches a long list), as a readonly ref. */
export function useSubscribed<T>(source: (db: DataLayer) => Subscribable<T>, initial: T): LiveQueryState<T> {
  return useSubscribedOf(() => true, (db) => source(db), initial)
}

function useSubscribedOf<K, T>(key: () => K | null, source: (db: DataLayer, key: K) => Subscribable<T>, initial: T): LiveQueryState<T> {
  const data = shallowRef(initial) as Ref<T>
  const error = shallowRef<unknown>(null)
  const loaded = shallowRef(false)
  let subscription: { unsubscribe(): void } | undefined
  let generation = 0

  function stop(): void {
    generation += 1
    subscription?.unsubscribe()
    subscription = undefined
  }

  function start(k: K | null): void {
    stop()
    data.value = initial
    error.value = null
    loaded.value = false
    if (k === null) return
    const mine = generation
    const failed = (e: unknown) => {
      if (mine !== generation) return
      error.value = e
      loaded.value = true
    }
    dataLayer().then((db) => {
      if (mine !== generation) return
      subscription = source(db, k).subscribe({
        next: (value) => {
          if (mine !== generation) return
          data.value = value
          loaded.value = true
          error.value = null
        },
        error: failed,
      })
    }, failed)
  }

  watch(key, start, { immediate: true, flush: 'sync' })
  onScopeDispose(stop)
  return { data, error, loaded }
}
