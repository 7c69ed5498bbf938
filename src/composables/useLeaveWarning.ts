import { onScopeDispose } from 'vue'

/**
 * Asks the browser to warn before the page is left (reload, close, another address) while `pending()` is true —
 * a save that has not reached the database. The text is also in localStorage already; the warning is for the
 * teacher, who sees «Saving…» and should not have to trust that.
 */
export function useLeaveWarning(pending: () => boolean): void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!pending()) return
    e.preventDefault()
    // older browsers show the dialog only when returnValue is set
    e.returnValue = ''
  }
  window.addEventListener('beforeunload', onBeforeUnload)
  onScopeDispose(() => window.removeEventListener('beforeunload', onBeforeUnload))
}
