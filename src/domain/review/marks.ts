/**
 * Which fields of the teacher's editor carry a mark for the mentor's threads: the open threads per field
 * path, in the order they were started (the mark opens the first). Resolved threads leave no mark.
 */
import type { Thread } from './model'

export function openThreadsByPath(threads: readonly Thread[]): Map<string, Thread[]> {
  const byPath = new Map<string, Thread[]>()
  for (const th of [...threads].sort((a, b) => a.createdAt - b.createdAt)) {
    if (th.status !== 'open') continue
    const list = byPath.get(th.path)
    if (list) list.push(th)
    else byPath.set(th.path, [th])
  }
  return byPath
}

/** The open threads on any of these paths, in the order of the paths. */
export function threadsAt(byPath: ReadonlyMap<string, readonly Thread[]>, paths: readonly string[]): Thread[] {
  return paths.flatMap((p) => byPath.get(p) ?? [])
}
