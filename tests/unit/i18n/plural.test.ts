import { describe, expect, it } from 'vitest'
import { pluralIndex } from '@/i18n/plural'
import { i18n } from '@/i18n'

describe('plural forms', () => {
  it('follow Russian: 1 балл, 2–4 балла, 5–20 баллов, 21 балл, 22 балла, 0 баллов', () => {
    const form = (n: number) => ['балл', 'балла', 'баллов'][pluralIndex('ru', n, 3)]
    expect([1, 2, 4, 5, 11, 12, 14, 20, 21, 22, 25, 101, 111, 0].map(form)).toEqual([
      'балл', 'балла', 'балла', 'баллов', 'баллов', 'баллов', 'баллов', 'баллов', 'балл', 'балла', 'баллов', 'балл', 'баллов', 'баллов',
    ])
  })

  it('follow English: 1 mark, 0 / 2 marks', () => {
    expect([1, 0, 2, 21].map((n) => pluralIndex('en', n, 2))).toEqual([0, 1, 1, 1])
  })

  it('keep one Kazakh form after any number', () => {
    expect([1, 2, 5, 21].map((n) => pluralIndex('kk', n, 2))).toEqual([0, 0, 0, 0])
  })

  it('are what the interface prints', () => {
    const { t } = i18n.global
    expect([1, 3, 5, 21].map((n) => t('tasks.points', n, { locale: 'ru' }))).toEqual(['1 балл', '3 балла', '5 баллов', '21 балл'])
    expect([1, 2].map((n) => t('tasks.points', n, { locale: 'en' }))).toEqual(['1 mark', '2 marks'])
    expect([1, 5].map((n) => t('tasks.points', n, { locale: 'kk' }))).toEqual(['1 балл', '5 балл'])
  })
})
