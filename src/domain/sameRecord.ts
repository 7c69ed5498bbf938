/**
 * Deep equality of plain data (JSON-like values; key order does not matter, and a key holding undefined counts as
 * absent): a restored row against the one here, or a row from the workspace against the database's (Yjs and Dexie
 * may order keys differently).
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((x, i) => sameRecord(x, other[i]))
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}
