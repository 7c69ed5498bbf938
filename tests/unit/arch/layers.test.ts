/** The layers of DESIGN.md, held by a test: it fails on a forbidden import. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(process.cwd(), 'src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

function importsOf(path: string): string[] {
  const source = readFileSync(path, 'utf8')
  const found = [...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
  return found.map((m) => m[1] ?? m[2])
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')

const all = files(root).map((path) => ({ path: relative(root, path), imports: importsOf(path) }))

function violations(inside: (p: string) => boolean, forbidden: (spec: string) => boolean): string[] {
  return all.filter((f) => inside(f.path)).flatMap((f) => f.imports.filter(forbidden).map((spec) => `${f.path} → ${spec}`))
}

describe('layers', () => {
  it('finds the source files', () => {
    expect(all.length).toBeGreaterThan(10)
    expect(all.some((f) => f.path.startsWith('domain/'))).toBe(true)
  })

  it('keeps src/domain free of Vue, Pinia, Dexie, i18n and the other layers', () => {
    const bad = /^(vue|vue-.*|pinia|dexie.*|docx|@\/(db|stores|components|views|composables|exchange|export|i18n)\b)|^\.\.\/(db|stores|components|views|composables|exchange|export|i18n)\b/
    expect(violations((p) => p.startsWith('domain/'), (s) => bad.test(s))).toEqual([])
  })

  it('keeps src/domain free of DOM globals', () => {
    const offenders = all
      .filter((f) => f.path.startsWith('domain/'))
      .filter((f) => /\b(window|document|localStorage|indexedDB|navigator)\./.test(withoutComments(readFileSync(join(root, f.path), 'utf8'))))
    expect(offenders.map((f) => f.path)).toEqual([])
  })

  it('imports docx only inside src/export', () => {
    expect(violations((p) => !p.startsWith('export/'), (s) => s === 'docx' || s.startsWith('docx/'))).toEqual([])
  })

  it('imports Dexie only inside src/db', () => {
    expect(violations((p) => !p.startsWith('db/'), (s) => s === 'dexie' || s.startsWith('dexie-'))).toEqual([])
  })

  it('keeps components and views away from the database', () => {
    expect(violations((p) => /^(components|views)\//.test(p), (s) => /^@\/db\b/.test(s))).toEqual([])
  })

  it('finds a planted violation (the checker itself works)', () => {
    const planted = importsOf(resolve(process.cwd(), 'tests/unit/arch/fixtures/bad-domain.ts.txt'))
    expect(planted).toContain('dexie')
    expect(planted).toContain('docx')
  })
})
