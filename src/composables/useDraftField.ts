import { ref, watch, type Ref } from 'vue'

export interface DraftField<P> {
  raw: Ref<string>
  problem: Ref<P | null>
  onInput: (text: string) => void
}

/**
 * Text the teacher is typing into a field whose model value is parsed (a number, a list). The raw
 * text stays as typed; the model is updated only with valid values; an invalid value shows its problem
 * at the field. When the model changes from outside (undo), the text follows it.
 */
export function useDraftField<T, P>(
  model: () => T,
  format: (value: T) => string,
  parse: (text: string) => { ok: true; value: T } | { ok: false; problem: P },
  commit: (value: T) => void,
  same: (a: T, b: T) => boolean = (a, b) => a === b,
): DraftField<P> {
  const raw = ref(format(model()))
  const problem = ref<P | null>(null) as Ref<P | null>

  watch(model, (value) => {
    const parsed = parse(raw.value)
    if (!parsed.ok || !same(parsed.value, value)) {
      raw.value = format(value)
      problem.value = null
    }
  })

  function onInput(text: string): void {
    raw.value = text
    const parsed = parse(text)
    if (!parsed.ok) {
      problem.value = parsed.problem
      return
    }
    problem.value = null
    if (!same(parsed.value, model())) commit(parsed.value)
  }

  return { raw, problem, onInput }
}
