/**
 * Whether an assessment's own text is in its document language. The document language sets every printed
 * heading, label and rubric phrase; text typed (or copied) in another language under it prints as a mixed
 * document — Kazakh headings over Russian criteria. Read from the text a pupil and a parent read: task
 * texts, options, criteria and descriptors (objectives are often pasted from another language's catalogue).
 */
import type { Assessment, Language } from './model'
import { countLetters, languageOfLetters, type LetterCounts } from './text/script'

export function assessmentTexts(a: Assessment): string[] {
  const texts = a.criteria.map((c) => c.text)
  for (const t of a.tasks) {
    texts.push(t.text, ...t.options.map((o) => o.text), ...t.descriptors.map((d) => d.text))
  }
  return texts
}

// each text's letters are counted once: a keystroke recounts the one text it changed
const counted = new Map<string, LetterCounts>()
const COUNTED_MAX = 5000

function lettersOf(text: string): LetterCounts {
  let c = counted.get(text)
  if (!c) {
    if (counted.size >= COUNTED_MAX) counted.clear()
    counted.set(text, (c = countLetters(text)))
  }
  return c
}

/** The language the assessment's text is written in, or null when it is too short to tell. */
export function textLanguage(a: Assessment): Language | null {
  const total: LetterCounts = { cyrillic: 0, kazakhOnly: 0, latin: 0 }
  for (const text of assessmentTexts(a)) {
    const c = lettersOf(text)
    total.cyrillic += c.cyrillic
    total.kazakhOnly += c.kazakhOnly
    total.latin += c.latin
  }
  return languageOfLetters(total)
}

/** The text's language when it is not the document language (what to warn about), else null. */
export function textLanguageMismatch(a: Assessment): Language | null {
  const found = textLanguage(a)
  return found !== null && found !== a.language ? found : null
}
