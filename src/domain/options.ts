/** Letters of multiple-choice options, as printed: A, B, C, D … (Latin in all three languages, as in published sheets). */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

export function optionLetter(index: number): string {
  return index < LETTERS.length ? LETTERS[index] : String(index + 1)
}
