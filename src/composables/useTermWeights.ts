import { ref, watch } from 'vue'
import { DEFAULT_TERM_MARK_WEIGHTS_ID } from '@/domain/rules'
import { termMarkWeights } from '@/domain/bands'
import { storedTermWeights } from '@/storage/browserStorage'

const chosen = ref(storedTermWeights.read() ?? DEFAULT_TERM_MARK_WEIGHTS_ID)

// private mode: the choice lasts for this visit
watch(chosen, (id) => storedTermWeights.write(id))

/** The teacher's choice of term-mark weights (a setting kept in this browser; presets in rules.ts). */
export function useTermWeights() {
  return { chosenId: chosen, weights: () => termMarkWeights(chosen.value) }
}
