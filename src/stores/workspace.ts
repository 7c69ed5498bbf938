import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import type { Membership } from '@/domain/shapes/membership'
import { joinWorkspace, type JoinProblem } from '@/exchange/workspaceJoin'
import { forgetMembership, readMembership, writeMembership } from '@/storage/membership'
import { useWorkspaceSyncStore } from './workspaceSync'

export type { Membership, JoinProblem }
export type { WorkspacePerson, WorkspaceRole } from '@/domain/shapes/membership'

/**
 * The school workspace this browser has joined, if any. Joining exchanges a one-time invitation code
 * for a signed token; leaving forgets it here (the server keeps the member). Nothing syncs until a
 * workspace is joined, and the sync code is not loaded before.
 */
export const useWorkspaceStore = defineStore('workspace', () => {
  const membership = ref<Membership | null>(readMembership())
  const joining = ref(false)
  const problem = ref<JoinProblem | 'storage' | null>(null)

  async function join(address: string, code: string): Promise<boolean> {
    joining.value = true
    problem.value = null
    try {
      const result = await joinWorkspace(address, code)
      if (!result.ok) {
        problem.value = result.problem
        return false
      }
      if (writeMembership(result.membership) !== 'ok') {
        problem.value = 'storage'
        return false
      }
      membership.value = result.membership
      void useWorkspaceSyncStore().start(result.membership)
      return true
    } finally {
      joining.value = false
    }
  }

  function leave(): void {
    useWorkspaceSyncStore().stop()
    forgetMembership()
    membership.value = null
  }

  return { membership, joining, problem, join, leave }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceStore, import.meta.hot))
