import { inject, provide, type InjectionKey } from 'vue'

/**
 * Whether this browser joined a school workspace decides whether the navigation loads the badge of review
 * news (with the sync code). App.vue reads it from storage at each move and provides a way to read it
 * again at once; the join form and the leave button call it, so the badge comes and goes without a move.
 */
const WORKSPACE_CHANGED: InjectionKey<() => void> = Symbol('workspaceChanged')

export function provideWorkspaceChanged(reread: () => void): void {
  provide(WORKSPACE_CHANGED, reread)
}

/** Tells the app frame that a workspace was joined or left. */
export function useWorkspaceChanged(): () => void {
  return inject(WORKSPACE_CHANGED, () => {})
}
