/** Keyboard-only helpers for the browser tests: Tab to a control, read what has focus, prove no pointer was used. */
import type { Page } from 'playwright-core'

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, { back = false, max = 120 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${selector}; focus is on ${await describeFocus(page)}`)
}

/** The focused element in a line: tag, test id, class, text. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return 'nothing'
    const id = el.getAttribute('data-testid')
    return `<${el.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ''}${el.className ? ` class="${el.className}"` : ''}> ${(el.innerText ?? '').slice(0, 40)}`
  })
}

export function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null)
}

/** True when the focused element is inside the element matching `selector`. */
export function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => !!document.activeElement?.closest(s), selector)
}

/** Counts pointer presses from now on, so a test can show it never used the mouse. */
export async function countPointerPresses(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { pointerPresses: number }
    w.pointerPresses = 0
    for (const type of ['pointerdown', 'mousedown', 'touchstart']) window.addEventListener(type, () => w.pointerPresses++, { capture: true })
  })
  return () => page.evaluate(() => (window as unknown as { pointerPresses: number }).pointerPresses)
}

/**
 * How the focused element shows its focus: an outline (style not 'none', width above 0) or a box
 * shadow, on the element itself or, for a visually hidden file input, on its visible label.
 * Returns null when focus is visible, else a description of the element that hides it.
 */
export function invisibleFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return 'nothing has focus'
    const shows = (x: Element) => {
      const s = getComputedStyle(x)
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
      return outline || (s.boxShadow !== 'none' && s.boxShadow !== '')
    }
    const box = el.getBoundingClientRect()
    const hidden = box.width <= 1 || box.height <= 1
    const label = (el as HTMLInputElement).labels?.[0] ?? null
    const indicator = hidden ? label : el
    if (indicator && shows(indicator)) return null
    const id = el.getAttribute('data-testid') ?? el.id
    return `<${el.tagName.toLowerCase()}${id ? ` ${id}` : ''} class="${el.className}"> "${(el.innerText || el.getAttribute('aria-label') || '').slice(0, 30)}"`
  })
}

/**
 * Tabs through the page (or the open dialog) once round, until focus comes back to a control it has
 * already shown, and returns how many controls it reached and those whose focus is not visible.
 */
export async function tabRound(page: Page, max = 400): Promise<{ reached: number; invisible: string[] }> {
  await page.evaluate(() => ((window as unknown as { tabRound: Set<Element> }).tabRound = new Set()))
  const invisible: string[] = []
  let reached = 0
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const seen = await page.evaluate(() => {
      const round = (window as unknown as { tabRound: Set<Element> }).tabRound
      const el = document.activeElement
      if (!el || el === document.body) return 'outside' // the browser's own toolbar, between two rounds
      if (round.has(el)) return 'again'
      round.add(el)
      return 'new'
    })
    if (seen === 'again') return { reached, invisible }
    if (seen === 'outside') continue
    reached++
    const problem = await invisibleFocus(page)
    if (problem) invisible.push(problem)
  }
  throw new Error(`no full round of Tab in ${max} presses`)
}
