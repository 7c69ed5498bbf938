import { inject, provide, type InjectionKey } from 'vue'

/** The mentor's review page, for the rows of the derived tables: threads per row and starting one. */
export interface RowReview {
  /** Threads per row path (every status: the badges number what was said). */
  count(path: string): number
  selected(): string | null
  select(path: string): void
}

const KEY: InjectionKey<RowReview> = Symbol('rowReview')

export function provideRowReview(review: RowReview): void {
  provide(KEY, review)
}

/** The mentor's row review, or null outside the review page (the teacher's editor shows marks instead). */
export function useRowReview(): RowReview | null {
  return inject(KEY, null)
}
