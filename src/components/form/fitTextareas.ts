/**
 * Growing textareas to their text without a layout per textarea. Reading `scrollHeight` right after
 * setting a height forces the browser to lay out the whole page; done once per textarea as 500 tasks
 * mount, that made opening the editor quadratic (128 s). Where the browser grows a textarea by itself
 * (CSS `field-sizing: content`, Chromium 123+) nothing is done here; elsewhere all textareas waiting
 * in one frame are measured together: every write, then every read (one layout), then every write.
 */
export const GROWS_BY_ITSELF = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content')

const waiting = new Set<HTMLTextAreaElement>()
let scheduled = false

function fitAll(): void {
  scheduled = false
  const areas = [...waiting].filter((a) => a.isConnected)
  waiting.clear()
  for (const area of areas) area.style.height = 'auto'
  const heights = areas.map((area) => area.scrollHeight)
  areas.forEach((area, i) => (area.style.height = `${heights[i] + 2}px`))
}

/** Fits the textarea to its text in the next batch (before the next paint). */
export function fitLater(area: HTMLTextAreaElement): void {
  waiting.add(area)
  if (scheduled) return
  scheduled = true
  queueMicrotask(fitAll)
}
