/** One w:p as plain text with its style, heading level, list level and tracked changes. */
import type { DocxChange, DocxParagraph, DocxPlace } from './model'
import type { Ranges } from './ranges'
import { styleHeadingLevel, type StyleMap } from './styles'
import { elementChildren, wAttr, wChild, W_NAMESPACES } from './xml'

export interface WalkContext {
  styles: StyleMap
  paragraphs: DocxParagraph[]
  ranges: Ranges
}

/** Elements that only wrap runs: their children are read as if they stood in the paragraph. */
const WRAPPERS = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'sdtContent', 'dir', 'bdo'])
/** Elements whose content is never text of the paragraph (pictures, field codes, footnote marks). */
const SKIPPED = new Set(['pPr', 'rPr', 'instrText', 'delInstrText', 'drawing', 'pict', 'object', 'sdtPr', 'sdtEndPr'])

interface Building {
  paragraph: DocxParagraph
  pieces: string[]
  ctx: WalkContext
}

function emit(b: Building, piece: string, change: DocxChange | null): void {
  if (change) change.text += piece
  if (change?.kind === 'delete') return
  b.pieces.push(piece)
  b.ctx.ranges.text(piece, b.paragraph.index)
}

function runChild(b: Building, el: Element, change: DocxChange | null): void {
  switch (el.localName) {
    case 't':
    case 'delText':
      emit(b, el.textContent ?? '', change)
      return
    case 'tab':
      emit(b, '\t', change)
      return
    case 'br':
    case 'cr':
      emit(b, '\n', change)
      return
    case 'noBreakHyphen':
      emit(b, '-', change)
      return
    case 'commentReference':
      b.ctx.ranges.reference(wAttr(el, 'id') ?? '', b.paragraph.index)
      return
    default:
      if (!SKIPPED.has(el.localName)) walk(b, el, change)
  }
}

function trackedChange(el: Element, kind: DocxChange['kind'], b: Building): DocxChange {
  const change: DocxChange = { kind, text: '', author: wAttr(el, 'author') ?? '', date: wAttr(el, 'date') ?? '' }
  b.paragraph.changes.push(change)
  return change
}

function walk(b: Building, parent: Element, change: DocxChange | null): void {
  const at = b.paragraph.index
  for (const el of elementChildren(parent)) {
    if (!W_NAMESPACES.has(el.namespaceURI ?? '') || SKIPPED.has(el.localName)) continue
    const id = wAttr(el, 'id') ?? ''
    switch (el.localName) {
      case 'r':
        for (const c of elementChildren(el)) if (W_NAMESPACES.has(c.namespaceURI ?? '')) runChild(b, c, change)
        break
      case 'ins':
      case 'moveTo':
        walk(b, el, trackedChange(el, 'insert', b))
        break
      case 'del':
      case 'moveFrom':
        walk(b, el, trackedChange(el, 'delete', b))
        break
      case 'bookmarkStart':
        b.ctx.ranges.startBookmark(id, wAttr(el, 'name') ?? '', at)
        break
      case 'bookmarkEnd':
        b.ctx.ranges.endBookmark(id, at)
        break
      case 'commentRangeStart':
        b.ctx.ranges.startComment(id, at)
        break
      case 'commentRangeEnd':
        b.ctx.ranges.endComment(id, at)
        break
      case 'sdt':
        walk(b, wChild(el, 'sdtContent') ?? el, change)
        break
      default:
        if (WRAPPERS.has(el.localName)) walk(b, el, change)
    }
  }
}

function levels(p: Element, ctx: WalkContext): Pick<DocxParagraph, 'styleId' | 'styleName' | 'headingLevel' | 'listLevel'> {
  const props = wChild(p, 'pPr')
  const styleId = wAttr(wChild(props, 'pStyle'), 'val') ?? ''
  const outline = wAttr(wChild(props, 'outlineLvl'), 'val')
  const ilvl = wAttr(wChild(wChild(props, 'numPr'), 'ilvl'), 'val')
  const direct = outline === null ? null : Number(outline)
  return {
    styleId,
    styleName: ctx.styles.get(styleId)?.name ?? '',
    headingLevel: direct !== null && direct >= 0 && direct < 9 ? direct + 1 : styleHeadingLevel(ctx.styles, styleId),
    listLevel: ilvl === null || !Number.isFinite(Number(ilvl)) ? (wChild(props, 'numPr') ? 0 : null) : Number(ilvl),
  }
}

/** Reads one w:p into the flat list (it takes the next index) and returns it. */
export function readParagraph(p: Element, place: DocxPlace, ctx: WalkContext): DocxParagraph {
  const paragraph: DocxParagraph = { kind: 'paragraph', index: ctx.paragraphs.length, text: '', ...levels(p, ctx), changes: [], place }
  ctx.paragraphs.push(paragraph)
  const b: Building = { paragraph, pieces: [], ctx }
  walk(b, p, null)
  paragraph.text = b.pieces.join('')
  return paragraph
}
