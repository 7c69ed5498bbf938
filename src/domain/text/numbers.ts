/**
 * Numbers written in groups of three («405 312», «1 234 567») must never split across lines in print: the
 * space between the groups (a plain, thin or no-break space as typed) becomes a narrow no-break space
 * (U+202F), the typographic thin space that does not break. Only a space followed by exactly three
 * digits joins, so «1 2 3» and «7 класс» stay as typed.
 */
const GROUP_SPACE = /(\d)[ \u2009\u00A0](?=\d{3}(?!\d))/g

export const NARROW_NBSP = '\u202F'

export const keepNumbersTogether = (text: string): string => text.replace(GROUP_SPACE, `$1${NARROW_NBSP}`)
