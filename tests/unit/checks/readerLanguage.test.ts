/** Findings are worded in the reader's (interface) language, quote the document as it is, and count in plural forms. */
import { describe, expect, it } from 'vitest'
import { createChecker, runChecks } from '@/domain/checks/engine'
import type { Assessment, Task } from '@/domain/model'
import { cleanAssessment } from './clean'

const onTask = (a: Assessment, id: string, patch: Partial<Task>): Assessment => ({ ...a, tasks: a.tasks.map((t) => (t.id === id ? { ...t, ...patch } : t)) })
const withOptions = (count: number) => (a: Assessment) => onTask(a, 't1', { options: a.tasks[0].options.slice(0, count) })

describe('the language of check messages', () => {
  it('follows the reader, not the document, and quotes the document’s words as they are', () => {
    const kk = { ...cleanAssessment('kk'), criteria: cleanAssessment('kk').criteria.map((c, i) => (i === 1 ? { ...c, objectiveIds: [] } : c)) }
    const message = (language: 'kk' | 'ru' | 'en') => runChecks(kk, language).find((f) => f.ruleId === 'criterion.noObjective')!.message
    expect(message('ru')).toBe('Критерий «Тарихи оқиғаның салдарына баға береді» не связан ни с одной целью обучения.')
    expect(message('en')).toBe('Criterion “Тарихи оқиғаның салдарына баға береді” is linked to no learning objective.')
    expect(message('kk')).toBe('«Тарихи оқиғаның салдарына баға береді» критерийі ешбір оқу мақсатымен байланыспаған.')
  })

  it('names the kind of assessment in the reader’s language', () => {
    const a = onTask(cleanAssessment('kk'), 't3', { descriptors: cleanAssessment('kk').tasks[2].descriptors.map((d) => ({ ...d, points: 3 })) })
    expect(runChecks(a, 'en').find((f) => f.ruleId === 'total.range')!.message).toContain('a unit assessment usually')
    expect(runChecks(a, 'ru').find((f) => f.ruleId === 'total.range')!.message).toContain('для СОр обычно')
  })

  it('rewords what it keeps when the interface language changes', () => {
    const check = createChecker()
    const a = onTask(cleanAssessment('kk'), 't2', { type: null })
    expect(check(a, 'kk')[0].message).toBe('2-тапсырманың түрі таңдалмаған.')
    expect(check(a, 'en')[0].message).toBe('Task 2 has no type.')
    expect(check(a, 'ru')[0].message).toBe('У задания 2 не выбран тип.')
  })
})

describe('counts inside check messages', () => {
  it.each([
    [0, 'В задании 1 0 вариантов ответа', 'Task 1 has 0 options'],
    [1, 'В задании 1 1 вариант ответа', 'Task 1 has 1 option:'],
    [2, 'В задании 1 2 варианта ответа', 'Task 1 has 2 options'],
  ])('%i options take the plural form of each language', (count, ru, en) => {
    const a = withOptions(count)(cleanAssessment('ru'))
    expect(runChecks(a, 'ru').find((f) => f.ruleId === 'mc.fewOptions')!.message).toContain(ru)
    expect(runChecks(a, 'en').find((f) => f.ruleId === 'mc.fewOptions')!.message).toContain(en)
  })
})
