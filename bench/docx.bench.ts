/**
 * Word export time for 10, 50 and 200 tasks (every part, 2 rubric copies). The goal is linear growth;
 * the nearest open-source peer needs about 1.6 ms per rubric row of 5 cells on this kind of machine.
 * `sampleAssessment` gives each task 1–2 descriptors, so descriptor-table rows ≈ 1.67 × tasks.
 */
import { bench, describe } from 'vitest'
import { Packer } from 'docx'
import { buildAssessmentDocx, buildDocument } from '@/export/docx'
import { defaultPrintOptions } from '@/domain/printOptions'
import { sampleAssessment } from '../tests/unit/export/sample'

const options = { ...defaultPrintOptions(), parentRubricCopies: 2 }

describe('buildAssessmentDocx (all parts, packed to a .docx)', () => {
  for (const n of [10, 50, 200]) {
    const a = sampleAssessment('kk', n)
    bench(`${n} tasks`, async () => {
      await buildAssessmentDocx(a, options)
    }, { iterations: 5, warmupIterations: 1 })
  }
})

describe('document model only (no zip)', () => {
  for (const n of [10, 50, 200]) {
    const a = sampleAssessment('kk', n)
    bench(`${n} tasks`, () => {
      buildDocument(a, options)
    }, { iterations: 5, warmupIterations: 1 })
  }
})

describe('pack only', () => {
  const doc = buildDocument(sampleAssessment('kk', 200), options)
  bench('200 tasks: Packer.toArrayBuffer', async () => {
    await Packer.toArrayBuffer(doc)
  }, { iterations: 5, warmupIterations: 1 })
})
