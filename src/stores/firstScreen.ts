import { nextTick, shallowRef, type Ref } from 'vue'
import type { Router } from 'vue-router'
import { firstListDrawn } from '@/db/lazy'
import { firstRead } from '@/db/firstRead'
import { storedLastBackupAt } from '@/storage/browserStorage'

/**
 * The first page has shown what it opened for (the library its first list, which it draws before the database code
 * loads; any other page at once): what it does not need — the rest of the words, the backup reminder, the update
 * prompt — may load now without delaying it.
 */
export async function firstScreenShown(router: Router): Promise<void> {
  await router.isReady()
  // the page the first address leads to has been set up (the library registers its first read then)
  await nextTick()
  await firstListDrawn()
}

/** Starts the library's first read (db/firstRead.ts) before the app mounts, so it runs beside the loading of the words. */
export function startFirstRead(): void {
  void firstRead(storedLastBackupAt.read())
}

/** `firstScreenShown` as a flag for a template. */
export function useFirstScreenShown(router: Router): Readonly<Ref<boolean>> {
  return flagOf(firstScreenShown(router))
}

/** Resolves once the library's first list is on screen (at once on any other page): a card's extras (its checks) load after. */
export function whenFirstListDrawn(): Promise<void> {
  return firstListDrawn()
}

function flagOf(done: Promise<void>): Readonly<Ref<boolean>> {
  const flag = shallowRef(false)
  void done.then(() => (flag.value = true))
  return flag
}
