/** Structural checks on parsed JSON before any schema sees it: depth and prototype-polluting keys. */

/** Deeper than anything Bagalau writes (an assessment row is about 6 levels inside the file). */
export const MAX_DEPTH = 32
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Longer than any value Bagalau writes (a picture's base64 stays under 20 million characters). */
export const MAX_STRING = 20_000_000

export type SafetyProblem = { kind: 'tooDeep' } | { kind: 'forbiddenKey'; key: string } | { kind: 'tooLong' }

/** Walks the value iteratively (a hostile nesting cannot overflow the stack) and reports the first problem. */
export function findSafetyProblem(root: unknown, maxDepth = MAX_DEPTH, maxString = MAX_STRING): SafetyProblem | null {
  const stack: [unknown, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (typeof value === 'string' && value.length > maxString) return { kind: 'tooLong' }
    if (value === null || typeof value !== 'object') continue
    if (depth >= maxDepth) return { kind: 'tooDeep' }
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1])
      continue
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbiddenKey', key }
      stack.push([(value as Record<string, unknown>)[key], depth + 1])
    }
  }
  return null
}
