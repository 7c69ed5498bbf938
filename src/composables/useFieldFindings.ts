import { computed, inject, provide, shallowRef, watch, type ComputedRef, type InjectionKey, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { createChecker, findingsByPath } from '@/domain/checks/engine'
import type { Finding } from '@/domain/checks/types'
import type { Assessment, Language } from '@/domain/model'

interface FieldFindings {
  all: ComputedRef<Finding[]>
  /** The findings of one field path, as a ref that changes only when they do. */
  at: (path: string) => ShallowRef<readonly Finding[]>
  language: ComputedRef<string>
}

const KEY: InjectionKey<FieldFindings> = Symbol('fieldFindings')
const NONE: readonly Finding[] = Object.freeze([])

const sameItems = (a: readonly Finding[], b: readonly Finding[]) => a.length === b.length && a.every((f, i) => f === b[i])

/**
 * Runs the checks once per edit for the whole editor: the checks panel and every field read the same
 * findings (running them in each place would repeat the work on every keystroke). The checker reruns only
 * the rule families that read what the edit changed, and each field path has its own ref, set only when
 * that path's findings change: a keystroke that changes the total's message updates the one field that
 * shows it, not the hundreds of others.
 */
export function provideFieldFindings(assessment: () => Assessment | null): void {
  const check = createChecker()
  // messages in the interface language, like everything around them; quoted text stays the document's
  const { locale } = useI18n({ useScope: 'global' })
  const findings = computed(() => {
    const a = assessment()
    return a ? check(a, locale.value as Language) : []
  })
  // a plain map, not a computed: a field reading it on its first look would otherwise follow every change of it
  let byPath = new Map<string, Finding[]>()
  const refs = new Map<string, ShallowRef<readonly Finding[]>>()
  // only the paths with findings before or now can change: the fields without any (most of them) are not visited
  watch(findings, (list) => {
    const before = byPath
    byPath = findingsByPath(list)
    for (const path of new Set([...byPath.keys(), ...before.keys()])) {
      const ref = refs.get(path)
      const next = byPath.get(path) ?? NONE
      if (ref && !sameItems(ref.value, next)) ref.value = next
    }
  }, { immediate: true })
  provide(KEY, {
    all: findings,
    at: (path) => {
      let ref = refs.get(path)
      if (!ref) refs.set(path, (ref = shallowRef(byPath.get(path) ?? NONE)))
      return ref
    },
    language: computed(() => locale.value),
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
  const findings = computed<readonly Finding[]>((previous) => {
    const next = source ? paths().flatMap((p) => source.at(p).value) : NONE
    return previous && sameItems(previous, next) ? previous : next
  })
  const language = computed(() => source?.language.value ?? '')
  return { findings, language }
}
