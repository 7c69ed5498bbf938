/**
 * Every count goes through the plural rules: a message that puts a count placeholder right before a word
 * ("{n} tasks", "{n} критерия") must be a plural message ('… | …'), or name the count after a label
 * ("Заданий: {n}"), where the noun does not follow the number.
 */
import { describe, expect, it } from 'vitest'
import { messages } from './sourceMessages'

// placeholders that hold a count in this codebase's messages
const COUNT = /\{(n|count|tasks|points|copies|total|rows|minutes|days|hours|files|done|left|errors|warnings|hints|criteria|objectives)\}\s+(\p{L}+)/u
// what may follow a number unchanged: unit abbreviations, words after an ordinal ("{n} класс" is the grade,
// "Задание {n} удалено" names the task), and words that do not take a plural ("{n} found", "{n} more", "{done} of")
const SAME_AFTER_ANY_NUMBER = new Set([
  'мин', 'min', 'класс', 'четверть', 'удалено', 'отправлена', 'оценивания', 'из',
  'found', 'more', 'of', 'deleted', 'sent', 'imported',
])

function leaves(tree: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value as Record<string, unknown>, `${prefix}${key}.`),
  )
}

describe('counts in messages', () => {
  it.each(['ru', 'en'] as const)('go through plural forms in %s', (lang) => {
    const bare = leaves(messages[lang])
      .filter(([, text]) => !text.includes(' | '))
      .filter(([, text]) => {
        const hit = COUNT.exec(text)
        return hit !== null && !SAME_AFTER_ANY_NUMBER.has(hit[2])
      })
      .map(([key, text]) => `${key}: ${text}`)
    expect(bare).toEqual([])
  })
})
