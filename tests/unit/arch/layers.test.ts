// @vitest-environment node
/**
 * The layers of the README, held by a test that resolves every import to its file (any depth of `../`, the `@/`
 * alias, `.vue` script blocks, `import()`, `import type`, import.meta.glob) and judges it by the one table in
 * scripts/layers.mjs, which ESLint uses too. It proves itself: a violation of every kind is planted in temporary
 * files and both this checker and ESLint must fail on it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LAYERS } from '../../../scripts/layers.mjs'
import { importCycles, importsIn, layerViolations, readSources, scriptOf, type SourceFile } from './importGraph'

const root = resolve(process.cwd(), 'src')
const DOM_GLOBALS = /\b(window|document|localStorage|sessionStorage|indexedDB|navigator|location)\s*[.[]/

/** Files of a layer that touch the DOM's globals (comments and strings removed first). */
function domUsers(files: SourceFile[], layer: string): string[] {
  const code = (f: SourceFile) => f.code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""')
  return files.filter((f) => f.path.startsWith(`${layer}/`) && DOM_GLOBALS.test(code(f))).map((f) => f.path)
}

describe('the real source tree', () => {
  let files: SourceFile[]
  // parsing every file takes a few seconds on a loaded machine
  beforeAll(() => {
    files = readSources(root)
  }, 60_000)

  it('finds every source file and its imports, .vue script blocks included', () => {
    expect(files.length).toBeGreaterThan(100)
    const editorView = files.find((f) => f.path === 'views/EditorView.vue')
    expect(editorView?.imports.some((i) => i.spec === '@/stores/editor')).toBe(true)
    const print = files.find((f) => f.path === 'stores/print.ts')
    expect(print?.imports).toContainEqual({ spec: '@/export/docx/build', how: 'dynamic' })
  })

  it('follows the layer table: no forbidden import, no file outside a layer', () => {
    expect(layerViolations(root, files)).toEqual([])
  })

  it('has no import cycle', () => {
    expect(importCycles(root, files)).toEqual([])
  })

  it('keeps src/domain free of DOM globals', () => {
    expect(domUsers(files, 'domain')).toEqual([])
  })

  it('places every layer of the table on a folder or file that exists', () => {
    const paths = files.map((f) => f.path)
    for (const layer of LAYERS.filter((l) => l.name !== 'data' && l.name !== 'app')) {
      expect(paths.some((p) => layer.paths.some((prefix) => p.startsWith(prefix))), layer.name).toBe(true)
    }
  })
})

/** A small tree with one file per layer to import, and the planted violations beside them. */
const TARGETS: Record<string, string> = {
  'domain/model.ts': 'export const LANGUAGES = ["kk"]\n',
  'db/database.ts': 'export const db = {}\n',
  'db/lazy.ts': 'export const dataLayer = () => null\n',
  'exchange/reviewFile.ts': 'export const read = () => null\n',
  'export/docx/build.ts': 'export const buildDocx = () => null\n',
  'stores/editor.ts': 'export const useEditorStore = () => null\n',
  'i18n/index.ts': 'export const i18n = {}\n',
  'components/app/Thing.vue': '<script setup lang="ts">\nconst a = 1\n</script>\n<template><p>{{ a }}</p></template>\n',
  'composables/useLiveQuery.ts': "import { dataLayer } from '../db/lazy'\nexport const useLiveQuery = dataLayer\n",
}

/** Each kind of violation: the planted file, its text, and what the checker must say about it. */
const PLANTED: { name: string; path: string; text: string; expect: RegExp[] }[] = [
  {
    name: 'a domain file importing a store, the database (two levels up), i18n, Vue and Dexie',
    path: 'domain/deep/planted.ts',
    text: [
      "import { useEditorStore } from '@/stores/editor'",
      "import { db } from '../../db/database'",
      "import type { i18n } from '../../i18n/index'",
      "import { ref } from 'vue'",
      "import Dexie from 'dexie'",
      'export const x = [useEditorStore, db, ref, Dexie]',
    ].join('\n'),
    expect: [/domain\/deep\/planted\.ts \(domain\) imports src\/stores\/editor\.ts/, /imports src\/db\/database\.ts/, /imports src\/i18n\/index\.ts/, /imports vue:/, /imports dexie:/],
  },
  {
    name: 'a component importing the database, the exchange and (lazily) the Word export',
    path: 'components/app/Planted.vue',
    text: [
      '<template><p>{{ n }}</p></template>',
      '<script setup lang="ts">',
      "import { db } from '@/db/database'",
      "import { read } from '../../exchange/reviewFile'",
      "const lazy = () => import('@/export/docx/build')",
      'const n = [db, read, lazy].length',
      '</script>',
    ].join('\n'),
    expect: [/Planted\.vue \(components\) imports src\/db\/database\.ts/, /imports src\/exchange\/reviewFile\.ts/, /imports src\/export\/docx\/build\.ts/],
  },
  {
    name: 'a store importing a component, and the Word export statically',
    path: 'stores/planted.ts',
    text: "import Thing from '@/components/app/Thing.vue'\nimport { buildDocx } from '../export/docx/build'\nexport const x = [Thing, buildDocx]\n",
    expect: [/stores\/planted\.ts \(stores\) imports src\/components\/app\/Thing\.vue/, /imports src\/export\/docx\/build\.ts \(export\) by a static import/],
  },
  {
    name: 'a component reading the database through the live-query composable',
    path: 'components/app/Live.ts',
    text: "import { useLiveQuery } from '@/composables/useLiveQuery'\nexport const x = useLiveQuery\n",
    expect: [/Live\.ts \(components\) imports src\/composables\/useLiveQuery\.ts \(liveQuery\)/],
  },
  {
    name: 'a file in a folder the table does not know',
    path: 'services/planted.ts',
    text: 'export const x = 1\n',
    expect: [/services\/planted\.ts is in no layer/],
  },
  {
    name: 'an import that leads to no file, and an import() of a computed name',
    path: 'domain/broken.ts',
    text: "import { y } from './nothing-here'\nconst name = 'x'\nexport const x = [y, () => import(name)]\n",
    expect: [/imports \.\/nothing-here, which is no file/, /import\(\) of a computed name/],
  },
]

describe('the checker bites (violations planted in temporary files)', () => {
  let tmp: string
  let files: SourceFile[]
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'bagalau-layers-'))
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(tmp, path)), { recursive: true })
      writeFileSync(join(tmp, path), text)
    }
    for (const [path, text] of Object.entries(TARGETS)) write(path, text)
    for (const p of PLANTED) write(p.path, p.text)
    write('domain/cycleA.ts', "import { b } from './cycleB'\nexport const a = () => b\n")
    write('domain/cycleB.ts', "import type { a } from './cycleA'\nexport const b = 1 as unknown as typeof a\n")
    write('domain/lazyBack.ts', "export const load = () => import('./lazyFront')\n")
    write('domain/lazyFront.ts', "import { load } from './lazyBack'\nexport const f = load\n")
    write('domain/dom.ts', '// window.x in a comment is fine\nexport const w = () => window.innerWidth\n')
    files = readSources(tmp)
  }, 60_000)
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('the planted tree without its violations passes (the targets themselves are fine)', () => {
    const planted = new Set([...PLANTED.map((p) => p.path), 'domain/cycleA.ts', 'domain/cycleB.ts'])
    expect(layerViolations(tmp, files.filter((f) => !planted.has(f.path)))).toEqual([])
  })

  for (const p of PLANTED) {
    it(`fails on ${p.name}`, () => {
      const found = layerViolations(tmp, files).filter((v) => v.includes(p.path))
      for (const pattern of p.expect) expect(found.some((v) => pattern.test(v)), `${pattern} in\n${found.join('\n')}`).toBe(true)
      expect(found).toHaveLength(p.expect.length)
    })
  }

  it('fails on an import cycle (a type import closes it too) and lets an import() point back', () => {
    expect(importCycles(tmp, files)).toEqual([['domain/cycleA.ts', 'domain/cycleB.ts']])
  })

  it('fails on a DOM global in the domain, not on one in a comment', () => {
    expect(domUsers(files, 'domain')).toEqual(['domain/dom.ts'])
  })

  it('reads every form of import, and none from comments or strings', () => {
    const code = [
      "import a from './a'",
      "import type { B } from '../../b'",
      "export * from '@/c'",
      "export type { D } from './d'",
      "const e = () => import('./e')",
      "type F = import('./f').F",
      "const g = import.meta.glob(['../data/*.json', '!../data/x.json'])",
      "// import z from 'commented'",
      "const s = \"import y from 'in-a-string'\"",
    ].join('\n')
    expect(importsIn(code)).toEqual([
      { spec: './a', how: 'static' },
      { spec: '../../b', how: 'type' },
      { spec: '@/c', how: 'static' },
      { spec: './d', how: 'type' },
      { spec: './e', how: 'dynamic' },
      { spec: './f', how: 'type' },
      { spec: '../data/*.json', how: 'glob' },
    ])
    expect(scriptOf('X.vue', '<script lang="ts">\nimport a from "./a"\n</script>\n<script setup lang="ts">\nimport b from "./b"\n</script>')).toMatch(/"\.\/a"[\s\S]*"\.\/b"/)
  })
})

describe('ESLint bites on the same violations (as the editor shows them while typing)', () => {
  const eslint = new ESLint({ cwd: process.cwd() })
  const layerErrors = async (path: string, text: string) => {
    const [result] = await eslint.lintText(text, { filePath: resolve(root, path) })
    return result.messages.filter((m) => m.ruleId === 'layers/imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message)
  }

  it('in a domain file, a component and a store', async () => {
    // the targets are real files of src/; the planted files exist only in the text given to ESLint
    const domain = await layerErrors(
      'domain/sub/planted-by-test.ts',
      "import { useEditorStore } from '@/stores/editor'\nimport { dataLayer } from '../../db/lazy'\nimport { i18n } from '../../i18n'\nexport const x = [useEditorStore, dataLayer, i18n, window.name]\n",
    )
    expect(domain).toHaveLength(4)
    expect(domain.join('\n')).toMatch(/src\/stores\/editor\.ts[\s\S]*src\/db\/lazy\.ts[\s\S]*src\/i18n\/index\.ts/)

    const component = await layerErrors(
      'components/app/PlantedByTest.vue',
      "<script setup lang=\"ts\">\nimport { dataLayer } from '@/db/lazy'\nimport { TableError } from '../../exchange/catalogueCsv'\nconst lazy = () => import('@/export/docx/build')\nconst n = [dataLayer, TableError, lazy].length\n</script>\n<template><p>{{ n }}</p></template>\n",
    )
    expect(component).toHaveLength(3)

    const store = await layerErrors(
      'stores/plantedByTest.ts',
      "import AppToasts from '@/components/app/AppToasts.vue'\nimport { buildDocx } from '@/export/docx/build'\nexport const x = [AppToasts, buildDocx]\n",
    )
    expect(store).toHaveLength(2)
  }, 60_000)

  it('and stays quiet on the real files it mirrors', async () => {
    const path = 'stores/print.ts'
    expect(await layerErrors(path, readFileSync(resolve(root, path), 'utf8'))).toEqual([])
  }, 60_000)
})
