/** Words for review things: where a field sits ("Task 2, descriptor 1 · text") and file problems in plain words. */
import { useI18n } from 'vue-i18n'
import type { FieldPath } from '@/domain/anchors'
import type { Assessment } from '@/domain/model'
import { placeOf, type FieldPlace } from '@/domain/review/anchoring'
import type { ReviewFileError } from '@/exchange/reviewFile'
import { isolate } from '@/domain/text/bidi'

export function useReviewText() {
  const { t, te } = useI18n()

  /** Where `path` sits in `a` (or in `before`, for a field that is gone now). */
  function fieldLabel(a: Assessment, path: FieldPath, before?: Assessment | null): string {
    return placeLabel(placeOf(a, path) ?? (before ? placeOf(before, path) : null))
  }

  /** "Task 2, descriptor 1 · text" for a place found before (threadViews), or "orphaned" for none. */
  function placeLabel(place: FieldPlace | null): string {
    if (!place) return t('review.orphaned')
    const base = t(`review.place.${place.kind}`, { n: place.number ?? '', item: place.item ?? '' })
    if (!place.field) return base
    const key = `review.fieldName.${place.field}`
    return `${base} · ${te(key) ? t(key) : place.field}`
  }

  function problemText(e: ReviewFileError): string {
    return t(`review.problem.${e.problem}`, { detail: isolate(e.detail) })
  }

  return { fieldLabel, placeLabel, problemText }
}
