/**
 * Backup tests run in vitest's node environment: happy-dom's Blob does not survive fake-indexeddb's
 * structured clone, Node's does. Node 20 lacks FileReader and `self`, which dexie-export-import uses;
 * this gives it a minimal FileReader over Blob.arrayBuffer().
 */
const g = globalThis as Record<string, unknown>
g.self ??= globalThis

class NodeFileReader {
  result: ArrayBuffer | null = null
  error: unknown = null
  onload: ((ev: { target: NodeFileReader }) => void) | null = null
  onerror: ((ev: { target: NodeFileReader }) => void) | null = null
  onabort: (() => void) | null = null
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer
        this.onload?.({ target: this })
      },
      (e: unknown) => {
        this.error = e
        this.onerror?.({ target: this })
      },
    )
  }
}
g.FileReader ??= NodeFileReader
