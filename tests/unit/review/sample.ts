/** A small assessment with fixed ids for the review tests, and a 100-task one for the figures. */
import { createAssessment } from '@/domain/factories'
import type { Assessment, Task } from '@/domain/model'

export function sample(): Assessment {
  return {
    ...createAssessment({ kind: 'unit', language: 'kk', now: 1000 }),
    id: 'asmt1',
    title: 'Жасушалар бөлімі бойынша БЖБ',
    subject: 'Биология',
    grade: 7,
    objectives: [{ id: 'o1', order: 1024, code: '7.1.1.1', text: 'жасуша құрылымын сипаттау' }],
    criteria: [{ id: 'c1', order: 1024, text: 'Жасуша бөліктерін анықтайды', objectiveIds: ['o1'], level: 'knowledge' }],
    tasks: [
      {
        id: 't1', order: 1024, text: 'Жасуша бөліктерін атаңыз.', type: 'shortAnswer', level: 'knowledge', criterionIds: ['c1'],
        minutes: 5, answer: 'ядро', script: '', teacherNotes: '', options: [], pictures: [],
        descriptors: [
          { id: 'd1', order: 1024, text: 'ядроны атайды', points: 1, criterionId: 'c1' },
          { id: 'd2', order: 2048, text: 'мембрананы атайды', points: 1, criterionId: 'c1' },
        ],
      },
      {
        id: 't2', order: 2048, text: 'Қай органоид фотосинтезге қатысады?', type: 'multipleChoice', level: 'application', criterionIds: ['c1'],
        minutes: 2, answer: '', script: '', teacherNotes: '', pictures: [],
        options: [
          { id: 'p1', order: 1024, text: 'Ядро', correct: false },
          { id: 'p2', order: 2048, text: 'Хлоропласт', correct: true },
        ],
        descriptors: [{ id: 'd3', order: 1024, text: 'хлоропластты таңдайды', points: 1, criterionId: 'c1' }],
      },
    ],
  }
}

/** A document of `n` tasks with 3 descriptors each, Kazakh text throughout. */
export function large(n: number): Assessment {
  const base = sample()
  const tasks: Task[] = Array.from({ length: n }, (_, i) => ({
    ...base.tasks[0],
    id: `task${i}`,
    order: (i + 1) * 1024,
    text: `${i + 1}-тапсырма. Суретте берілген жасуша бөліктерін атаңыз және олардың қызметін түсіндіріңіз. Ә ғ қ ң ө ұ ү һ і`,
    descriptors: [0, 1, 2].map((j) => ({ id: `task${i}d${j}`, order: (j + 1) * 1024, text: `жасушаның ${j + 1}-бөлігін атайды және қызметін сипаттайды`, points: 1, criterionId: 'c1' })),
  }))
  return { ...base, tasks }
}
