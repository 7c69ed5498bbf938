/**
 * Vite plugin: `virtual:ui-messages/<lang>` is every feature's messages (src/i18n/locales/*.ts, which keep the three
 * languages side by side) for one language, precompiled to vue-i18n's message AST. So the app loads only the
 * interface language, and ships vue-i18n without its message compiler (__INTLIFY_DROP_MESSAGE_COMPILER__).
 * A malformed message fails the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { baseCompile } from '@intlify/message-compiler'
import { transformWithOxc, type Plugin } from 'vite'

const PREFIX = 'virtual:ui-messages/'
const LANGUAGES = ['kk', 'ru', 'en']
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
      const lang = id.slice(PREFIX.length + 1)
      if (!LANGUAGES.includes(lang)) this.error(`no interface language "${lang}"`)
      const merged: MessageTree = {}
      for (const file of featureFiles(localesDir)) {
        this.addWatchFile(file)
        Object.assign(merged, (await loadFeature(file))[lang])
      }
      return `${STATIC_MESSAGE}export default ${emitTree(merged, [])};`
    },
  }
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
