/**
 * A figure of an assessment remembered per saved version (id + updatedAt; every saved change of content gets a new
 * `updatedAt`): the library re-reads its whole list from the database after any change, as new objects, and only the
 * assessments that changed need their card's figures (points, errors, review state) worked out again.
 */
import type { Assessment } from './model'

/** `figure` of an assessment, computed once per version and `extra` key (what else the figure reads, e.g. its status). */
export function perVersion<T, A extends unknown[] = []>(figure: (a: Assessment, ...extra: A) => T, keep = 5_000): (a: Assessment, ...extra: A) => T {
  const known = new Map<string, T>()
  return (a, ...extra) => {
    const key = `${a.id}@${a.updatedAt}${extra.length ? `|${extra.join('|')}` : ''}`
    if (known.has(key)) return known.get(key) as T
    const value = figure(a, ...extra)
    if (known.size >= keep) known.clear()
    known.set(key, value)
    return value
  }
}
