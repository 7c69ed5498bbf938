import Dexie, { liveQuery, RangeSet, type ObservabilitySet } from 'dexie'
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

/** The keys of `table`'s rows that a committed change touched (here or in another tab): 'all' when not known one by one. */
function changedKeys(parts: ObservabilitySet, table: string): Set<string> | 'all' | null {
  const tree = parts[`idb://${db().name}/${table}/`]
  if (!tree) return null
  const keys = new Set<string>()
  for (const range of RangeSet(tree)) {
    if (range.from !== range.to || typeof range.from !== 'string') return 'all'
    keys.add(range.from)
  }
  return keys.size > 0 ? keys : null
}

/**
 * A value derived from one table that follows its changes by the rows changed: `read` gets 'all' the first time
 * (and whenever the changes cannot be told key by key), else the keys of the rows changed since its last call. Reads
 * never overlap; changes that come during one are read next. The database is opened first, as in `observe`.
 */
export function observeTable<T>(table: string, read: (changed: Set<string> | 'all') => Promise<T>): Subscribable<T> {
  return {
    subscribe(observer) {
      let closed = false
      let changed: Set<string> | 'all' = 'all'
      let reading = false
      const listener = (parts: ObservabilitySet) => {
        const keys = changedKeys(parts, table)
        if (!keys) return
        if (keys === 'all' || changed === 'all') changed = 'all'
        else for (const key of keys) changed.add(key)
        void catchUp()
      }
      const caughtUp = () => changed !== 'all' && changed.size === 0
      async function catchUp(): Promise<void> {
        if (reading || closed) return
        reading = true
        try {
          while (!closed && !caughtUp()) {
            const now = changed
            changed = new Set()
            const value = await read(now)
            // a change that came during the read is read first: the value sent is always the latest
            if (!closed && caughtUp()) observer.next(value)
          }
        } catch (e) {
          if (!closed) observer.error(e)
        } finally {
          reading = false
        }
      }
      db()
        .open()
        .then(
          () => {
            if (closed) return
            // listening before the first read: nothing committed meanwhile is missed
            Dexie.on('storagemutated', listener)
            void catchUp()
          },
          (e: unknown) => {
            if (!closed) observer.error(e)
          },
        )
      return {
        unsubscribe() {
          closed = true
          Dexie.on('storagemutated').unsubscribe(listener)
        },
      }
    },
  }
}
