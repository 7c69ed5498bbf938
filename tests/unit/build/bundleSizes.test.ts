import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain .mjs build script without types
import { bundleSizes } from '../../../scripts/bundleSizes.mjs'

/** A tiny built app: index.html → index chunk; languages, the data layer, a route, docx and curriculum chunks. */
function fakeDist(indexImports: string[], layerImports: string[] = []): string {
  const dist = mkdtempSync(join(tmpdir(), 'bagalau-dist-'))
  mkdirSync(join(dist, 'assets'))
  const write = (name: string, code: string) => writeFileSync(join(dist, 'assets', name), code)
  const early = '<script>var m={"kk":"assets/kk-BBBBBBBB.js","ru":"assets/ru-BBBBBBBB.js","en":"assets/en-BBBBBBBB.js"},l;</script>'
  writeFileSync(join(dist, 'index.html'), `${early}<script type="module" src="/assets/index-AAAAAAAA.js"></script><link rel="stylesheet" href="/assets/index-AAAAAAAA.css">`)
  write('index-AAAAAAAA.css', 'body{}')
  write('index-AAAAAAAA.js', `${indexImports.map((f) => `import"./${f}";`).join('')}console.log(1)`)
  for (const lang of ['kk', 'ru', 'en']) write(`${lang}-BBBBBBBB.js`, `export default {a:"${lang.repeat(50)}"}`)
  // a module that only happens to be named like a language (the Russian rubric words) is not the messages
  write('ru-ZZZZZZZZ.js', `export default {a:"${'слово '.repeat(500)}"}`)
  write('layer-CCCCCCCC.js', `${layerImports.map((f) => `import"./${f}";`).join('')}export const db=1`)
  write('EditorView-DDDDDDDD.js', 'export default 1')
  write('docx-EEEEEEEE.js', 'const x="w:document"')
  for (const name of readdirSync('src/data/curriculum').filter((f) => f.endsWith('.json'))) write(`${name.replace('.json', '')}-FFFFFFFF.js`, 'export default []')
  return dist
}

describe('bundle sizes and leak checks', () => {
  it('count the first page with the largest language and find no leak in a clean build', () => {
    const s = bundleSizes(fakeDist([]))
    expect(s.problems).toEqual([])
    expect(s.firstPage.files).toEqual(['assets/index-AAAAAAAA.js', 'assets/ru-BBBBBBBB.js'])
    expect(s.docxLeaks).toEqual([])
    expect(s.curriculumLeaks).toEqual([])
  })

  it('catch docx pulled into the first page', () => {
    expect(bundleSizes(fakeDist(['docx-EEEEEEEE.js'])).docxLeaks).toEqual(['assets/docx-EEEEEEEE.js'])
  })

  it('catch catalogue data pulled into the data layer', () => {
    expect(bundleSizes(fakeDist([], ['math-5-kk-FFFFFFFF.js'])).curriculumLeaks).toEqual(['assets/math-5-kk-FFFFFFFF.js'])
  })
})
