/**
 * Picture blobs of the open documents: saved to IndexedDB, shown through cached object URLs. A picture not
 * stored yet (on its way from the teacher's other device) is watched for and shown when it arrives.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { reactive } from 'vue'
import { newId } from '@/domain/ids'
import { picturesRepo } from '@/db/pictures'
import { observe } from '@/db/live'

export const usePicturesStore = defineStore('pictures', () => {
  const urls = reactive(new Map<string, string>())
  const loading = new Set<string>()

  async function save(assessmentId: string, blob: Blob, mimeType: string): Promise<string> {
    const id = newId()
    await picturesRepo.put({ id, assessmentId, blob, mimeType })
    urls.set(id, URL.createObjectURL(blob))
    return id
  }

  /** The object URL of a stored picture; loads it on first use (undefined until loaded or if missing). */
  function urlOf(blobId: string): string | undefined {
    const url = urls.get(blobId)
    if (url || loading.has(blobId)) return url
    loading.add(blobId)
    const watching = observe(() => picturesRepo.get(blobId)).subscribe({
      next: (row) => {
        if (!row) return
        loading.delete(blobId)
        urls.set(blobId, URL.createObjectURL(row.blob))
        queueMicrotask(() => watching.unsubscribe())
      },
      error: () => loading.delete(blobId),
    })
    return undefined
  }

  return { save, urlOf }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePicturesStore, import.meta.hot))
