/** A clean assessment in each language: the checks raise nothing on it (see rules.test.ts). */
import type { Assessment, Language, Task } from '@/domain/model'

const WORDS: Record<Language, { objective: string; criteria: [string, string]; descriptors: string[]; options: string[] }> = {
  kk: {
    objective: 'Тарихи оқиғалардың себептері мен салдарын анықтау',
    criteria: ['Тарихи оқиғаның себептерін анықтайды', 'Тарихи оқиғаның салдарына баға береді'],
    descriptors: ['тарихи оқиғаны атайды;', 'оқиғаның бір себебін жазады;', 'оқиғаның екінші себебін жазады;', 'оқиғаның салдарын көрсетеді.'],
    options: ['1916 жыл', '1917 жыл', '1920 жыл'],
  },
  ru: {
    objective: 'определять причины и последствия исторических событий',
    criteria: ['Определяет причины исторического события', 'Оценивает последствия исторического события'],
    descriptors: ['называет историческое событие;', 'приводит первую причину события;', 'приводит вторую причину события;', 'описывает последствие события.'],
    options: ['1916 год', '1917 год', '1920 год'],
  },
  en: {
    objective: 'identify causes and consequences of historical events',
    criteria: ['Identify the causes of a historical event', 'Evaluate the consequences of a historical event'],
    descriptors: ['names the historical event;', 'gives the first cause of the event;', 'gives the second cause of the event;', 'describes one consequence of the event.'],
    options: ['1916', '1917', '1920'],
  },
}

export function cleanAssessment(language: Language, kind: 'unit' | 'term' = 'unit'): Assessment {
  const w = WORDS[language]
  const task = (i: number, patch: Partial<Task>): Task => ({
    id: `t${i}`, order: i, text: `Task ${i}`, type: 'shortAnswer', level: 'application', criterionIds: ['c1'], minutes: 5,
    answer: '', script: '', teacherNotes: '', options: [], pictures: [], descriptors: [], ...patch,
  })
  const descriptor = (t: number, j: number, criterionId: string) => ({ id: `t${t}d${j}`, order: j, text: w.descriptors[j], points: 1, criterionId })
  const tasks: Task[] = [
    task(1, {
      type: 'multipleChoice', level: 'knowledge', minutes: 2,
      options: w.options.map((text, j) => ({ id: `t1o${j}`, order: j, text, correct: j === 1 })),
      descriptors: [descriptor(1, 0, 'c1')],
    }),
    task(2, { descriptors: [0, 1, 2, 3].map((j) => descriptor(2, j, 'c1')) }),
    task(3, { level: 'higher', criterionIds: ['c2'], minutes: 8, descriptors: [0, 1, 2, 3].map((j) => ({ ...descriptor(3, j, 'c2'), points: 1 })) }),
  ]
  if (kind === 'term') {
    // 15–30 points and 40 minutes: three more tasks of 4 points
    for (const i of [4, 5, 6]) tasks.push(task(i, { minutes: 8, criterionIds: ['c2'], descriptors: [0, 1, 2, 3].map((j) => descriptor(i, j, 'c2')) }))
  }
  return {
    id: `clean-${language}`, kind, language, title: 'Clean', subject: 'History', grade: 9, term: 1, sections: ['Section'],
    durationMinutes: kind === 'term' ? 40 : 20,
    objectives: [{ id: 'o1', order: 0, code: '9.1.1.1', text: w.objective }],
    criteria: [
      { id: 'c1', order: 0, text: w.criteria[0], objectiveIds: ['o1'], level: null },
      { id: 'c2', order: 1, text: w.criteria[1], objectiveIds: ['o1'], level: null },
    ],
    tasks, rubricEdits: {}, specEdits: {}, variant: null, status: 'draft', createdAt: 0, updatedAt: 0, deletedAt: null, source: '',
  }
}
