import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'
import { findingsByPath, runChecks } from '@/domain/checks/engine'
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
 * findings (running them in each place would repeat the work on every keystroke).
 */
export function provideFieldFindings(assessment: () => Assessment | null): void {
  const findings = computed(() => {
    const a = assessment()
    return a ? runChecks(a) : []
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
  const findings = computed(() => (source ? paths().flatMap((p) => source.byPath.value.get(p) ?? []) : []))
  const language = computed(() => source?.language.value ?? '')
  return { findings, language }
}
