import { useI18n } from 'vue-i18n'
import type { VariantDifference } from '@/domain/variantEquivalence'
import { isolate } from '@/domain/text/bidi'

/** A variant's label and an equivalence finding, in the interface language. */
export function useVariantText() {
  const { t } = useI18n()
  const label = (n: number) => t('variants.label', { n })
  const value = (kind: VariantDifference['kind'], v: string | number | null): string => {
    if (v === null) return t('variants.none')
    if (kind === 'level') return t(`level.${v}`)
    if (kind === 'type') return t(`taskType.${v}`)
    return String(v)
  }
  const codes = (list: string[]) => (list.length ? list.map((c) => isolate(c)).join(', ') : t('variants.none'))

  function difference(d: VariantDifference, baseNumber: number): string {
    const common = { label: label(d.variant), baseLabel: label(baseNumber) }
    switch (d.kind) {
      case 'objectives':
        return t('variants.diff.objectives', { ...common, missing: codes(d.missing), extra: codes(d.extra) })
      case 'criterionPoints':
        return t('variants.diff.criterionPoints', { ...common, criterion: isolate(d.text || String(d.criterion)), base: d.base, other: d.other })
      case 'taskCount':
      case 'duration':
        return t(`variants.diff.${d.kind}`, { ...common, base: value(d.kind, d.base), other: value(d.kind, d.other) })
      default:
        return t(`variants.diff.${d.kind}`, { ...common, task: d.task, base: value(d.kind, d.base), other: value(d.kind, d.other) })
    }
  }
  return { label, difference }
}
