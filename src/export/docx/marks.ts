/**
 * The hidden field markers (domain/fieldMarks.ts) as Word bookmarks: around a paragraph's runs for the
 * parts docx builds, and as XML text for the raw tables (table.ts). Both take their ids from docx's one
 * bookmark counter, so no two bookmarks of a file share an id.
 */
import { Bookmark, bookmarkUniqueNumericId, type ParagraphChild } from 'docx'

/** `children` inside the bookmark `name`; unchanged when there is no name. */
export const marked = (name: string | undefined, children: ParagraphChild[]): ParagraphChild[] => (name ? [new Bookmark({ id: name, children })] : children)

/** The opening and closing XML of a bookmark named `name`, for text written by hand. */
export function markXml(name: string): { start: string; end: string } {
  const id = bookmarkUniqueNumericId()
  return { start: `<w:bookmarkStart w:id="${id}" w:name="${name}"/>`, end: `<w:bookmarkEnd w:id="${id}"/>` }
}
