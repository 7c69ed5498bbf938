/**
 * «Түзету» / «Fix» on an instruction-worded criterion is grammatical or not offered: in Kazakh it turns the
 * imperative into the 3rd person of the same verb, so every object keeps the case that verb governs
 * (accusative «мәтінді», dative «сұрақтарға»); English criteria in the base form are the official style.
 */
import { describe, expect, it } from 'vitest'
import { findImperative } from '@/domain/checks/wording'

const words = (s: string) => s.split(/\s+/)

describe('the Kazakh fix keeps every object in its case', () => {
  it.each([
    ['Сұрақтарға жауап беріңіз', 'Сұрақтарға жауап береді'],
    ['Мәтінді оқыңыз', 'Мәтінді оқиды'],
    ['Мәтінді оқып, сұрақтарға жауап беріңіз', 'Мәтінді оқып, сұрақтарға жауап береді'],
    ['Сөйлемдерді толықтырыңыз', 'Сөйлемдерді толықтырады'],
    ['Кестеге мәліметтерді енгізіңіз', 'Кестеге мәліметтерді енгізеді'],
    ['Оқиғаның себебін анықтаңыз', 'Оқиғаның себебін анықтайды'],
    ['Тарихи оқиғаға мысалдар келтіріңдер', 'Тарихи оқиғаға мысалдар келтіреді'],
    ['Суретке қарап, әңгіме құрастырыңыз', 'Суретке қарап, әңгіме құрастырады'],
  ])('«%s» → «%s», every other word unchanged', (text, fixed) => {
    const imp = findImperative(text, 'kk', 'criterion')!
    const result = text.slice(0, text.lastIndexOf(imp.word)) + imp.replacement + text.slice(text.lastIndexOf(imp.word) + imp.word.length)
    expect(result).toBe(fixed)
    expect(words(result).slice(0, -1)).toEqual(words(text).slice(0, -1))
  })

  it('offers no fix when two clauses end in imperatives (one fix would leave the other)', () => {
    expect(findImperative('Мәтінді оқыңыз. Сұрақтарға жауап беріңіз', 'kk', 'criterion')).toEqual({ word: 'оқыңыз', replacement: null })
  })
})

describe('English criteria in the base form are the official style', () => {
  it.each(['Write words accurately', 'Recognise the main idea', 'Read and understand short texts', 'Listen for the main points'])('«%s» is not flagged', (text) => {
    expect(findImperative(text, 'en', 'criterion')).toBeNull()
  })

  it('still flags addressing the pupil, without a fix, and a descriptor written as an instruction', () => {
    expect(findImperative('Write about your family', 'en', 'criterion')).toEqual({ word: 'your', replacement: null })
    expect(findImperative('Write the missing words', 'en', 'descriptor')).toEqual({ word: 'Write', replacement: 'Writes' })
  })
})
