/**
 * The layer table of the README, as data, and the one function that judges an import against it. Used by
 * ESLint (eslint.config.js, rule `layers/imports`, as you type) and by the architecture test
 * (tests/unit/arch/layers.test.ts, which also reads `.vue` script blocks, finds import cycles and plants a
 * violation of every kind to prove that both fail on it). Paths are relative to `src/`, with `/`.
 */
import { existsSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

/**
 * Every file under src/ belongs to exactly one layer: the entry whose `paths` holds the longest prefix of its
 * path. `may` lists the layers it may import besides its own; an entry `{ layer, only }` allows only those
 * kinds of import ('static', 'type' for `import type`, 'dynamic' for `import()`, 'glob' for import.meta.glob).
 */
export const LAYERS = [
  { name: 'domain', paths: ['domain/'], may: [], what: 'pure TypeScript: the model and every rule a methodologist applies' },
  { name: 'db', paths: ['db/'], may: ['domain'], what: 'Dexie: schema versions, upgrades, repositories' },
  { name: 'exchange', paths: ['exchange/'], may: ['domain', 'data'], what: 'file formats crossing the edge, validated on the way in' },
  { name: 'storage', paths: ['storage/'], may: ['domain'], what: 'typed localStorage: every key and its shape in one module' },
  { name: 'data', paths: ['data/'], may: [], what: 'shipped JSON (catalogue, worked examples), read through exchange' },
  { name: 'export', paths: ['export/'], may: ['domain'], what: 'Word documents, loaded lazily' },
  {
    name: 'sync',
    paths: ['sync/'],
    may: ['domain', 'db', 'storage', 'exchange'],
    what: 'the school workspace: Yjs documents, their server connection and the mirror to the database, loaded only once a workspace is joined',
  },
  { name: 'workers', paths: ['workers/'], may: ['domain'], what: 'Web Workers started by stores: domain work off the page’s thread' },
  {
    name: 'stores',
    paths: ['stores/'],
    // Word loads only when the teacher prints: a store reaches export by import() (types are erased at build)
    // the workspace's sync code loads only once a workspace is joined: a store reaches it by import()
    may: ['domain', 'db', 'exchange', 'composables', 'liveQuery', 'storage', { layer: 'export', only: ['dynamic', 'type'] }, { layer: 'sync', only: ['dynamic', 'type'] }],
    what: 'Pinia setup stores joining the others',
  },
  // the one composable that reads the database (it hands queriers the lazily loaded data layer): stores only
  { name: 'liveQuery', paths: ['composables/useLiveQuery.ts'], may: ['domain', 'db'], what: 'live database reads for stores' },
  { name: 'composables', paths: ['composables/'], may: ['domain', 'i18n', 'storage'], what: 'use* functions and DOM helpers shared by stores and components' },
  { name: 'components', paths: ['components/'], may: ['stores', 'domain', 'composables', 'i18n'], what: 'Vue components' },
  { name: 'views', paths: ['views/'], may: ['components', 'stores', 'domain', 'composables', 'i18n'], what: 'one component per route' },
  { name: 'i18n', paths: ['i18n/'], may: ['domain', 'storage'], what: 'kk / ru / en messages (the list of languages comes from the domain)' },
  {
    name: 'app',
    paths: ['main.ts', 'App.vue', 'router.ts', 'env.d.ts', 'styles.css'],
    may: ['views', 'components', 'stores', 'composables', 'i18n', 'domain', 'storage'],
    what: 'the shell that mounts everything',
  },
]

/** Packages that belong to some layers only; any other package (valibot, diff, papaparse…) may be used anywhere. */
export const PACKAGES = [
  { test: /^dexie($|[-/])/, only: ['db'], why: 'Dexie lives in src/db' },
  { test: /^docx($|\/)/, only: ['export'], why: 'Word building lives in src/export/docx and loads lazily' },
  { test: /^(vue-i18n|@intlify\/)/, only: ['i18n', 'components', 'views', 'composables', 'app'], why: 'stores and the data layers return codes, not words' },
  { test: /^pinia($|\/)/, only: ['stores', 'components', 'views', 'app'], why: 'Pinia is the stores’ business' },
  {
    test: /^(vue|vue-.*|@vue\/.*|@vueuse\/.*|virtual:.*)$/,
    only: ['stores', 'liveQuery', 'composables', 'components', 'views', 'i18n', 'app'],
    why: 'domain, db, exchange and export know nothing of Vue',
  },
]

const EXTENSIONS = ['', '.ts', '.vue', '.d.ts', '.js', '.mjs', '/index.ts']
const posix = (p) => p.split(sep).join('/')

/** The layer of a file (path relative to src/, with `/`), or undefined for a file the table does not place. */
export function layerOf(path) {
  let best
  for (const layer of LAYERS) {
    for (const prefix of layer.paths) {
      const hit = prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix
      if (hit && (!best || prefix.length > best.prefix.length)) best = { layer, prefix }
    }
  }
  return best?.layer
}

/**
 * Where an import leads: `{ file }` (path relative to src/), `{ outside }` (a file outside src/), `{ pkg }`,
 * or `{ missing }`. `fromFile` is absolute; `@/` is src/. A glob leads to the folder before its first `*`.
 */
export function resolveImport(root, fromFile, spec, how = 'static') {
  let base
  if (spec.startsWith('@/')) base = join(root, spec.slice(2))
  else if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') base = resolve(dirname(fromFile), spec)
  else return { pkg: spec }
  if (how === 'glob') base = base.slice(0, base.indexOf('*') === -1 ? undefined : base.indexOf('*')).replace(/[/\\][^/\\]*$/, '')
  const found =
    how === 'glob' ? (existsSync(base) ? base : undefined) : EXTENSIONS.map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile())
  if (!found) return { missing: posix(relative(root, base)) }
  const rel = posix(relative(root, found))
  return rel.startsWith('../') ? { outside: rel } : { file: how === 'glob' ? `${rel}/` : rel }
}

const packageName = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/')

/**
 * What is wrong with one import, in a sentence, or null when the table allows it.
 * @param {string} root absolute path of src/
 * @param {string} fromFile absolute path of the importing file
 * @param {string} spec the import's string
 * @param {'static'|'type'|'dynamic'|'glob'} how
 */
export function importProblem(root, fromFile, spec, how = 'static') {
  const from = posix(relative(root, fromFile))
  if (from.startsWith('../')) return null
  const source = layerOf(from)
  if (!source) return `${from} is in no layer of scripts/layers.mjs: add its folder to the table (and to the README)`
  const target = resolveImport(root, fromFile, spec, how)
  if (target.pkg !== undefined) {
    const rule = PACKAGES.find((p) => p.test.test(spec) || p.test.test(packageName(spec)))
    if (rule && !rule.only.includes(source.name)) return `${from} (${source.name}) imports ${spec}: ${rule.why}`
    return null
  }
  if (target.missing !== undefined) return `${from} imports ${spec}, which is no file (src/${target.missing})`
  if (target.outside !== undefined) return `${from} imports ${spec}, outside src/`
  const to = layerOf(target.file)
  if (!to) return `${from} imports src/${target.file}, which is in no layer of scripts/layers.mjs`
  if (to === source) return null
  const allowed = source.may.find((m) => (typeof m === 'string' ? m : m.layer) === to.name)
  if (!allowed) return `${from} (${source.name}) imports src/${target.file} (${to.name}): ${source.name} may import ${source.may.map((m) => (typeof m === 'string' ? m : `${m.layer} by ${m.only.join('/')}`)).join(', ') || 'no other layer'}`
  if (typeof allowed !== 'string' && !allowed.only.includes(how)) return `${from} (${source.name}) imports src/${target.file} (${to.name}) by a ${how} import: only ${allowed.only.join(' or ')}`
  return null
}

/** ESLint rule `layers/imports`: every import of a file under src/ judged by importProblem. */
export function eslintRule(root) {
  return {
    meta: { type: 'problem', docs: { description: 'imports follow the layer table (scripts/layers.mjs)' }, schema: [] },
    create(context) {
      const file = context.filename
      if (posix(relative(root, file)).startsWith('../')) return {}
      const check = (node, spec, how) => {
        if (typeof spec !== 'string') return
        const problem = importProblem(root, file, spec, how)
        if (problem) context.report({ node, message: problem })
      }
      const declaration = (node) => node.source && check(node.source, node.source.value, node.importKind === 'type' || node.exportKind === 'type' ? 'type' : 'static')
      return {
        ImportDeclaration: declaration,
        ExportNamedDeclaration: declaration,
        ExportAllDeclaration: declaration,
        ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value, 'dynamic'),
        TSImportType: (node) => {
          const literal = node.argument?.literal ?? node.argument
          if (literal?.type === 'Literal') check(literal, literal.value, 'type')
        },
        'CallExpression[callee.object.meta.name="import"][callee.property.name="glob"]': (node) => {
          const first = node.arguments[0]
          const specs = first?.type === 'ArrayExpression' ? first.elements : [first]
          for (const s of specs) if (s?.type === 'Literal') check(s, s.value, 'glob')
        },
      }
    },
  }
}
