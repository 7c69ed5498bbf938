/** The database code (Dexie and the first page's repositories), loaded once, on first use. */
export type DataLayer = typeof import('./layer')

let loading: Promise<DataLayer> | undefined
let notBefore: Promise<unknown> = Promise.resolve()

/**
 * The database code starts loading only once `drawn` has settled (the library's list, read without it, is on
 * screen), so it is not among what the first page waits for. Without effect once the code has been asked for.
 */
export function loadDataLayerAfter(drawn: Promise<unknown>): void {
  if (!loading) notBefore = drawn
}

/** Settles once the library's first list is on screen (at once when the library has not asked to be waited for). */
export function firstListDrawn(): Promise<void> {
  return notBefore.then(
    () => undefined,
    () => undefined,
  )
}

/** Whether the database code has been asked for (then a read without it would only read everything twice). */
export function dataLayerAsked(): boolean {
  return loading !== undefined
}

export function dataLayer(): Promise<DataLayer> {
  loading ??= notBefore.then(
    () => import('./layer'),
    () => import('./layer'),
  )
  return loading
}
