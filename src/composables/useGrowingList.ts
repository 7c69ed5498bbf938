import { computed, onScopeDispose, shallowRef, watch, type Ref } from 'vue'

/**
 * Rows drawn at once when the list changes (a laptop screen's worth of search results), and added per frame after
 * that. The first frame also takes the rows of the list before away. A trace of the catalogue of 20,000 put the
 * frames that add rows (their script and the layout of the new rows) at 50–68 ms of CPU with 20 rows a frame; with 10
 * no task of opening that catalogue reached 50 ms in the paired bench runs, but 4–5 frames a load still took over
 * 20 ms, which a loaded machine stretches several times over in wall time (the page's thread waits for a core);
 * with 5, 1–2 did, for the same CPU in all.
 */
const FIRST = 12
const STEP = 5
/**
 * How long a new list must stay before rows past the first are drawn: the catalogue's answer changes at every letter
 * typed, and rows drawn for an answer the next letter replaces are work and DOM garbage for nothing. (Blink's heap
 * sweep, one task of 45–61 ms of CPU in most traced openings of the catalogue of 20,000, still came in 1 of 2 loads
 * with this; its garbage has other sources too.)
 */
const SETTLE_MS = 250
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS))

/**
 * The first rows of a long list at once and the rest a few per frame, so that drawing 200 search results
 * never holds the page's thread for long: what the screen shows first is there in the first frame, the rows
 * further down follow within a few frames once the list has stayed a moment (`settled`). A new list starts again from
 * its first rows, but for those it shares with the list before from the top (rows kept by key are reused).
 */
export function useGrowingList<T>(list: Readonly<Ref<readonly T[]>>, first = FIRST, step = STEP, settled: () => Promise<void> = settle) {
  const count = shallowRef(first)
  let frame = 0
  let version = 0
  const stop = () => {
    version += 1
    if (frame) cancelAnimationFrame(frame)
    frame = 0
  }
  function grow(): void {
    frame = 0
    if (count.value >= list.value.length) return
    count.value += step
    frame = requestAnimationFrame(grow)
  }
  watch(
    list,
    (now, before) => {
      stop()
      // rows already drawn stay while the new list begins with them (the same answer again, say)
      let kept = 0
      while (before && kept < count.value && kept < now.length && now[kept] === before[kept]) kept++
      count.value = Math.max(first, kept)
      if (now.length <= count.value) return
      const waiting = version
      void settled().then(() => {
        if (waiting === version) frame = requestAnimationFrame(grow)
      })
    },
    { immediate: true },
  )
  onScopeDispose(stop)
  return computed(() => (list.value.length > count.value ? list.value.slice(0, count.value) : list.value))
}
