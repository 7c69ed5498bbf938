/**
 * Three complete languages: every message key is used somewhere, and no component template holds a
 * user-facing literal (text a teacher reads must come from the message files).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messages } from './sourceMessages'
import { NodeTypes, parse, type RootNode, type TemplateChildNode } from '@vue/compiler-dom'

const root = resolve(process.cwd(), 'src')
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]))
const sources = walk(root).filter((p) => /\.(vue|ts)$/.test(p) && !p.includes('/i18n/locales/'))
const code = sources.map((p) => readFileSync(p, 'utf8')).join('\n')

const ALLOWED = /^(Bagalau|Ctrl|Alt|Enter|Tab|Esc|PNG|SVG|JPEG|CSV|TSV|DOCX|\.docx)$/
const READ_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label'])

/** Text a reader sees that is written into a template rather than taken from messages. */
function literalsIn(source: string): string[] {
  const template = source.match(/<template>([\s\S]*)<\/template>/)?.[1]
  if (!template) return []
  const found: string[] = []
  const visit = (node: TemplateChildNode | RootNode): void => {
    if (node.type === NodeTypes.TEXT && /\p{L}{2,}/u.test(node.content) && !ALLOWED.test(node.content.trim())) found.push(node.content.trim())
    if (node.type === NodeTypes.ELEMENT) {
      for (const prop of node.props) {
        if (prop.type === NodeTypes.ATTRIBUTE && READ_ATTRIBUTES.has(prop.name) && prop.value && /\p{L}{2,}/u.test(prop.value.content)) found.push(prop.value.content)
      }
    }
    if ('children' in node) for (const child of node.children as TemplateChildNode[]) visit(child)
  }
  visit(parse(template))
  return found
}

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

/** Literal keys ('a.b.c') and the fixed prefixes of built keys (`kind.${k}` → 'kind.'). */
function usedKeys(): { exact: Set<string>; prefixes: string[] } {
  const exact = new Set([...code.matchAll(/['"`]([a-zA-Z][\w]*(?:\.[\w]+)+)['"`]/g)].map((m) => m[1]))
  const prefixes = [...code.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)].map((m) => m[1])
  return { exact, prefixes }
}

describe('message coverage', () => {
  it('uses every message key', () => {
    const { exact, prefixes } = usedKeys()
    const unused = keys(messages.en).filter((k) => !exact.has(k) && !prefixes.some((p) => k.startsWith(p)))
    expect(unused).toEqual([])
  })

  it('finds no user-facing literal text in component templates', () => {
    const offenders = sources.filter((p) => p.endsWith('.vue')).flatMap((path) => literalsIn(readFileSync(path, 'utf8')).map((l) => `${path.replace(root, 'src')}: "${l}"`))
    expect(offenders).toEqual([])
  })

  it('would notice an unused key and a literal (the checks themselves work)', () => {
    expect(literalsIn('<template><p title="Сәлем">Hello {{ t(\'a.b\') }}</p><i :title="x > 1 ? a : b">{{ y }}</i></template>')).toEqual(['Сәлем', 'Hello'])
    const { exact } = usedKeys()
    expect(exact.has('library.newUnit')).toBe(true)
    expect(exact.has('no.such.key.anywhere')).toBe(false)
  })
})
