// @vitest-environment node
/**
 * User text is isolated wherever it is shown (bidi controls in a title must not reverse the next label):
 * every template interpolation of user data sits inside a `<bdi>`, and every user value passed into a
 * message (toasts, confirms, labels) goes through `isolate()`. The check plants a bare interpolation and
 * a bare message parameter to prove it fails on them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse, NodeTypes, type TemplateChildNode, type RootNode } from '@vue/compiler-dom'
import { describe, expect, it } from 'vitest'

const root = resolve(process.cwd(), 'src')
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue)$/.test(name) ? [path] : []
  })

/** Fields that hold what a teacher, a mentor or a file typed. */
const USER_FIELD = /(?:^|[.\s(?!:|&])(?:(title|text|name|school|author|summary|madeBy|appVersion|label|quote|suggestion|snippet|answer|section|subject|notes|before|after|current|value|code|source|detail|context|fact|host|fileName|savedName|message|alt)\b(?!\s*\()|titleOf\()/
/** App words: labels of the document's language, headings and messages, which are never user text. */
const APP_WORDS = /^\s*(t|te|n|d|dateTime|levelName)\(|^\s*(labels|words|h|ICONS|MARK_BANDS|field\.problem|summary\.missing)\.|^\s*summary\[part\]/

export function bareInterpolations(template: string): string[] {
  const found: string[] = []
  const walk = (node: RootNode | TemplateChildNode, inBdi: boolean) => {
    if (node.type === NodeTypes.INTERPOLATION) {
      const content = node.content
      const expression = 'content' in content ? content.content : ''
      if (!inBdi && USER_FIELD.test(expression) && !APP_WORDS.test(expression)) found.push(expression)
      return
    }
    // an <option> is drawn alone (its label cannot hold elements), so nothing follows it on its line
    // dir="auto" isolates too (HTML's default style: [dir=auto] { unicode-bidi: isolate })
    const isolating = node.type === NodeTypes.ELEMENT && (node.tag === 'bdi' || node.tag === 'option' || node.props.some((p) => p.type === NodeTypes.ATTRIBUTE && p.name === 'dir' && p.value?.content === 'auto'))
    const here = inBdi || isolating
    if ('children' in node) for (const child of node.children as TemplateChildNode[]) walk(child, here)
    if ('branches' in node) for (const branch of node.branches) walk(branch as unknown as TemplateChildNode, here)
  }
  walk(parse(template), false)
  return found
}

/** Message parameters (`t('key', { title: a.title })`) holding user fields without isolate(). */
export function bareParameters(source: string): string[] {
  const found: string[] = []
  for (const call of source.matchAll(/\bt\(\s*[`'][^`']+[`']\s*,\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
    for (const part of call[1].split(/,(?![^(]*\))/)) {
      const m = part.match(/^\s*(\w+)\s*(?::\s*([\s\S]+))?$/)
      if (!m) continue
      const value = (m[2] ?? m[1]).trim()
      if (/^isolate\(/.test(value) || APP_WORDS.test(value)) continue
      if (USER_FIELD.test(' ' + value)) found.push(`${m[1]}: ${value}`)
    }
  }
  return found
}

const templateOf = (source: string) => source.match(/<template>([\s\S]*)<\/template>/)?.[1] ?? ''

describe('user text is isolated', () => {
  const sources = files(root).map((path) => ({ path: relative(root, path), source: readFileSync(path, 'utf8') }))

  it('finds the check working on planted violations', () => {
    expect(bareInterpolations('<h3><RouterLink to="/">{{ title }}</RouterLink></h3><p>{{ t("x") }}</p>')).toEqual(['title'])
    expect(bareInterpolations('<h3><bdi>{{ title }}</bdi></h3><q><bdi v-if="x">{{ thread.quote }}</bdi></q>')).toEqual([])
    expect(bareInterpolations('<li v-for="c in list"><p>{{ c.text }}</p></li>')).toEqual(['c.text'])
    expect(bareInterpolations('<p dir="auto">{{ c.text }}</p><p dir="ltr">{{ c.text }}</p>')).toEqual(['c.text'])
    expect(bareParameters("toasts.show(t('library.movedToTrash', { title }))")).toEqual(['title: title'])
    expect(bareParameters("t('x', { n: 3, name: reviewer.name || t('review.role.mentor') })")).toEqual(["name: reviewer.name || t('review.role.mentor')"])
    expect(bareParameters("t('x', { title: isolate(a.title), n: count })")).toEqual([])
  })

  it('in every template', () => {
    const bare = sources.filter((f) => f.path.endsWith('.vue')).flatMap((f) => bareInterpolations(templateOf(f.source)).map((e) => `${f.path}: {{ ${e} }}`))
    expect(bare).toEqual([])
  })

  it('in every message parameter', () => {
    const bare = sources.filter((f) => !f.path.startsWith('i18n/')).flatMap((f) => bareParameters(f.source).map((e) => `${f.path}: ${e}`))
    expect(bare).toEqual([])
  })
})
