/**
 * Vite plugin: `virtual:ui-messages/<lang>` is every feature's messages (src/i18n/locales/*.ts, which keep the three
 * languages side by side) for one language, precompiled to vue-i18n's message AST. So the app loads only the
 * interface language, and ships vue-i18n without its message compiler (__INTLIFY_DROP_MESSAGE_COMPILER__).
 * A malformed message fails the build.
 *
 * The messages come in two parts: `virtual:ui-messages/<lang>` holds what the first page (the library and the app's
 * frame) says, listed in src/i18n/firstPage.ts; `virtual:ui-messages/<lang>-later` holds the rest, loaded right after
 * the first page mounts and before any other page opens (src/i18n/index.ts). Together they are every message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { baseCompile } from '@intlify/message-compiler'
import { transformWithOxc, type Plugin } from 'vite'
import { FIRST_PAGE_MESSAGES } from '../src/i18n/firstPage.ts'

const PREFIX = 'virtual:ui-messages/'
const LANGUAGES = ['kk', 'ru', 'en']
const LATER = '-later'
/** The AST of a message without placeholders, written once: most messages are plain text. */
const STATIC_MESSAGE = 'const s=(v)=>({t:0,b:{t:2,i:[{t:3}],s:v}});'

type MessageTree = { [key: string]: string | MessageTree }

export function uiMessages(localesDir: string): Plugin {
  return {
    name: 'bagalau-ui-messages',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined
      const name = id.slice(PREFIX.length + 1)
      const later = name.endsWith(LATER)
      const lang = later ? name.slice(0, -LATER.length) : name
      if (!LANGUAGES.includes(lang)) this.error(`no interface language "${lang}"`)
      const merged: MessageTree = {}
      for (const file of featureFiles(localesDir)) {
        this.addWatchFile(file)
        Object.assign(merged, (await loadFeature(file))[lang])
      }
      const [first, rest] = splitFirstPage(merged, FIRST_PAGE_MESSAGES)
      return `${STATIC_MESSAGE}export default ${emitTree(later ? rest : first, [])};`
    },
  }
}

/** The messages at the listed paths (a namespace, or a path to one message or subtree), and all the others. */
export function splitFirstPage(tree: MessageTree, paths: readonly string[]): [MessageTree, MessageTree] {
  const first: MessageTree = {}
  const rest: MessageTree = structuredClone(tree)
  for (const path of paths) {
    const keys = path.split('.')
    let from: MessageTree | string | undefined = rest
    let to = first
    for (const [i, key] of keys.entries()) {
      if (typeof from !== 'object' || !(key in from)) throw new Error(`first-page message ${path} does not exist`)
      if (i === keys.length - 1) {
        to[key] = from[key]
        delete from[key]
      } else {
        to = (to[key] ??= {}) as MessageTree
        from = from[key]
      }
    }
  }
  return [first, rest]
}

function featureFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(dir, name))
}

// each feature file is read once per change, not once per language
const features = new Map<string, { changedAt: number; messages: Promise<Record<string, MessageTree>> }>()

function loadFeature(file: string): Promise<Record<string, MessageTree>> {
  const changedAt = statSync(file).mtimeMs
  const known = features.get(file)
  if (known?.changedAt === changedAt) return known.messages
  const messages = evaluateFeature(file)
  features.set(file, { changedAt, messages })
  return messages
}

async function evaluateFeature(file: string): Promise<Record<string, MessageTree>> {
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' })
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
  return module.default
}

function emitTree(tree: MessageTree, path: string[]): string {
  const entries = Object.entries(tree).map(([key, value]) => {
    const at = [...path, key]
    return `${JSON.stringify(key)}:${typeof value === 'string' ? emitMessage(value, at) : emitTree(value, at)}`
  })
  return `{${entries.join(',')}}`
}

export function emitMessage(message: string, path: string[]): string {
  const { ast } = baseCompile(message, {
    jit: true,
    minify: true,
    location: false,
    onError(error) {
      throw new Error(`message ${path.join('.')} «${message}»: ${error.message}`)
    },
  })
  const body = (ast as unknown as { b: { t: number; s?: string } }).b
  return body.t === 2 && typeof body.s === 'string' ? `s(${JSON.stringify(body.s)})` : JSON.stringify(ast)
}
