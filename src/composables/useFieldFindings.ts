import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'
import { findingsByPath, runChecks } from '@/domain/checks/engine'
import type { Finding } from '@/domain/checks/types'
import type { Assessment } from '@/domain/model'

interface FieldFindings {
  byPath: ComputedRef<Map<string, Finding[]>>
  language: ComputedRef<string>
}

const KEY: InjectionKey<FieldFindings> = Symbol('fieldFindings')

/** Runs the checks once for the whole editor and offers each field its own findings. */
export function provideFieldFindings(assessment: () => Assessment): void {
  const findings = computed(() => runChecks(assessment()))
  provide(KEY, { byPath: computed(() => findingsByPath(findings.value)), language: computed(() => assessment().language) })
}

/** The findings of these exact field paths (empty outside an editor that provides them). */
export function useFindingsAt(paths: () => string[]) {
  const source = inject(KEY, null)
  const findings = computed(() => (source ? paths().flatMap((p) => source.byPath.value.get(p) ?? []) : []))
  const language = computed(() => source?.language.value ?? '')
  return { findings, language }
}
