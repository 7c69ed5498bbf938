/**
 * Parent-rubric cells built from a criterion in the wording real rubrics use (GLOSSARY.md):
 * kk «…қиналады» / «…қателіктер жібереді» / «…дұрыс орындайды»,
 * ru «Затрудняется …» / «Допускает ошибки в …» / «Верно …»,
 * en «Experiences difficulties in …» / «Makes mistakes in …» / «Correctly …».
 * Each language's verb forms live in kk.ts, ru.ts and en.ts (rule tables tested against every real criterion,
 * descriptor and objective). When a criterion has no verb the rules can turn, the cells quote it in a safe
 * phrase («Затрудняется в выполнении заданий по критерию «…»») instead of a broken sentence.
 */
import type { Language } from '../model'
import { enCells } from './en'
import { kkCells } from './kk'
import { ruCells } from './ru'
import type { RubricCells } from './text'

export type { RubricCells } from './text'
export { enBase, enGerund, enThirdPerson, enVerb } from './en'
export { kkLearnerForm, kkLocative, kkVerb, kkVerbalNoun } from './kk'
export { ruInfinitive, ruThirdPerson } from './ru'

const clean = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/[.;:,]+$/, '')

const CELLS: Record<Language, (text: string) => RubricCells> = { kk: kkCells, ru: ruCells, en: enCells }

/** The three cells for a criterion text in the document's language; empty cells for an empty criterion. */
export function rubricCells(criterionText: string, language: Language): RubricCells {
  const text = clean(criterionText)
  if (!text) return { low: '', middle: '', high: '' }
  return CELLS[language](text)
}
