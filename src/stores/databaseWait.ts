import { onScopeDispose, shallowRef, type Ref } from 'vue'
import { onOpenWait, openWait, type OpenWait } from '@/db/openWatch'

/** Whether opening the database keeps the page waiting (db/openWatch.ts), for the notice that says so. */
export function useDatabaseWait(): Readonly<Ref<OpenWait>> {
  const wait = shallowRef(openWait())
  onScopeDispose(onOpenWait((w) => (wait.value = w)))
  return wait
}
