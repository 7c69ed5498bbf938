import { onBeforeUnmount, onMounted, type Ref } from 'vue'

/**
 * Keeps a sticky side panel's bottom above the notice region (NoticeRegion.vue). Before the page scrolls, the
 * panel starts lower than where it sticks, so CSS alone cannot tell how tall it may be: this keeps
 * `--top-on-screen` (the panel's top in the window) up to date for its max-height to subtract.
 */
export function useClearOfNotices(panel: Readonly<Ref<HTMLElement | null>>): void {
  let observer: ResizeObserver | undefined
  // scroll events come once a frame and the layout is fresh then, so measuring in them costs no extra layout
  const measure = (): void => {
    const el = panel.value
    if (el) el.style.setProperty('--top-on-screen', `${Math.max(0, Math.round(el.getBoundingClientRect().top))}px`)
  }
  onMounted(() => {
    measure()
    addEventListener('scroll', measure, { passive: true })
    addEventListener('resize', measure)
    // a banner or notice appearing above the panel moves it without a scroll
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(measure)
      observer.observe(document.body)
    }
  })
  onBeforeUnmount(() => {
    removeEventListener('scroll', measure)
    removeEventListener('resize', measure)
    observer?.disconnect()
  })
}
