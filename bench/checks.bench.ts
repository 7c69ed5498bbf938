/**
 * All checks on a generated 100-task / 400-descriptor assessment: the goal is a median under 5 ms (every keystroke);
 * the same on 400 tasks shows how the time grows with the document.
 * The first three put a vague verb and two joined actions in every descriptor (800+ findings: the worst case).
 */
import { bench, describe } from 'vitest'
import { runChecks } from '@/domain/checks/engine'
import type { Assessment, Task } from '@/domain/model'
import { specification } from '@/domain/specification'
import { parentRubric } from '@/domain/parentRubric'

const LEVELS = ['knowledge', 'application', 'higher'] as const

function big(language: 'kk' | 'ru' | 'en', descriptor = 'оқиғаның {j}-себебін жазады және түсінеді {i}', taskCount = 100): Assessment {
  const objectives = Array.from({ length: 20 }, (_, i) => ({ id: `o${i}`, order: i, code: `7.${1 + (i % 3)}.1.${i + 1}`, text: `objective ${i}` }))
  const criteria = Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, order: i, text: `Тарихи оқиғаның себептерін анықтайды ${i}`, objectiveIds: [`o${i % 20}`], level: null }))
  const tasks: Task[] = Array.from({ length: taskCount }, (_, i) => ({
    id: `t${i}`, order: i, text: `Task ${i}`, type: i % 3 === 0 ? 'multipleChoice' : 'shortAnswer', level: LEVELS[i % 3],
    criterionIds: [`c${i % 25}`], minutes: 1, answer: '', script: '', teacherNotes: '',
    options: i % 3 === 0 ? ['A', 'B', 'C', 'D'].map((t, j) => ({ id: `t${i}o${j}`, order: j, text: `${t}${i}`, correct: j === 0 })) : [],
    pictures: [],
    descriptors: Array.from({ length: 4 }, (_, j) => ({ id: `t${i}d${j}`, order: j, text: descriptor.replace('{j}', String(j)).replace('{i}', String(i)), points: 1, criterionId: `c${i % 25}` })),
  }))
  return {
    id: 'big', kind: 'term', language, title: 'big', subject: 's', grade: 7, term: 1, sections: ['A', 'B', 'C'], durationMinutes: 40,
    objectives, criteria, tasks, rubricEdits: {}, specEdits: {}, variant: null, status: 'draft', createdAt: 0, updatedAt: 0, deletedAt: null, source: '',
  }
}

describe('checks on 100 tasks / 400 descriptors', () => {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const a = big(lang)
    bench(`runChecks (${lang})`, () => {
      runChecks(a)
    })
  }
  // the common case: wording the rules accept, so almost no findings to word
  const clean = big('kk', 'оқиғаның {j}-себебін жазады {i}')
  bench('runChecks (kk, clean wording)', () => {
    runChecks(clean)
  })
  const a = big('kk')
  bench('specification', () => {
    specification(a)
  })
  bench('parentRubric', () => {
    parentRubric(a)
  })
})

describe('checks on 400 tasks / 1,600 descriptors', () => {
  const a = big('kk', undefined, 400)
  bench('runChecks (kk)', () => {
    runChecks(a)
  })
})
