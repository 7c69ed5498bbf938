/**
 * An old БЖБ / ТЖБ from the .docx door to a new draft, validated on the way in: texts cut to the stored
 * limits (domain/shapes/up.ts `fitAssessment`), then checked against the stored shape, so a draft made from
 * any Word file is one the database, backups and review files accept.
 */
import * as v from 'valibot'
import { AssessmentSchema } from '@/domain/shapes/assessment'
import { fitAssessment } from '@/domain/shapes/up'
import { assessmentFromWord, type WordImport } from '@/domain/wordImport/assessmentFromWord'
import type { DocxDocument } from '../docx'
import { assessmentSource } from './assessmentSource'

/** The draft and its report, or null when what the file holds does not make a valid assessment. */
export function readAssessment(doc: DocxDocument, now = Date.now()): WordImport | null {
  const read = assessmentFromWord(assessmentSource(doc), now)
  const checked = v.safeParse(AssessmentSchema, fitAssessment(read.assessment))
  return checked.success ? { assessment: checked.output, report: read.report } : null
}
