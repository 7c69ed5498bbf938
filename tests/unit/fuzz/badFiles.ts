/**
 * Generator of broken and hostile files for every importer (backup, review package, review reply,
 * catalogue file). Give it one VALID file as parsed JSON; it returns reproducible bad variants:
 * truncated, wrong types, wrong versions, deeply nested, very long strings, `__proto__`/`constructor`
 * keys, HTML/script payloads in structural places, and wrong encodings. Every variant must be refused.
 *
 * `skipPaths` keeps mutations away from places where any value is acceptable to the importer (e.g.
 * free-form rows of tables it does not validate field by field), so every case is truly invalid.
 */

export interface BadFile {
  label: string
  bytes: Uint8Array
}

export interface BadFileOptions {
  /** @default 1000 */
  count?: number
  /** @default 20250307 */
  seed?: number
  /** Add the 50 MB string cases (slow to build; a handful of cases). @default true */
  hugeStrings?: boolean
  /** Field paths (dot-joined, e.g. `data.data.2.rows`) whose insides the mutations leave alone. */
  skipPaths?: string[]
  /** Paths of version fields to set to wrong values (e.g. `bagalau.formatVersion`). */
  versionPaths?: string[]
}

export const SCRIPT_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
]

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
const encoder = new TextEncoder()

/** mulberry32: small, fast, reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every path to a value in the document, except inside `skip`. */
function paths(value: Json, skip: Set<string>, prefix: string[] = [], out: string[][] = []): string[][] {
  if (prefix.length > 0) out.push(prefix)
  if (skip.has(prefix.join('.'))) return out
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, skip, [...prefix, k], out)
  }
  return out
}

function setAt(root: Json, path: string[], replace: (old: Json) => Json): Json {
  const copy = structuredClone(root)
  let node = copy as Record<string, Json>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, Json>
  const last = path[path.length - 1]
  node[last] = replace(node[last])
  return copy
}

/** A value of a kind the old one never is (objects become numbers, arrays strings, primitives objects). */
function wrongType(old: Json, pick: number): Json {
  if (Array.isArray(old)) return pick % 2 ? 'x' : { length: 1 }
  if (old !== null && typeof old === 'object') return pick % 2 ? 42 : [old]
  return pick % 2 ? { [SCRIPT_PAYLOADS[pick % SCRIPT_PAYLOADS.length]]: 1 } : [old, old]
}

function nested(depth: number, asArray: boolean): string {
  return asArray ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8
  }
  return out
}

/** Windows-1251 bytes of Cyrillic text: what an old editor saves; invalid as UTF-8. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const c = ch.charCodeAt(0)
    return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c < 128 ? c : 0x3f
  })
}

export function generateBadFiles(valid: unknown, options: BadFileOptions = {}): BadFile[] {
  const { count = 1000, seed = 20250307, hugeStrings = true, skipPaths = [], versionPaths = [] } = options
  const rnd = random(seed)
  const int = (n: number) => Math.floor(rnd() * n)
  const doc = valid as Json
  const text = JSON.stringify(doc)
  // type marks of dexie-export-import (`$types`) are optional hints: removing one leaves a valid file
  const all = paths(doc, new Set(skipPaths)).filter((p) => !skipPaths.some((s) => p.join('.').startsWith(s + '.')))
  const removable = all.filter((p) => !p.includes('$types'))
  const files: BadFile[] = []
  const add = (label: string, data: string | Uint8Array) => files.push({ label, bytes: typeof data === 'string' ? encoder.encode(data) : data })

  // fixed cases: empty, encodings, whole-file payloads, nesting, huge strings, top-level shapes
  add('empty', '')
  add('whitespace', '   \n ')
  add('null', 'null')
  add('array', '[]')
  add('number', '42')
  add('string', '"bagalau"')
  add('utf-16le', utf16(text, false))
  add('utf-16be', utf16(text, true))
  add('windows-1251', cp1251(text.replace(/^\{/, '{"note":"Жиынтық бағалау",')))
  add('random bytes', Uint8Array.from({ length: 4096 }, () => int(256)))
  add('utf-8 BOM + garbage', Uint8Array.from([0xef, 0xbb, 0xbf, 0x00, 0xff, 0x7b]))
  for (const payload of SCRIPT_PAYLOADS) add(`html document ${payload}`, `<!doctype html><html><body>${payload}</body></html>`)
  add('deep arrays', nested(100_000, true))
  add('deep objects', nested(50_000, false))
  add('deep inside', text.replace(/^\{/, `{"deep":${nested(5_000, false)},`))
  if (hugeStrings) {
    const huge = 'ә'.repeat(25 * 1024 * 1024) // 50 MB of UTF-8
    add('50 MB string value', text.replace(/^\{/, `{"note":"${huge}",`))
    add('50 MB key', text.replace(/^\{/, `{"${huge}":1,`))
    const stringPath = all.find((p) => typeof p.reduce<Json>((n, k) => (n as Record<string, Json>)[k], doc) === 'string')
    if (stringPath) add(`50 MB at ${stringPath.join('.')}`, JSON.stringify(setAt(doc, stringPath, () => huge)))
  }

  const generators: ((i: number) => void)[] = [
    (i) => add(`truncated at ${i}`, text.slice(0, 1 + int(text.length - 1))),
    (i) => {
      const p = all[int(all.length)]
      add(`wrong type at ${p.join('.')} #${i}`, JSON.stringify(setAt(doc, p, (old) => wrongType(old, i))))
    },
    (i) => {
      const p = all[int(all.length)]
      const key = ['__proto__', 'constructor', 'prototype'][i % 3]
      const parentPath = p.slice(0, -1)
      const parent = parentPath.reduce<Json>((n, k) => (n as Record<string, Json>)[k], doc)
      if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) {
        add(`${key} at top #${i}`, text.replace(/^\{/, `{"${key}":{"polluted":true},`))
        return
      }
      // injected as raw JSON text: JSON.parse makes it an own property, as a hostile file would
      const json = JSON.stringify(parentPath.length ? setAt(doc, parentPath, (o) => ({ ...(o as object), MARKER: 1 })) : { ...(doc as object), MARKER: 1 })
      add(`${key} key in ${parentPath.join('.') || 'top'} #${i}`, json.replace('"MARKER":1', `"${key}":{"isAdmin":true,"polluted":"${SCRIPT_PAYLOADS[i % 5].replace(/"/g, '\\"')}"}`))
    },
    (i) => {
      const p = versionPaths.length ? versionPaths[i % versionPaths.length].split('.') : all[int(all.length)]
      const bad: Json[] = [999, -1, 0, 1.5, '1', null, 2 ** 53, SCRIPT_PAYLOADS[i % 5]]
      add(`wrong version ${p.join('.')} #${i}`, JSON.stringify(setAt(doc, p, () => bad[i % bad.length])))
    },
    (i) => {
      const p = all[int(all.length)]
      add(`script payload as value at ${p.join('.')} #${i}`, JSON.stringify(setAt(doc, p, (old) => (typeof old === 'string' ? { html: SCRIPT_PAYLOADS[i % 5] } : SCRIPT_PAYLOADS[i % 5]))))
    },
    (i) => {
      const p = removable[int(removable.length)]
      add(`deleted ${p.join('.')} #${i}`, JSON.stringify(setAt(doc, p, () => undefined as unknown as Json)))
    },
    (i) => {
      const cut = int(text.length)
      add(`stray bytes at ${cut} #${i}`, new Uint8Array([...encoder.encode(text.slice(0, cut)), 0xc3, 0x28, ...encoder.encode(text.slice(cut))]))
    },
  ]
  let i = 0
  // each generator gets its own running number, so its choices (path, key, value) cycle through all options
  while (files.length < count) {
    generators[i % generators.length](Math.floor(i / generators.length))
    i++
  }
  return files
}
