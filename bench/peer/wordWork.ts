/**
 * The four pieces of Word work that bench/peer/word.mjs times against each other, each for N units of 5 cells of
 * 350 Kazakh characters: the peer's rubric export (N criterion rows × 5 levels; its `exportRubricToDocx` builds the
 * whole document — a heading and one table — and packs it to a Blob), Bagalau's descriptor table (N tasks ×
 * 5 descriptors, packed alone), Bagalau's full pack of N tasks, and the plainest docx table of the same N × 5 rows.
 * `peer-docx-export` and `file-saver` are resolved by word.mjs's bundler to the peer's own file and a stub.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
// @ts-expect-error resolved by bench/peer/word.mjs to $PEER_DIR/src/utils/docxExport.ts
import { exportRubricToDocx } from 'peer-docx-export'
// @ts-expect-error resolved by bench/peer/word.mjs to a stub that keeps what the peer would have saved
import { lastSaved } from 'file-saver'
import { descriptorTable } from '@/domain/descriptorTable'
import { defaultPrintOptions } from '@/domain/printOptions'
import { buildAssessmentDocx } from '@/export/docx'
import { descriptorTablePart } from '@/export/docx/descriptorTable'
import { section, styles } from '@/export/docx/page'
import { packDocx } from '@/export/docx/rawXml'
import { kazakhText, longDescriptorAssessment } from '../../tests/unit/export/sample'

const LEVELS = 5
const LENGTH = 350

/** A peer rubric of `n` criteria × 5 levels, in the shape of its `Rubric` (types/index.ts) with its default format. */
function peerRubric(n: number) {
  const format = { criterionColWidth: 200, levelColWidth: 160, fontSize: 14, headerColor: '#1e3a5f', headerTextColor: '#ffffff', accentColor: '#3b82f6', fontFamily: 'Inter, system-ui, sans-serif', showWeights: true, showPoints: true, showCalculatedGrade: true, levelOrder: 'best-first', headerTextAlign: 'center', showBorders: true, rowStriping: false, orientation: 'portrait' }
  const criteria = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    title: `${i + 1}-критерий`,
    description: '',
    weight: 1,
    levels: Array.from({ length: LEVELS }, (_, j) => ({ id: `c${i}l${j}`, label: `${LEVELS - j}`, minPoints: LEVELS - j, maxPoints: LEVELS - j, description: kazakhText(`${i + 1}.${j + 1}`, LENGTH), subItems: [] })),
  }))
  return { id: 'r', name: 'Жиынтық бағалау', subject: 'Қазақ тілі', description: '', criteria, gradeScaleId: '', format, attachmentIds: [], createdAt: '', updatedAt: '', totalMaxPoints: n * LEVELS, scoringMode: 'total-points' }
}

export type Work = () => Promise<Uint8Array>

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())

/** Each piece of work for N units, returning the .docx it wrote (so nothing is optimised away and it can be checked). */
export function works(n: number): Record<'peer' | 'table' | 'pack' | 'floor', Work> {
  const rubric = peerRubric(n)
  const a = longDescriptorAssessment(n, LEVELS, LENGTH)
  const cells = descriptorTable(a).rows.map((r) => [r.criterion?.text ?? '', String(r.taskNumber), r.descriptor.text, String(r.descriptor.points)])
  const options = { ...defaultPrintOptions(), parentRubricCopies: 2 }
  return {
    peer: async () => {
      await exportRubricToDocx(rubric)
      return bytesOf(lastSaved() as Blob)
    },
    table: () => packDocx(new Document({ styles: styles(a.language), sections: [section(a, descriptorTablePart(a))] })),
    pack: async () => bytesOf(await buildAssessmentDocx(a, options)),
    floor: async () => {
      const rows = cells.map((texts) => new TableRow({ children: texts.map((text) => new TableCell({ children: [new Paragraph(text)] })) }))
      return new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] })))
    },
  }
}
