import { liveQuery } from 'dexie'
import { db } from './database'

export interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error: (e: unknown) => void }): { unsubscribe(): void }
}

/**
 * A query that re-runs whenever the tables it read change (Dexie liveQuery), in any tab. The database is opened
 * first: when it cannot be (IndexedDB missing, site data blocked) the observer hears why — liveQuery alone says
 * nothing then, and the page would wait forever.
 */
export function observe<T>(querier: () => Promise<T>): Subscribable<T> {
  return {
    subscribe(observer) {
      let closed = false
      let inner: { unsubscribe(): void } | undefined
      db()
        .open()
        .then(
          () => {
            if (!closed) inner = liveQuery(querier).subscribe(observer)
          },
          (e: unknown) => {
            if (!closed) observer.error(e)
          },
        )
      return {
        unsubscribe() {
          closed = true
          inner?.unsubscribe()
        },
      }
    },
  }
}
