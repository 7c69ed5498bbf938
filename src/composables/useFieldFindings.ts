import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'
import { createChecker, findingsByPath } from '@/domain/checks/engine'
import type { Finding } from '@/domain/checks/types'
import type { Assessment } from '@/domain/model'

interface FieldFindings {
  all: ComputedRef<Finding[]>
  byPath: ComputedRef<Map<string, Finding[]>>
  language: ComputedRef<string>
}

const KEY: InjectionKey<FieldFindings> = Symbol('fieldFindings')

/**
 * Runs the checks once per edit for the whole editor: the checks panel and every field read the same
 * findings (running them in each place would repeat the work on every keystroke). The checker reruns only
 * the rule families that read what the edit changed, and gives back the same array while the findings stay
 * the same, so a keystroke that changes no finding updates no field.
 */
export function provideFieldFindings(assessment: () => Assessment | null): void {
  const check = createChecker()
  const findings = computed(() => {
    const a = assessment()
    return a ? check(a) : []
  })
  provide(KEY, {
    all: findings,
    byPath: computed(() => findingsByPath(findings.value)),
    language: computed(() => assessment()?.language ?? ''),
  })
}

/** All findings of the editor's document, or null outside an editor that provides them. */
export function useProvidedFindings(): ComputedRef<Finding[]> | null {
  return inject(KEY, null)?.all ?? null
}

/** The findings of these exact field paths (empty outside an editor that provides them). */
export function useFindingsAt(paths: () => string[]) {
  const source = inject(KEY, null)
  // the previous list while its findings are the same ones: the field does not update
  const findings = computed<Finding[]>((previous) => {
    const next = source ? paths().flatMap((p) => source.byPath.value.get(p) ?? []) : []
    return previous && previous.length === next.length && previous.every((f, i) => f === next[i]) ? previous : next
  })
  const language = computed(() => source?.language.value ?? '')
  return { findings, language }
}
