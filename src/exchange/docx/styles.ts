/** Paragraph styles of styles.xml: each id's name and outline level, so headings are known in any UI language. */
import { elementChildren, isW, wAttr, wChild } from './xml'

export interface StyleInfo {
  name: string
  /** 0-based outline level (w:outlineLvl), or null. */
  outline: number | null
  basedOn: string | null
}

export type StyleMap = Map<string, StyleInfo>

export function readStyles(doc: Document | null): StyleMap {
  const map: StyleMap = new Map()
  if (!doc) return map
  for (const style of elementChildren(doc.documentElement)) {
    if (!isW(style, 'style')) continue
    const id = wAttr(style, 'styleId')
    if (!id) continue
    const level = wAttr(wChild(wChild(style, 'pPr'), 'outlineLvl'), 'val')
    map.set(id, {
      name: wAttr(wChild(style, 'name'), 'val') ?? '',
      outline: level === null ? null : Number(level),
      basedOn: wAttr(wChild(style, 'basedOn'), 'val'),
    })
  }
  return map
}

const HEADING_NAME = /^heading\s*([1-9])$/i

/** 1–9 for a heading style (its outline level or its name, following w:basedOn), else null. */
export function styleHeadingLevel(styles: StyleMap, id: string): number | null {
  let current: string | null = id
  for (let depth = 0; current && depth < 10; depth++) {
    const style = styles.get(current)
    if (!style) break
    if (style.outline !== null && style.outline >= 0 && style.outline < 9) return style.outline + 1
    const named = HEADING_NAME.exec(style.name)
    if (named) return Number(named[1])
    current = style.basedOn
  }
  const byId = /^heading([1-9])$/i.exec(id)
  return byId ? Number(byId[1]) : null
}
