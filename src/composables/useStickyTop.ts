import { onBeforeUnmount, onMounted, type Ref } from 'vue'

/**
 * Keeps `--sticky-top` on the page's root at the height of a bar stuck to the top of the window (the editor's
 * toolbar), for what must stay clear of it: a side panel sticking just below it and the page's
 * `scroll-padding-top`, so a field scrolled to or focused is not left under the bar. The bar's height is
 * measured, not assumed: its buttons wrap to more rows in Russian, on a narrow screen, or with the school
 * workspace's «Send to my mentor» and the mentor's status beside the file review's.
 */
export function useStickyTop(bar: Readonly<Ref<HTMLElement | null>>): void {
  let observer: ResizeObserver | undefined
  const root = () => document.documentElement
  const measure = (): void => {
    const el = bar.value
    if (el) root().style.setProperty('--sticky-top', `${Math.ceil(el.getBoundingClientRect().height)}px`)
  }
  onMounted(() => {
    measure()
    if (typeof ResizeObserver === 'undefined' || !bar.value) return
    observer = new ResizeObserver(measure)
    observer.observe(bar.value)
  })
  onBeforeUnmount(() => {
    observer?.disconnect()
    root().style.removeProperty('--sticky-top')
  })
}
