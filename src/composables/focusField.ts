import { nextTick } from 'vue'

/**
 * Scrolls to and focuses the editor control of a field path (its `data-field` attribute), e.g. when a
 * check finding or a table cell is clicked. Falls back to the nearest enclosing item (task, criterion).
 */
export async function focusField(path: string): Promise<boolean> {
  await nextTick()
  const parts = path.split('/')
  for (let n = parts.length; n > 0; n--) {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(parts.slice(0, n).join('/'))}"]`)
    if (!el) continue
    el.scrollIntoView({ block: 'center' })
    // a short highlight shows where the eye should go (the class is removed when the animation ends)
    el.classList.remove('field-flash')
    void el.offsetWidth
    el.classList.add('field-flash')
    el.addEventListener('animationend', () => el.classList.remove('field-flash'), { once: true })
    const target = el.matches('input, textarea, select, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input, textarea, select, button')
    target?.focus({ preventScroll: true })
    return true
  }
  return false
}

/**
 * focusField once the field is on the page: a tab whose component loads on demand (a derived table)
 * draws it a few frames later. Gives up after about two seconds of frames.
 */
export async function focusFieldWhenDrawn(path: string, frames = 120): Promise<boolean> {
  await nextTick()
  for (let i = 0; i < frames && !document.querySelector(`[data-field="${CSS.escape(path)}"]`); i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  return focusField(path)
}

/** True when no control has focus: it is on <body> or on <main> (where a page change leaves it). */
export function focusIsLost(): boolean {
  const el = document.activeElement
  return el === null || el === document.body || el.id === 'main'
}

/**
 * After an item is removed, focus goes to the first of these fields still on the page (a neighbour),
 * else to `fallback` (e.g. the section's "add" button): never left on <body>, where the next Tab would
 * start again from the top of the page.
 */
export async function focusNeighbour(paths: (string | undefined)[], fallback?: HTMLElement | null): Promise<void> {
  await nextTick()
  for (const path of paths) {
    if (path && document.querySelector(`[data-field="${CSS.escape(path)}"]`) && (await focusField(path))) return
  }
  fallback?.focus()
}
