/**
 * Word export time for 10, 50 and 200 tasks (every part, 2 rubric copies). The goal is linear growth;
 * the nearest open-source peer needs about 1.6 ms per rubric row of 5 cells on this kind of machine.
 * `sampleAssessment` gives each task 1–2 descriptors, so descriptor-table rows ≈ 1.67 × tasks.
 *
 * Per row against a floor: 200 tasks × 5 descriptors of 350 Kazakh characters. The floor is the same 1,000 rows
 * written with the `docx` library in the plainest way (one table, 4 text cells a row, packed); Bagalau's descriptor
 * table (packed alone) and its full pack are reported as ratios to it, measured in the same run (bench/run.mjs).
 */
import { bench, describe } from 'vitest'
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import { descriptorTable } from '@/domain/descriptorTable'
import { buildAssessmentDocx, buildDocument } from '@/export/docx'
import { descriptorTablePart } from '@/export/docx/descriptorTable'
import { defaultPrintOptions } from '@/domain/printOptions'
import { section, styles } from '@/export/docx/page'
import { packDocx } from '@/export/docx/rawXml'
import { longDescriptorAssessment, sampleAssessment } from '../tests/unit/export/sample'

const options = { ...defaultPrintOptions(), parentRubricCopies: 2 }

describe('buildAssessmentDocx (all parts, packed to a .docx)', () => {
  for (const n of [10, 50, 200]) {
    const a = sampleAssessment('kk', n)
    bench(`${n} tasks`, async () => {
      await buildAssessmentDocx(a, options)
    }, { iterations: 5, warmupIterations: 1 })
  }
})

describe('document model only (no zip; the tables write their XML when packed)', () => {
  for (const n of [10, 50, 200]) {
    const a = sampleAssessment('kk', n)
    bench(`${n} tasks`, () => {
      buildDocument(a, options)
    }, { iterations: 5, warmupIterations: 1 })
  }
})

describe('pack only (tables are written to XML here)', () => {
  const doc = buildDocument(sampleAssessment('kk', 200), options)
  bench('200 tasks: packDocx', async () => {
    await packDocx(doc)
  }, { iterations: 5, warmupIterations: 1 })
})

describe('Word export per row, 200 tasks × 5 descriptors of 350 Kazakh characters', () => {
  const a = longDescriptorAssessment(200, 5, 350)
  const cells = descriptorTable(a).rows.map((r) => [r.criterion?.text ?? '', String(r.taskNumber), r.descriptor.text, String(r.descriptor.points)])
  const runs = { iterations: 8, warmupIterations: 2 }
  bench('floor: the same 1,000 rows as one plain docx table, packed', async () => {
    const rows = cells.map((texts) => new TableRow({ children: texts.map((text) => new TableCell({ children: [new Paragraph(text)] })) }))
    await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] }))
  }, runs)
  bench('descriptor table alone, packed', async () => {
    await packDocx(new Document({ styles: styles(a.language), sections: [section(a, descriptorTablePart(a))] }))
  }, runs)
  bench('full pack (all parts, 2 rubric copies)', async () => {
    await buildAssessmentDocx(a, options)
  }, runs)
})
