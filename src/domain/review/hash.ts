/**
 * Identity of a version: a hash of the assessment's content, independent of key order and of the
 * bookkeeping fields (status, timestamps, trash). Not a security measure: it detects truncated or
 * hand-edited files and tells whether two snapshots hold the same content.
 */
import type { Assessment } from '../model'

const BOOKKEEPING = new Set(['status', 'createdAt', 'updatedAt', 'deletedAt'])

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
  return `{${entries.join(',')}}`
}

/** 64-bit string hash (cyrb53 twice with different seeds), as 16 hex digits. */
export function hashText(text: string): string {
  const part = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed
    let h2 = 0x41c6ce57 ^ seed
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      h1 = Math.imul(h1 ^ ch, 2654435761)
      h2 = Math.imul(h2 ^ ch, 1597334677)
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
    return (h1 >>> 0).toString(16).padStart(8, '0')
  }
  return part(0) + part(0x9e3779b9)
}

/** Task fields added later, left out of the hash while empty (a task written before they existed hashes alike). */
const LATER_TASK_FIELDS = ['script', 'teacherNotes'] as const

function withoutEmptyLaterFields(a: Assessment): Record<string, unknown> {
  const tasks = a.tasks.map((t) => {
    const task: Record<string, unknown> = { ...t }
    for (const k of LATER_TASK_FIELDS) if (task[k] === '') delete task[k]
    return task
  })
  return { ...a, tasks }
}

const EDITS = new Set(['rubricEdits', 'specEdits'])

export function contentHash(a: Assessment): string {
  // no rubric or specification edits, no variant and empty teacher material hash like a snapshot written before the field existed
  const content = Object.fromEntries(
    Object.entries(withoutEmptyLaterFields(a)).filter(
      ([k, v]) => !BOOKKEEPING.has(k) && !(EDITS.has(k) && v && Object.keys(v).length === 0) && !(k === 'variant' && v === null),
    ),
  )
  return hashText(canonicalJson(content))
}
