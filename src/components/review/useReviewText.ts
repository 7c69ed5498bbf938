/** Words for review things: where a field sits ("Task 2, descriptor 1 · text") and file problems in plain words. */
import { useI18n } from 'vue-i18n'
import type { FieldPath } from '@/domain/anchors'
import type { Assessment, Language } from '@/domain/model'
import { criterionLabel } from '@/domain/criterionLabel'
import { placeOf, type FieldPlace } from '@/domain/review/anchoring'
import type { ReviewFileError, ReviewFileIssue, SpotPart } from '@/stores/review'
import { isolate } from '@/domain/text/bidi'

export function useReviewText() {
  const { t, te, n, locale } = useI18n()

  /** Where `path` sits in `a` (or in `before`, for a field that is gone now). */
  function fieldLabel(a: Assessment, path: FieldPath, before?: Assessment | null): string {
    return placeLabel(placeOf(a, path) ?? (before ? placeOf(before, path) : null))
  }

  /** "Task 2, descriptor 1 · text" for a place found before (threadViews), or "orphaned" for none. */
  function placeLabel(place: FieldPlace | null): string {
    if (!place) return t('review.orphaned')
    if (place.kind === 'row' && place.table) return rowLabel(place)
    const at = place.part ?? place.number ?? ''
    const short = place.kind === 'criterion' && typeof at === 'number' ? criterionLabel(locale.value as Language, at) : ''
    const base = t(`reviewPlace.place.${place.kind}`, { n: at, item: place.item ?? '', short })
    if (!place.field) return base
    const key = `reviewPlace.fieldName.${place.field}`
    return `${base} · ${te(key) ? t(key) : place.field}`
  }

  /** "Mark scheme, task 2ә row" or "Parent rubric, criterion К1 row". */
  function rowLabel(place: FieldPlace): string {
    const table = t(`tables.${place.table}`)
    const short = criterionLabel(locale.value as Language, place.number ?? 0)
    if (place.table === 'parentRubric') return t('reviewTrust.row.criterion', { table, short })
    return t('reviewTrust.row.task', { table, task: place.part ?? place.number ?? '' })
  }

  function spotPartText(part: SpotPart): string {
    if ('item' in part) return t(`reviewFile.spot.item.${part.item}`, { n: part.n })
    if ('list' in part) return t(`reviewFile.spot.list.${part.list}`)
    if ('part' in part) return t(`reviewFile.spot.part.${part.part}`)
    if (!part.known) return t('reviewFile.spot.unknown', { name: isolate(part.field) })
    for (const key of [`reviewPlace.fieldName.${part.field}`, `reviewFile.spot.field.${part.field}`]) if (te(key)) return t(key)
    return t('reviewFile.spot.internal')
  }

  /** "task 3, descriptor 2, text: the text is too long (the limit is 20,000 characters). … Ask the teacher to …" */
  function issueText(issue: ReviewFileIssue, kind: 'package' | 'reply'): string {
    const where = issue.spot.length ? issue.spot.map(spotPartText).join(', ') : t('reviewFile.spot.whole')
    const what = t(`reviewFile.issue.${issue.what}`, { limit: issue.limit === null ? '' : n(issue.limit) })
    const todo = t(`reviewFile.todo.${issue.what === 'tooLong' || issue.what === 'tooMany' ? 'shorten' : 'resend'}.${kind}`)
    return t('review.problem.invalid', { where, what, todo })
  }

  function problemText(e: ReviewFileError): string {
    if (e.problem === 'invalid' && e.issue) return issueText(e.issue, e.kind ?? 'package')
    if (e.problem === 'backupFile') return t('review.problem.backupFile', { page: t('data.nav'), action: t('data.restore.title') })
    if (e.problem === 'otherAssessment' && e.other) {
      const names = { sender: isolate(e.other.sender || t('review.role.mentor')), author: isolate(e.other.author), title: isolate(e.detail) }
      return t(`reviewTrust.other.${e.other.author ? 'withAuthor' : 'noAuthor'}`, names)
    }
    if (e.problem === 'inTrash') return t('reviewTrust.inTrash', { title: isolate(e.detail) })
    if (e.problem === 'versionReused') return t('review.problem.versionReused', { title: isolate(e.detail), n: e.version ?? '' })
    return t(`review.problem.${e.problem}`, { detail: isolate(e.detail) })
  }

  return { fieldLabel, placeLabel, problemText }
}
