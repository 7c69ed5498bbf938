import { onScopeDispose } from 'vue'

interface UndoRedo {
  undo(): void
  redo(): void
}

/** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, across the whole document (not per text box). */
export function useEditorShortcuts(target: UndoRedo): void {
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return
    const key = e.key.toLowerCase()
    // physical key codes too, so the shortcut works with a Cyrillic keyboard layout (я / н)
    const isZ = key === 'z' || e.code === 'KeyZ'
    const isY = key === 'y' || e.code === 'KeyY'
    if (isZ && !e.shiftKey) target.undo()
    else if ((isZ && e.shiftKey) || isY) target.redo()
    else return
    e.preventDefault()
  }
  window.addEventListener('keydown', onKey)
  onScopeDispose(() => window.removeEventListener('keydown', onKey))
}
