import { liveQuery } from 'dexie'

export interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error: (e: unknown) => void }): { unsubscribe(): void }
}

/** A query that re-runs whenever the tables it read change (Dexie liveQuery), in any tab. */
export function observe<T>(querier: () => Promise<T>): Subscribable<T> {
  return liveQuery(querier)
}
