/**
 * Opening a teacher's Word file, for every store that reads one (objectives from a long-term plan, an
 * old БЖБ, a mentor's commented print). The .docx door loads by `import()` only when a file is opened,
 * like printing, so the first page never carries it. A refusal comes back as plain data for the screen.
 */
import type { DocxDocument, DocxErrorKind, DocxErrorParams } from '@/exchange/docx'

export type { DocxBlock, DocxBody, DocxCell, DocxComment, DocxDocument, DocxParagraph, DocxRow, DocxTable } from '@/exchange/docx'

/** Why a Word file was not read: `kind` names the message `docxError.<kind>`; `detail` is for the tooltip. */
export interface WordFileRefusal {
  kind: DocxErrorKind
  detail: string
  params: DocxErrorParams
}

export type WordFileOpened = { ok: true; document: DocxDocument } | { ok: false; refusal: WordFileRefusal }

export const loadDocxDoor = () => import('@/exchange/docx')

/** Reads a chosen .docx through the door; never throws for a bad file (anything unexpected is `damaged`). */
export async function openWordFile(file: Blob): Promise<WordFileOpened> {
  const door = await loadDocxDoor()
  try {
    return { ok: true, document: await door.readDocxFile(file) }
  } catch (e) {
    if (door.isDocxError(e)) return { ok: false, refusal: { kind: e.kind, detail: e.detail, params: e.params } }
    return { ok: false, refusal: { kind: 'damaged', detail: String(e), params: {} } }
  }
}
