import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Membership } from '@/domain/shapes/membership'
import { readMembership } from '@/storage/membership'
import type { ConnectionState } from '@/sync/connection'
import type { RunningSync } from '@/sync/start'

export type SyncState = 'off' | 'starting' | ConnectionState

/**
 * The workspace's sync, running while a workspace is joined. The sync code (src/sync, with Yjs and the
 * Hocuspocus provider) is loaded here by import(), so a teacher without a workspace never loads it.
 */
export const useWorkspaceSyncStore = defineStore('workspaceSync', () => {
  const state = ref<SyncState>('off')
  const running = shallowRef<RunningSync | null>(null)
  let starting: Promise<void> | null = null

  function start(membership: Membership): Promise<void> {
    if (running.value || starting) return starting ?? Promise.resolve()
    state.value = 'starting'
    starting = import('@/sync/start')
      .then(({ startWorkspaceSync }) => startWorkspaceSync(membership, (next) => (state.value = next)))
      .then((sync) => {
        running.value = sync
        state.value = sync.connection.state
      })
      .catch(() => {
        state.value = 'off'
      })
      .finally(() => (starting = null))
    return starting
  }

  function stop(): void {
    running.value?.stop()
    running.value = null
    state.value = 'off'
  }

  return { state, running, start, stop }
})

/** At start-up: when this browser has joined a workspace, start its sync (nothing is loaded otherwise). */
export function startSavedWorkspace(): void {
  const membership = readMembership()
  if (membership) void useWorkspaceSyncStore().start(membership)
}

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceSyncStore, import.meta.hot))
