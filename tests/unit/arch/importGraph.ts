/**
 * Every import of every source file, resolved to the file it loads: `.ts` files and the `<script>` blocks of
 * `.vue` files, read by the TypeScript parser (static, `import type`, `export … from`, `import()`,
 * `import('…').Type` and import.meta.glob), so no comment or string can hide or fake an import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import ts from 'typescript'
import { parse } from 'vue/compiler-sfc'
import { importProblem, layerOf, resolveImport, type ImportKind } from '../../../scripts/layers.mjs'

export interface Import {
  spec: string
  how: ImportKind
}

export interface SourceFile {
  /** relative to the root, with `/` */
  path: string
  imports: Import[]
  /** the code the parser read (a .vue file's script blocks) */
  code: string
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

/** The script of a file as TypeScript: a .vue file's `<script>` and `<script setup>` blocks. */
export function scriptOf(path: string, text = readFileSync(path, 'utf8')): string {
  if (!path.endsWith('.vue')) return text
  const { descriptor } = parse(text, { filename: path })
  return [descriptor.script?.content, descriptor.scriptSetup?.content].filter(Boolean).join('\n')
}

const isImportMetaGlob = (e: ts.Expression): boolean =>
  ts.isPropertyAccessExpression(e) && e.name.text === 'glob' && ts.isMetaProperty(e.expression) && e.expression.name.text === 'meta'

export function importsIn(code: string, fileName = 'file.ts'): Import[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const found: Import[] = []
  const literal = (node: ts.Node | undefined): string | undefined => (node && ts.isStringLiteralLike(node) ? node.text : undefined)
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      found.push({ spec: literal(node.moduleSpecifier)!, how: node.importClause?.isTypeOnly ? 'type' : 'static' })
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      found.push({ spec: literal(node.moduleSpecifier)!, how: node.isTypeOnly ? 'type' : 'static' })
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const spec = literal(node.argument.literal)
      if (spec) found.push({ spec, how: 'type' })
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const spec = literal(node.arguments[0])
      // an import() of a computed name cannot be checked: refuse it outright
      found.push({ spec: spec ?? `<computed: ${node.arguments[0]?.getText(source)}>`, how: 'dynamic' })
    } else if (ts.isCallExpression(node) && isImportMetaGlob(node.expression)) {
      const first = node.arguments[0]
      const specs = first && ts.isArrayLiteralExpression(first) ? [...first.elements] : [first]
      for (const s of specs) {
        const spec = literal(s)
        if (spec && !spec.startsWith('!')) found.push({ spec, how: 'glob' })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

export function readSources(root: string): SourceFile[] {
  return sourceFiles(root).map((path) => {
    const code = scriptOf(path)
    return { path: relative(root, path).split(sep).join('/'), imports: importsIn(code, path), code }
  })
}

/** Every import the layer table forbids, as `file: reason`. */
export function layerViolations(root: string, files: SourceFile[]): string[] {
  return files.flatMap((f) =>
    !layerOf(f.path) ? [`${f.path} is in no layer of scripts/layers.mjs: add its folder to the table (and to the README)`] : f.imports.flatMap(({ spec, how }) => {
      if (spec.startsWith('<computed')) return [`${f.path}: import() of a computed name (${spec}) cannot be checked`]
      const problem = importProblem(root, join(root, f.path), spec, how)
      return problem ? [problem] : []
    }),
  )
}

/**
 * Import cycles among files, by static and type imports (an `import()` is a lazy edge and may point back):
 * each cycle as its files in order, found with Tarjan's strongly connected components.
 */
export function importCycles(root: string, files: SourceFile[]): string[][] {
  const edges = new Map<string, string[]>()
  for (const f of files) {
    const targets = f.imports
      .filter((i) => i.how === 'static' || i.how === 'type')
      .map((i) => resolveImport(root, join(root, f.path), i.spec, i.how).file)
      .filter((t): t is string => t !== undefined)
    edges.set(f.path, targets)
  }
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const connect = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.reverse())
  }
  for (const f of files) if (!index.has(f.path)) connect(f.path)
  return cycles
}
