import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messages } from './sourceMessages'

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('UI messages', () => {
  it('exist in all three languages with the same keys', () => {
    const kk = keys(messages.kk).sort()
    expect(kk.length).toBeGreaterThan(50)
    expect(keys(messages.ru).sort()).toEqual(kk)
    expect(keys(messages.en).sort()).toEqual(kk)
  })

  it('are never empty', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const empty = keys(messages[lang]).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages[lang]) === '')
      expect(empty, lang).toEqual([])
    }
  })

  it('every t() key used in the source exists', () => {
    const root = resolve(process.cwd(), 'src')
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]))
    const known = new Set(keys(messages.en))
    const used = walk(root)
      .filter((p) => /\.(vue|ts)$/.test(p))
      .flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]))
    expect(used.length).toBeGreaterThan(20)
    expect(used.filter((k) => !known.has(k))).toEqual([])
  })
})
