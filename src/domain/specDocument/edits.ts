/** The teacher's rewording of the specification and her choice of table layout, kept with the assessment. */
import type { Assessment, SpecEdits, SpecLayout, SpecText } from '../model'
import { generatedTexts } from './document'

/**
 * The edits after the teacher rewrote one paragraph. Text equal to the generated wording, or blank, drops
 * the edit: the paragraph follows the document again (a changed subject or duration shows in it).
 */
export function editSpecText(a: Assessment, key: SpecText, text: string): SpecEdits {
  const next = { ...a.specEdits }
  if (!text.trim() || text === generatedTexts(a)[key]) delete next[key]
  else next[key] = text
  return next
}

export function chooseSpecLayout(a: Assessment, layout: SpecLayout): SpecEdits {
  return { ...a.specEdits, layout }
}

export function setSpecEdits(a: Assessment, specEdits: SpecEdits): Assessment {
  return { ...a, specEdits }
}
