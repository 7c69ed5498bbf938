/** The database code (Dexie and the first page's repositories), loaded once, on first use, in parallel with the page. */
export type DataLayer = typeof import('./layer')

let loading: Promise<DataLayer> | undefined

export function dataLayer(): Promise<DataLayer> {
  loading ??= import('./layer')
  return loading
}
