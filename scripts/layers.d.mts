/** Types of scripts/layers.mjs for the architecture test. */
export type ImportKind = 'static' | 'type' | 'dynamic' | 'glob'
export interface Layer {
  name: string
  paths: string[]
  may: (string | { layer: string; only: ImportKind[] })[]
  what: string
}
export declare const LAYERS: Layer[]
export declare const PACKAGES: { test: RegExp; only: string[]; why: string }[]
export declare function layerOf(path: string): Layer | undefined
export declare function resolveImport(
  root: string,
  fromFile: string,
  spec: string,
  how?: ImportKind,
): { file?: string; outside?: string; pkg?: string; missing?: string }
export declare function importProblem(root: string, fromFile: string, spec: string, how?: ImportKind): string | null
export declare function eslintRule(root: string): unknown
