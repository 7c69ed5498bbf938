/**
 * What a built app loads, in bytes: the first page (the entry's static imports, the app CSS and one interface
 * language's messages), the database code (which the library asks for once its first list is on screen, read without
 * it: src/db/firstRead.ts), and the Word library.
 * Shared by scripts/check-bundle.mjs (the CI budget) and bench/run.mjs (the figures).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

// docx's own marker strings; a chunk holding them carries the Word library
const DOCX_MARKER = /w:document|officeDocument\/2006\/relationships\/styles/

export function bundleSizes(dist) {
  const read = (file) => readFileSync(`${dist}/${file}`)
  const raw = (files) => files.reduce((total, f) => total + read(f).length, 0)
  const gzip = (files) => files.reduce((total, f) => total + gzipSync(read(f)).length, 0)
  const assets = readdirSync(`${dist}/assets`)
  const problems = []

  /** A chunk and everything it imports statically: what the browser must load before it runs. */
  function staticGraph(entries) {
    const seen = new Set()
    const queue = [...entries]
    while (queue.length) {
      const file = queue.shift()
      if (seen.has(file)) continue
      seen.add(file)
      for (const m of read(file).toString('utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`)
    }
    return [...seen]
  }

  const html = read('index.html').toString('utf8')
  const entryScripts = [...html.matchAll(/<script[^>]+src="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1])
  const css = [...html.matchAll(/<link[^>]+href="\/?(assets\/[^"]+\.css)"/g)].map((m) => m[1])
  const firstPage = staticGraph(entryScripts)

  // one language's first-page messages load before the first page mounts; count the largest of the three. They are
  // the chunks index.html's early script preloads (build/earlyChunks.ts): a name like `ru-….js` may be another module
  const early = JSON.parse(html.match(/var m=(\{[^}]*\})/)?.[1] ?? '{}')
  const languageChunks = ['kk', 'ru', 'en'].map((lang) => early[lang])
  if (languageChunks.some((f) => !f)) problems.push(`a UI language chunk is missing from index.html's preload: ${languageChunks.join(', ')}`)
  const languages = languageChunks.filter(Boolean)
  const language = languages.reduce((a, b) => (gzip([a]) >= gzip([b]) ? a : b), languages[0])

  const layerChunk = assets.find((f) => /^layer-[\w-]{8}\.js$/.test(f))
  if (!layerChunk) problems.push('the data layer chunk (src/db/layer.ts) is missing')
  const dataLayer = layerChunk ? staticGraph([`assets/${layerChunk}`]).filter((f) => !firstPage.includes(f)) : []

  const routeChunks = assets.filter((f) => /View-[\w-]{8}\.js$/.test(f)).map((f) => `assets/${f}`)
  const loadedEarly = new Set([...firstPage, ...dataLayer, ...routeChunks])
  const docx = assets.filter((f) => f.endsWith('.js') && DOCX_MARKER.test(read(`assets/${f}`).toString('utf8'))).map((f) => `assets/${f}`)
  // every shipped curriculum file becomes its own chunk, named after the file
  const curriculumNames = readdirSync('src/data/curriculum').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''))
  const curriculum = assets.filter((f) => curriculumNames.some((name) => f.startsWith(`${name}-`))).map((f) => `assets/${f}`)
  if (!docx.length) problems.push('no chunk holds the Word library: the marker no longer matches docx, so the leak check is blind')
  if (curriculum.length < curriculumNames.length) problems.push(`only ${curriculum.length} of ${curriculumNames.length} curriculum files have their own chunk`)

  const firstPageJs = [...firstPage, language]
  return {
    problems,
    firstPage: { files: firstPageJs, raw: raw(firstPageJs), gzip: gzip(firstPageJs) },
    language: { file: language, raw: raw([language]), gzip: gzip([language]) },
    css: { files: css, raw: raw(css), gzip: gzip(css) },
    dataLayer: { files: dataLayer, raw: raw(dataLayer), gzip: gzip(dataLayer) },
    word: docx.map((f) => ({ file: f, gzip: gzip([f]) })),
    docxLeaks: docx.filter((f) => loadedEarly.has(f)),
    curriculumLeaks: curriculum.filter((f) => loadedEarly.has(f)),
  }
}

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
