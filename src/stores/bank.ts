/**
 * The school bank for the UI: what colleagues published (live), publishing an approved assessment,
 * unpublishing (the author, or a methodist moderating), a colleague's own copy, and objectives shared
 * from one teacher's catalogue brought into another's. The sync code (src/sync/bank) is loaded by
 * `import()` the first time the bank is used, and only when a workspace is joined; its documents ride on
 * the workspace's one connection (stores/workspaceSync.ts), the same socket as the library's.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import type { Assessment } from '@/domain/model'
import { planImport } from '@/domain/catalogue/importPlan'
import {
  bankEntry,
  canUnpublish,
  copyFromBank,
  readBankEntries,
  readSharedObjectives,
  sharedImportRows,
  sharedObjectives,
  type BankEntry,
  type Publisher,
  type ShareableGroup,
  type SharedObjectives,
} from '@/domain/workspace/bank'
import type { WorkspacePerson } from '@/domain/shapes/membership'
import type { BankConnection, BankSpace } from '@/sync/bank/connection'
import { useWorkspaceStore } from './workspace'
import { useLibraryStore } from './library'
import { useWorkspaceSyncStore } from './workspaceSync'

export type { BankEntry, SharedObjectives, ShareableGroup }
export type BankStatus = 'off' | 'connecting' | 'ready' | 'offline' | 'refused'

/** Resolves once the condition holds (a live query has answered). */
function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = watch(condition, (ok) => {
      if (!ok) return
      queueMicrotask(() => stop())
      resolve()
    }, { immediate: true })
  })
}

export const useBankStore = defineStore('bank', () => {
  const workspace = useWorkspaceStore()
  const sync = useWorkspaceSyncStore()
  const entries = shallowRef<BankEntry[]>([])
  const shared = shallowRef<SharedObjectives[]>([])
  /** The member and colleagues as the server knows them now (the membership's list until asked). */
  const people = shallowRef<WorkspacePerson[]>([])
  const status = shallowRef<BankStatus>('off')
  /** Every colleague's bank document has had its first exchange with the server. */
  const loaded = shallowRef(false)
  let connection: BankConnection | null = null
  let starting: Promise<void> | null = null
  let scheduled = false

  const me = computed(() => workspace.membership?.member ?? null)
  const publisher = (): Publisher => {
    const m = workspace.membership
    if (!m) throw new Error('not joined')
    return { member: m.member, school: m.school }
  }

  // each stored value is checked once: Yjs hands back the same object while an item is unchanged
  const checked = new WeakMap<object, unknown[]>()
  function readItems<T>(space: BankSpace, read: (values: [string, unknown][], where: { schoolId: string; authorId: string }) => T[]): T[] {
    if (!connection || !workspace.membership) return []
    const schoolId = workspace.membership.school.id
    const out: T[] = []
    for (const author of connection.all(space)) {
      for (const [key, value] of connection.items(author).entries()) {
        const cacheable = typeof value === 'object' && value !== null
        const hit = cacheable ? (checked.get(value) as T[] | undefined) : undefined
        const items = hit ?? read([[key, value]], { schoolId, authorId: author.authorId })
        if (cacheable && !hit) checked.set(value, items)
        out.push(...items)
      }
    }
    return out
  }

  function refresh(): void {
    scheduled = false
    if (!connection) return
    entries.value = readItems('bank', readBankEntries)
    shared.value = readItems('catalogue', readSharedObjectives)
    const docs = connection.all('bank')
    const usable = docs.filter((d) => !d.refused)
    loaded.value = usable.length > 0 && usable.every((d) => d.synced)
    const state = connection.status
    if (state === 'refused' || (docs.length > 0 && usable.length === 0)) status.value = 'refused'
    else status.value = state === 'online' ? 'ready' : state === 'connecting' ? 'connecting' : 'offline'
  }

  /** Many updates arrive together at first sync: the list is read again once per task. */
  function schedule(): void {
    if (scheduled) return
    scheduled = true
    queueMicrotask(refresh)
  }

  /** Connects (once) and opens every colleague's bank and shared objectives. */
  function start(): Promise<void> {
    const membership = workspace.membership
    if (!membership) return Promise.resolve()
    starting ??= (async () => {
      status.value = 'connecting'
      const [{ BankConnection }, { fetchColleagues }] = await Promise.all([import('@/sync/bank/connection'), import('@/sync/bank/colleagues'), sync.start(membership)])
      const running = sync.running
      if (!running) {
        status.value = 'off'
        starting = null
        return
      }
      connection = new BankConnection(running.connection, { schoolId: membership.school.id, onChange: schedule })
      people.value = [membership.member, ...membership.colleagues]
      openAll()
      // colleagues who joined after this browser did are found on the server
      const answer = await fetchColleagues(membership.server.api, membership.token)
      if (answer.ok && connection) {
        people.value = [answer.member, ...answer.colleagues]
        openAll()
      }
    })()
    return starting
  }

  function openAll(): void {
    if (!connection) return
    const ids = people.value.map((p) => p.id)
    for (const space of ['bank', 'catalogue'] as const) {
      connection.keepOnly(space, ids)
      connection.open(space, ids)
    }
    schedule()
  }

  function stop(): void {
    connection?.destroy()
    connection = null
    starting = null
    entries.value = []
    shared.value = []
    loaded.value = false
    status.value = 'off'
  }
  watch(
    () => workspace.membership?.token,
    (token, before) => {
      if (token !== before) stop()
    },
  )
  // the workspace's connection stopped or started again: the bank's documents went with the old one
  watch(
    () => sync.running,
    (running, before) => {
      if (running !== before && before) stop()
    },
  )

  /** The name the server gives a colleague now; the name stored with the entry when she is not listed. */
  function nameOf(person: { id: string; name: string }): string {
    return people.value.find((p) => p.id === person.id)?.name ?? person.name
  }

  const mine = (id: string) => entries.value.find((e) => e.id === id && e.author.id === me.value?.id) ?? null

  /** Publishes (or publishes again) an approved assessment; true once the server has it. */
  async function publish(a: Assessment): Promise<boolean> {
    await start()
    if (!connection) return false
    const by = publisher()
    connection.put('bank', by.member.id, a.id, bankEntry(a, by, Date.now()))
    return connection.settled('bank', by.member.id)
  }

  const mayUnpublish = (e: BankEntry): boolean => (me.value ? canUnpublish(me.value, e) : false)

  async function unpublish(e: BankEntry): Promise<boolean> {
    await start()
    if (!connection || !me.value || !canUnpublish(me.value, e)) return false
    connection.remove('bank', e.author.id, e.id, { id: e.id, title: e.assessment.title, by: me.value.id, at: Date.now() })
    return connection.settled('bank', e.author.id)
  }

  /** One entry, once its author's document has synced (null when it is not there, or not reachable). */
  async function item(authorId: string, id: string): Promise<BankEntry | null> {
    await start()
    const doc = connection?.get('bank', authorId)
    if (!connection || !doc) return null
    if (!(await connection.settled('bank', authorId))) return null
    refresh()
    return entries.value.find((e) => e.id === id && e.author.id === authorId) ?? null
  }

  /** The teacher's own editable copy in her library; returns its id. */
  async function copy(e: BankEntry): Promise<string> {
    return useLibraryStore().saveNew(copyFromBank(e, Date.now()))
  }

  /** Shares one subject/grade/language group of the teacher's own catalogue entries (again: replaces it). */
  async function share(group: ShareableGroup): Promise<boolean> {
    await start()
    if (!connection) return false
    const by = publisher()
    connection.put('catalogue', by.member.id, group.id, sharedObjectives(group, by, Date.now()))
    return connection.settled('catalogue', by.member.id)
  }

  async function unshare(set: SharedObjectives): Promise<boolean> {
    await start()
    if (!connection || set.author.id !== me.value?.id) return false
    connection.remove('catalogue', set.author.id, set.id)
    return connection.settled('catalogue', set.author.id)
  }

  /** Brings a colleague's shared objectives into the teacher's catalogue, through the catalogue's import (existing codes are kept). */
  async function bringIn(set: SharedObjectives): Promise<number> {
    const { useCatalogueStore } = await import('./catalogue')
    const catalogue = useCatalogueStore()
    // the catalogue's subjects know «Математика» and «Mathematics» as one subject once the shipped data is in
    await catalogue.ensureShipped().catch(() => undefined)
    await until(() => catalogue.loaded)
    const plan = planImport(sharedImportRows(set), catalogue.objectives, catalogue.subjects)
    return catalogue.confirmImport(plan, 'skip')
  }

  return { entries, shared, people, status, loaded, me, start, stop, nameOf, mine, publish, mayUnpublish, unpublish, item, copy, share, unshare, bringIn }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBankStore, import.meta.hot))
