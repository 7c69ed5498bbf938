/**
 * XML of a Word part, parsed by the browser's DOMParser (no library to ship): DOCTYPE and entity
 * declarations are refused before parsing, so nothing can expand or point outside; DOMParser never
 * fetches. Elements are matched by namespace and local name (Word writes the transitional namespace,
 * «Strict Open XML» files the purl.oclc.org one).
 */
import { DocxError } from './errors'

export const W_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'])

/** Text of a part: UTF-8, or UTF-16 when it starts with that byte-order mark. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

const DECLARATIONS = /<!(?:DOCTYPE|ENTITY)/i

/** Parses one part; throws `unsafeXml` for a DOCTYPE or entity declaration, `badXml` for broken XML. */
export function parseXmlPart(text: string, name = 'part'): Document {
  if (DECLARATIONS.test(text)) throw new DocxError('unsafeXml', name)
  const doc = new DOMParser().parseFromString(text, 'application/xml')
  if (!doc.documentElement || doc.getElementsByTagName('parsererror').length > 0) throw new DocxError('badXml', name)
  return doc
}

/** A WordprocessingML element named `local` (w:p, w:tbl…). */
export const isW = (node: Node | null | undefined, local: string): node is Element =>
  !!node && node.nodeType === 1 && (node as Element).localName === local && W_NAMESPACES.has((node as Element).namespaceURI ?? '')

export const elementChildren = (el: Element): Element[] => Array.from(el.children)

/** The first w:`local` child of `el`. */
export const wChild = (el: Element | null | undefined, local: string): Element | undefined =>
  el ? elementChildren(el).find((c) => isW(c, local)) : undefined

/**
 * A w:-attribute (w:val, w:id…), whichever namespace the document uses. (A DOM that does not resolve
 * attribute prefixes, like the test environment's, gives the name `w:val` without a namespace.)
 */
export function wAttr(el: Element | null | undefined, local: string): string | null {
  if (!el) return null
  for (const attr of Array.from(el.attributes)) {
    if (attr.namespaceURI === null ? attr.name === local || attr.name === `w:${local}` : attr.localName === local && W_NAMESPACES.has(attr.namespaceURI)) {
      return attr.value
    }
  }
  return null
}

/** Any attribute named `local` whatever its namespace (w14:paraId, w15:paraIdParent…). */
export function anyAttr(el: Element, local: string): string | null {
  for (const a of Array.from(el.attributes)) if (a.localName === local || a.name.endsWith(`:${local}`)) return a.value
  return null
}
