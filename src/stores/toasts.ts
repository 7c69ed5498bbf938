import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

export interface Toast {
  id: number
  message: string
  action?: { label: string; run: () => unknown }
}

/** Short messages at the bottom of the screen, optionally with one action (e.g. Undo). */
export const useToastStore = defineStore('toasts', () => {
  const toasts = ref<Toast[]>([])
  let nextId = 1

  function show(message: string, action?: Toast['action'], timeoutMs = 6000): void {
    const id = nextId++
    toasts.value = [...toasts.value, { id, message, action }]
    setTimeout(() => dismiss(id), timeoutMs)
  }

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((toast) => toast.id !== id)
  }

  return { toasts, show, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useToastStore, import.meta.hot))
