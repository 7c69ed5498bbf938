/**
 * Which form of a plural message (`'балл | балла | баллов'`) a count takes, by the language's own rules (CLDR, through
 * Intl.PluralRules): Russian has three forms after a number, English two, and a Kazakh noun after a number keeps one.
 */
const FORMS: Record<string, Intl.LDMLPluralRule[][]> = {
  // 'other' is Russian's form for fractions (1,5 балла), written like 'few'
  ru: [['one'], ['few', 'other'], ['many']],
  en: [['one'], ['other']],
  kk: [['one', 'other']],
}

const rules = new Map<string, Intl.PluralRules>()

export function pluralIndex(language: string, count: number, choices: number): number {
  const forms = FORMS[language]
  if (!forms || choices < 2) return 0
  let rule = rules.get(language)
  if (!rule) rules.set(language, (rule = new Intl.PluralRules(language)))
  const category = rule.select(Math.abs(count))
  const index = Math.max(0, forms.findIndex((names) => names.includes(category)))
  return Math.min(index, choices - 1)
}

/** vue-i18n's `pluralRules` option: one rule per interface language. */
export const pluralRules = Object.fromEntries(
  Object.keys(FORMS).map((language) => [language, (count: number, choices: number) => pluralIndex(language, count, choices)]),
)
