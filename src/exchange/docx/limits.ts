/**
 * How much the .docx door accepts. A real long-term plan or БЖБ is well under a megabyte of XML (a
 * 30-page plan: about 2 MB of document.xml); pictures make the file larger but are never inflated.
 */
export interface DocxLimits {
  readonly fileBytes: number
  readonly entries: number
  readonly partBytes: number
  readonly totalBytes: number
  readonly declaredBytes: number
  readonly ratio: number
  readonly ratioFloor: number
}

export const DOCX_LIMITS: DocxLimits = {
  /** The file as chosen (pictures included). */
  fileBytes: 40 * 1024 * 1024,
  /** Parts in the zip: Word writes 10–40, a file with many pictures a few hundred. */
  entries: 2_000,
  /** One XML part after inflating, counted byte by byte as it inflates. */
  partBytes: 30 * 1024 * 1024,
  /** All parts that are read together, after inflating. */
  totalBytes: 60 * 1024 * 1024,
  /** All entries as the zip declares them (pictures included): more is a zip bomb, not a Word file. */
  declaredBytes: 1024 * 1024 * 1024,
  /** A part's declared size over its compressed size: XML compresses 5–20×, a bomb 1000×. */
  ratio: 200,
  /** Below this, any ratio is fine (a tiny part of repeated spaces compresses well). */
  ratioFloor: 1024 * 1024,
}
