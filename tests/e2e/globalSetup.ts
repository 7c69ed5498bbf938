/** Serves the built app (dist/) with `vite preview` on a free local port for the browser tests. */
import { preview, type PreviewServer } from 'vite'
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'

let server: PreviewServer | undefined

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_DIST lets several builds be tested side by side (default: dist/)
  const outDir = process.env.E2E_DIST ?? 'dist'
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests`)
  server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report its address')
  project.provide('baseUrl', url.replace(/\/$/, ''))
  return async () => {
    await server?.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
