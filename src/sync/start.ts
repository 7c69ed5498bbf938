/**
 * The sync layer's entry, loaded by import() only once a workspace is joined (stores/workspaceSync.ts):
 * one connection to the school's server and the teacher's library mirrored across her devices.
 */
import type { Membership } from '@/domain/shapes/membership'
import { WorkspaceConnection, type ConnectionState } from './connection'
import { LibrarySync } from './librarySync'

export interface RunningSync {
  connection: WorkspaceConnection
  library: LibrarySync
  stop(): void
}

export async function startWorkspaceSync(membership: Membership, onState: (state: ConnectionState) => void): Promise<RunningSync> {
  const connection = new WorkspaceConnection(membership)
  connection.onState(onState)
  onState(connection.state)
  const library = await LibrarySync.start(membership.member.id, connection)
  return {
    connection,
    library,
    stop() {
      library.stop()
      connection.destroy()
    },
  }
}
