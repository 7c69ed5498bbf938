import { ref, watch } from 'vue'
import { DEFAULT_TERM_MARK_WEIGHTS_ID } from '@/domain/rules'
import { termMarkWeights } from '@/domain/bands'

const STORAGE_KEY = 'bagalau.termWeights'
const chosen = ref(read())

function read(): string {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? DEFAULT_TERM_MARK_WEIGHTS_ID
  } catch {
    return DEFAULT_TERM_MARK_WEIGHTS_ID
  }
}

watch(chosen, (id) => {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, id)
  } catch {
    // private mode: the choice lasts for this visit
  }
})

/** The teacher's choice of term-mark weights (a setting kept in this browser; presets in rules.ts). */
export function useTermWeights() {
  return { chosenId: chosen, weights: () => termMarkWeights(chosen.value) }
}
