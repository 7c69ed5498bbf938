/** Keyboard focus in dialogs: it goes back where it came from, and Tab goes round inside. */
import { onBeforeUnmount } from 'vue'

/**
 * Gives focus back to the control that opened a dialog or panel when it goes away. Call it in the
 * setup of the dialog: at that moment focus is still on the opener (the button that was pressed).
 * A dialog taken out of the page by `v-if` would otherwise leave focus on <body>, and a keyboard
 * user would start again from the top of the page.
 */
export function useReturnFocus(): void {
  const active = document.activeElement
  const opener = active instanceof HTMLElement && active !== document.body ? active : null
  onBeforeUnmount(() => {
    // after the unmount: until then the open modal dialog keeps the rest of the page inert
    queueMicrotask(() => {
      if (opener?.isConnected && !(opener as HTMLButtonElement).disabled) opener.focus({ preventScroll: true })
    })
  })
}

const TABBABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])'

/**
 * A keydown handler for a modal dialog: Tab on its last control goes to its first, Shift+Tab on the
 * first to the last. (A native modal <dialog> would let focus leave for the browser's own toolbar.)
 */
export function keepTabInside(e: KeyboardEvent): void {
  if (e.key !== 'Tab') return
  const box = e.currentTarget as HTMLElement
  const stops = [...box.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length > 0)
  if (stops.length === 0) return
  const [first, last] = [stops[0], stops[stops.length - 1]]
  const at = document.activeElement
  if (e.shiftKey && (at === first || at === box)) {
    e.preventDefault()
    last.focus()
  } else if (!e.shiftKey && at === last) {
    e.preventDefault()
    first.focus()
  }
}
