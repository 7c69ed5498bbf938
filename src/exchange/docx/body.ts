/** w:body → DocxBody: paragraphs and tables in order, content controls opened, ranges as paragraph spans. */
import type { DocxBlock, DocxBody } from './model'
import { readParagraph, type WalkContext } from './paragraph'
import { Ranges } from './ranges'
import { readStyles } from './styles'
import { readTable } from './table'
import { DocxError } from './errors'
import { elementChildren, isW, wAttr, wChild } from './xml'

function readBlocks(parent: Element, ctx: WalkContext, blocks: DocxBlock[]): void {
  for (const el of elementChildren(parent)) {
    if (isW(el, 'p')) blocks.push(readParagraph(el, { block: blocks.length }, ctx))
    else if (isW(el, 'tbl')) blocks.push(readTable(el, blocks.length, ctx))
    else if (isW(el, 'sdt')) readBlocks(wChild(el, 'sdtContent') ?? el, ctx, blocks)
    else if (isW(el, 'customXml')) readBlocks(el, ctx, blocks)
    else if (isW(el, 'bookmarkStart')) ctx.ranges.startBookmark(wAttr(el, 'id') ?? '', wAttr(el, 'name') ?? '', ctx.paragraphs.length)
    else if (isW(el, 'bookmarkEnd')) ctx.ranges.endBookmark(wAttr(el, 'id') ?? '', ctx.paragraphs.length - 1)
    else if (isW(el, 'commentRangeStart')) ctx.ranges.startComment(wAttr(el, 'id') ?? '', ctx.paragraphs.length)
    else if (isW(el, 'commentRangeEnd')) ctx.ranges.endComment(wAttr(el, 'id') ?? '', ctx.paragraphs.length - 1)
  }
}

/** Reads the parsed document.xml (and styles.xml for heading levels) into the plain body model. */
export function readBody(document: Document, styles: Document | null = null): DocxBody {
  const body = wChild(document.documentElement, 'body')
  if (!isW(document.documentElement, 'document') || !body) throw new DocxError('noDocument', 'no w:body')
  const ctx: WalkContext = { styles: readStyles(styles), paragraphs: [], ranges: new Ranges() }
  const blocks: DocxBlock[] = []
  readBlocks(body, ctx, blocks)
  const last = ctx.paragraphs.length - 1
  return { blocks, paragraphs: ctx.paragraphs, bookmarks: ctx.ranges.finishedBookmarks(last), commentRanges: ctx.ranges.commentRanges(last) }
}
