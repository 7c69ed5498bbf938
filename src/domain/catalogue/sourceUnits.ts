/**
 * A curriculum document as the objective reader sees it, whatever it came from: lines (a paragraph, a
 * pasted line, a table row merged across its width) and table rows of cell texts, in reading order.
 */

export interface SourcePlace {
  /** 1-based position in reading order (the pasted line number, or the n-th paragraph or row). */
  line: number
  /** For a Word table: 1-based table number and row number in it. */
  table?: number
  row?: number
}

export type SourceUnit =
  | { kind: 'line'; text: string; heading?: boolean; place: SourcePlace }
  | { kind: 'row'; cells: string[]; place: SourcePlace }

/** Pasted text: a line holding a tab is a table row (tables paste as tab-separated cells), any other a line. */
export function unitsOfPastedText(text: string): SourceUnit[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i): SourceUnit => {
      const place = { line: i + 1 }
      const cells = line.split('\t')
      return cells.filter((c) => c.trim()).length > 1 ? { kind: 'row', cells, place } : { kind: 'line', text: line.replace(/\t/g, ' '), place }
    })
}
