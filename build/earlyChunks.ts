/**
 * Vite plugin: the lazy pieces a first visit needs — the interface language's messages and, on every page but the
 * library, the database code — start downloading from index.html, beside the entry, instead of after the entry has
 * run (one round trip less on a slow school connection). The language is picked the way src/i18n picks it: the saved
 * choice, else the browser's language, else Kazakh. They come first in <head>, before the stylesheets and the entry's
 * own chunks.
 */
import type { Plugin, Rolldown } from 'vite'
import { STORAGE_KEYS } from '../src/storage/keys.ts'

type OutputBundle = Rolldown.OutputBundle
type OutputChunk = Rolldown.OutputChunk

const LANGUAGES = ['kk', 'ru', 'en']
/** The library's addresses under the router's hash history (src/router.ts: path '/'), as a regular expression's source. */
const LIBRARY_ADDRESS = String(/^(#\/?)?(\?.*)?$/)

export function earlyChunks(): Plugin {
  return {
    name: 'bagalau-early-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
        const layer = chunks.find((c) => c.facadeModuleId?.endsWith('/src/db/layer.ts'))
        const languages = Object.fromEntries(
          LANGUAGES.map((lang) => [lang, chunks.find((c) => c.facadeModuleId === `\0virtual:ui-messages/${lang}`)?.fileName]),
        )
        if (!layer || LANGUAGES.some((lang) => !languages[lang])) throw new Error('early chunks: the data layer or a language chunk is missing')
        // the entry's own imports are in the page already
        const layerFiles = withImports(layer, bundle).filter((file) => !html.includes(`/${file}"`))
        const preload = `function p(f){var k=document.createElement('link');k.rel='modulepreload';k.crossOrigin='';k.href='/'+f;document.head.appendChild(k)}`
        const pick = `var m=${JSON.stringify(languages)},l;try{l=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.locale)})}catch(e){}` +
          `if(!m[l])l=(navigator.language||'').slice(0,2);if(!m[l])l='kk';${preload}p(m[l]);`
        // the library (#/, #/?q=…) shows its list without the database code (src/db/firstRead.ts) and asks for it only
        // once the list is on screen; every other page needs it at once
        const database = `if(!${LIBRARY_ADDRESS}.test(location.hash))${JSON.stringify(layerFiles)}.forEach(p)`
        // right after <meta charset>: the language (and the database code), before the stylesheets and the entry's
        // many small chunks, so that the downloads the first page waits for start first (a browser fetches six
        // files at a time from one server over HTTP/1.1)
        const early = `\n    <script>${pick}${database}</script>`
        const charset = /<meta charset="[^"]*"\s*\/?>/i
        if (!charset.test(html)) throw new Error('early chunks: index.html has no <meta charset>')
        return html.replace(charset, (meta) => meta + early)
      },
    },
  }
}

/** A chunk's file and the files it imports statically, recursively. */
function withImports(chunk: OutputChunk, bundle: OutputBundle): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const next = bundle[file]
    if (next?.type === 'chunk') next.imports.forEach(visit)
  }
  visit(chunk.fileName)
  return [...seen]
}
