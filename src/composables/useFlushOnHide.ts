import { onScopeDispose } from 'vue'

/** Runs `flush` when the tab is hidden or the page is being left, so no typed text waits in a timer. */
export function useFlushOnHide(flush: () => unknown): void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  document.addEventListener('visibilitychange', onVisibility)
  window.addEventListener('pagehide', flush)
  onScopeDispose(() => {
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('pagehide', flush)
  })
}
