/**
 * Word comments (comments.xml) with their reply links and «resolved» marks (commentsExtended.xml,
 * Word 2013+: a reply names its parent by the w14:paraId of the parent's last paragraph).
 */
import { readParagraph, type WalkContext } from './paragraph'
import { Ranges } from './ranges'
import { anyAttr as attr, elementChildren, isW, parseXmlPart, wAttr } from './xml'

export interface DocxComment {
  /** w:id, as in the body's comment ranges. */
  id: string
  author: string
  initials: string
  /** ISO date as Word writes it ('' when none). */
  date: string
  /** The comment's paragraphs joined by '\n'. */
  text: string
  /** The w:id of the comment this one answers, or null. */
  parentId: string | null
  /** Marked «resolved» (done) in Word. */
  done: boolean
}

function extended(xml: string | undefined): Map<string, { parent: string | null; done: boolean }> {
  const map = new Map<string, { parent: string | null; done: boolean }>()
  if (!xml) return map
  for (const el of elementChildren(parseXmlPart(xml, 'commentsExtended').documentElement)) {
    const paraId = attr(el, 'paraId')
    if (el.localName === 'commentEx' && paraId) map.set(paraId, { parent: attr(el, 'paraIdParent'), done: attr(el, 'done') === '1' })
  }
  return map
}

/** The comments of comments.xml (and commentsExtended.xml when present), in file order. */
export function readComments(commentsXml: string | undefined, commentsExtendedXml?: string): DocxComment[] {
  if (!commentsXml) return []
  const ext = extended(commentsExtendedXml)
  const ctx: WalkContext = { styles: new Map(), paragraphs: [], ranges: new Ranges() }
  const byParaId = new Map<string, string>()
  const comments = elementChildren(parseXmlPart(commentsXml, 'comments').documentElement)
    .filter((el) => isW(el, 'comment'))
    .map((el) => {
      const id = wAttr(el, 'id') ?? ''
      const paragraphs = elementChildren(el).filter((p) => isW(p, 'p'))
      const paraIds = paragraphs.map((p) => attr(p, 'paraId')).filter((x): x is string => !!x)
      for (const p of paraIds) byParaId.set(p, id)
      const last = paraIds.at(-1)
      return {
        comment: {
          id,
          author: wAttr(el, 'author') ?? '',
          initials: wAttr(el, 'initials') ?? '',
          date: wAttr(el, 'date') ?? '',
          text: paragraphs.map((p) => readParagraph(p, { block: 0 }, ctx).text).join('\n'),
          parentId: null as string | null,
          done: last ? (ext.get(last)?.done ?? false) : false,
        },
        last,
      }
    })
  for (const { comment, last } of comments) {
    const parent = last ? ext.get(last)?.parent : null
    comment.parentId = parent ? (byParaId.get(parent) ?? null) : null
  }
  return comments.map((c) => c.comment)
}
