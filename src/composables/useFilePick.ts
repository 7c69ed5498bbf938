import { ref } from 'vue'

/**
 * A file input's change handler that reads the one chosen file once: the input is cleared at once (so the
 * same file can be chosen again) and `busy` holds while it is read, so a second choice waits its turn.
 */
export function useFilePick(read: (file: File) => Promise<void>) {
  const busy = ref(false)

  async function pick(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement
    const file = input.files?.[0]
    input.value = ''
    if (!file || busy.value) return
    busy.value = true
    try {
      await read(file)
    } finally {
      busy.value = false
    }
  }

  return { busy, pick }
}
