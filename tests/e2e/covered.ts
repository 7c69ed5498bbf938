import type { Locator } from 'playwright-core'

/**
 * What covers the top edge of `target` in the window, or null when nothing does: the points just inside its top
 * edge (left, middle, right) are asked of `document.elementFromPoint`, which answers with the topmost element
 * drawn there — a sticky toolbar or a popup panel over the target answers instead of the target. A target
 * whose top is outside the window is reported too (it is not on screen to be read).
 */
export function topCoveredBy(target: Locator): Promise<string | null> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect()
    if (box.top < 0 || box.top >= innerHeight) return `its top is outside the window (${Math.round(box.top)} of ${innerHeight})`
    const y = box.top + 3
    for (const x of [box.left + 4, box.left + box.width / 2, box.right - 4]) {
      const hit = document.elementFromPoint(x, y)
      if (hit && el.contains(hit)) continue
      if (!hit) return `nothing at (${Math.round(x)}, ${Math.round(y)})`
      const named = hit.closest('[data-testid]')?.getAttribute('data-testid') ?? ''
      return `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}${named ? ` in [data-testid=${named}]` : ''} at (${Math.round(x)}, ${Math.round(y)})`
    }
    return null
  })
}
