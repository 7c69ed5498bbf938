import { describe, expect, it } from 'vitest'
import { runChecks } from '@/domain/checks/engine'
import { applyFix } from '@/domain/checks/fixes'
import { findImperative, findVague, hasTwoActions, kkLearnerForm } from '@/domain/checks/wording'
import type { Assessment, Language } from '@/domain/model'
import { cleanAssessment } from './clean'

const withCriterion = (lang: Language, text: string): Assessment => {
  const a = cleanAssessment(lang)
  return { ...a, criteria: a.criteria.map((c) => (c.id === 'c1' ? { ...c, text } : c)) }
}
const withDescriptor = (lang: Language, text: string): Assessment => {
  const a = cleanAssessment(lang)
  return { ...a, tasks: a.tasks.map((t) => (t.id === 't2' ? { ...t, descriptors: t.descriptors.map((d) => (d.id === 't2d1' ? { ...d, text } : d)) } : t)) }
}
const rules = (a: Assessment) => runChecks(a).map((f) => f.ruleId)

describe('criterion is a learner action, not an instruction', () => {
  it.each([
    ['kk', 'Тарихи оқиғаға мысалдар келтіріңдер', 'Тарихи оқиғаға мысалдар келтіреді'],
    ['kk', 'Мәтіннің негізгі ойын жазыңыз', 'Мәтіннің негізгі ойын жазады'],
    ['kk', 'Оқиғаның себебін анықтаңыз', 'Оқиғаның себебін анықтайды'],
    ['ru', 'Определите причины восстания', 'Определяет причины восстания'],
    ['ru', 'Напишите вывод о значении труда', 'Пишет вывод о значении труда'],
  ] as const)('%s «%s» is flagged, with the fix «%s»', (lang, text, fixed) => {
    const a = withCriterion(lang, text)
    const f = runChecks(a).find((x) => x.ruleId === 'criterion.imperative')!
    expect(f.path).toBe('criteria/c1/text')
    expect(f.severity).toBe('warning')
    expect(f.fix).toEqual({ kind: 'replaceText', path: 'criteria/c1/text', value: fixed })
    expect(rules(applyFix(a, f.fix!))).not.toContain('criterion.imperative')
  })

  it.each([
    ['kk', 'Кеңес үкіметі кезіндегі ауыл шаруашылығында орын алған өзгерістерге баға береді'],
    ['kk', 'Каспий теңіз'],
    ['ru', 'На основе источника делает вывод о значении труда М.Х. Дулати «Тарихи Рашиди»'],
    ['ru', 'Определяет влияние образования Казахского ханства'],
    ['en', 'Recognise basic general questions without support'],
    ['en', 'Make up basic interrogative sentences and get information about the topic'],
  ] as const)('%s «%s» (real published wording) passes', (lang, text) => {
    expect(findImperative(text, lang)).toBeNull()
  })

  it('flags addressing the pupil in English without proposing a fix', () => {
    expect(findImperative('Tell about your family', 'en')).toEqual({ word: 'your', replacement: null })
    expect(kkLearnerForm('келтіріңдер')).toBe('келтіреді')
    expect(kkLearnerForm('оқыңыз')).toBe('оқиды')
  })

  it('flags an instruction used as a descriptor too', () => {
    expect(rules(withDescriptor('ru', 'Запишите ответ'))).toContain('descriptor.imperative')
  })
})

describe('descriptor is one observable action', () => {
  it.each([
    ['kk', 'тарихи оқиғаның себептерін біледі', 'біледі'],
    ['kk', 'мәтіннің мазмұнын түсінеді', 'түсінеді'],
    ['ru', 'знает даты восстания', 'знает'],
    ['ru', 'понимает значение реформы', 'понимает'],
    ['en', 'understands the main idea', 'understands'],
    ['en', 'knows the dates', 'knows'],
  ] as const)('%s «%s» is vague (%s)', (lang, text, word) => {
    const f = runChecks(withDescriptor(lang, text)).find((x) => x.ruleId === 'descriptor.vague')!
    expect(f.path).toBe('tasks/t2/descriptors/t2d1/text')
    expect(f.message).toContain(word)
  })

  it.each([
    ['kk', 'тарихи оқиғаны атайды'],
    ['ru', 'называет событие, связанное с деятельностью Жанибека и Керея.'],
    ['en', 'names the main idea'],
  ] as const)('%s «%s» is not vague', (lang, text) => {
    expect(findVague(text, lang)).toBeNull()
  })

  it.each([
    // writing down the answer only records the value found: one action and its result
    ['kk', 'өрнектің мәнін табады және жауабын жазады', false],
    ['kk', 'мәтінді оқиды және сұрақтарға жауап береді', true],
    ['en', 'reads the text and answers the questions', true],
    ['kk', 'сандарды салыстырады және кестені толтырады', true],
    ['ru', 'сравнивает многозначные числа и ставит верный знак', false],
    ['ru', 'вычисляет значение выражения и записывает ответ', false],
    ['en', 'compares the numbers and puts the correct sign', false],
    ['kk', 'нөлмен аяқталатын санды көбейтеді және бөледі', true],
    ['kk', 'жақшалы өрнектегі амалдардың орындалу ретін жазып көрсетеді', false],
    ['kk', 'ауыл шаруашылығы және мал шаруашылығы дамуын жазады', false],
    ['ru', 'называет событие и объясняет его причины', true],
    ['ru', 'называет событие, связанное с деятельностью Жанибека и Керея.', false],
    ['en', 'names the event and explains its causes', true],
    ['en', 'names the causes and consequences', false],
  ] as const)('%s «%s» two actions: %s', (lang, text, expected) => {
    expect(hasTwoActions(text, lang)).toBe(expected)
  })

  it('gives the two-actions finding as a hint on the descriptor', () => {
    const f = runChecks(withDescriptor('ru', 'называет событие и объясняет его причины')).find((x) => x.ruleId === 'descriptor.twoActions')!
    expect([f.severity, f.path]).toEqual(['hint', 'tasks/t2/descriptors/t2d1/text'])
  })
})

describe('descriptor continues «Обучающийся / Білім алушы / A learner»', () => {
  it.each([
    ['kk', 'Білім алушы оқиғаны атайды', 'оқиғаны атайды'],
    ['ru', 'Обучающийся называет событие', 'называет событие'],
    ['en', 'A learner names the event', 'names the event'],
  ] as const)('%s: the learner word is not repeated (%s)', (lang, text, fixed) => {
    const a = withDescriptor(lang, text)
    const f = runChecks(a).find((x) => x.ruleId === 'descriptor.learnerPrefix')!
    expect(f.fix).toEqual({ kind: 'replaceText', path: 'tasks/t2/descriptors/t2d1/text', value: fixed })
    expect(rules(applyFix(a, f.fix!))).toEqual([])
  })

  it.each([
    ['kk', 'Тарихи оқиғаны анықтайды;'],
    ['ru', 'Называет событие'],
    ['en', 'Names the event'],
  ] as const)('%s: a capital start is a hint with a fix', (lang, text) => {
    const a = withDescriptor(lang, text)
    const f = runChecks(a).find((x) => x.ruleId === 'descriptor.capital')!
    expect(f.severity).toBe('hint')
    expect(rules(applyFix(a, f.fix!))).toEqual([])
  })

  it('leaves acronyms and lower-case starts alone', () => {
    expect(rules(withDescriptor('kk', 'ҚР астанасын атайды'))).toEqual([])
    expect(rules(withDescriptor('en', 'UK capital: names it'))).toEqual([])
  })
})
