/**
 * The keys of the ARIA tabs pattern for a `role="tablist"`: ← → move to the previous or next tab and
 * select it, Home and End to the first and last. Only the selected tab is in the Tab order (give the
 * others `tabindex="-1"`), so Tab goes from the tabs straight to the panel.
 */
export function onTablistKeydown(e: KeyboardEvent): void {
  const tabs = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]')]
  const at = tabs.indexOf(e.target as HTMLElement)
  const to = at < 0 ? undefined : ({ ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 } as Record<string, number>)[e.key]
  if (to === undefined) return
  e.preventDefault()
  const tab = tabs[(to + tabs.length) % tabs.length]
  tab.focus()
  tab.click()
}
