/** The document language against the language its text is written in (domain/textLanguage.ts). */
import { headerPath } from '../anchors'
import type { Assessment } from '../model'
import { textLanguageMismatch } from '../textLanguage'
import type { RawFinding } from './types'

export function textLanguageRules(a: Assessment): RawFinding[] {
  const found = textLanguageMismatch(a)
  if (found === null) return []
  return [{ severity: 'warning', ruleId: 'language.textMismatch', path: headerPath('language'), params: { found, language: a.language } }]
}
