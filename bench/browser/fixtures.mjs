/** A large assessment in the stored shape (src/domain/model.ts), for benchmarks. */
let seq = 0
const id = (p) => `${p}${(++seq).toString(36).padStart(8, '0')}`

export function bigAssessment(tasks = 100, descriptorsPerTask = 4) {
  const objectives = [1, 2, 3, 4].map((n) => ({ id: id('o'), order: n * 1024, code: `7.1.1.${n}`, text: `оқу мақсаты ${n} — ә ғ қ ң ө ұ ү һ і` }))
  const criteria = objectives.map((o, i) => ({ id: id('c'), order: (i + 1) * 1024, text: `Критерий ${i + 1} анықтайды`, objectiveIds: [o.id], level: null }))
  const levels = ['knowledge', 'application', 'higher']
  const types = ['multipleChoice', 'shortAnswer', 'extendedAnswer']
  const list = Array.from({ length: tasks }, (_, t) => {
    const criterion = criteria[t % criteria.length]
    return {
      id: id('t'),
      order: (t + 1) * 1024,
      text: `Тапсырма ${t + 1}. Мәтінді оқып, сұрақтарға жауап беріңіз.\nЕкінші жол.`,
      type: types[t % 3],
      level: levels[t % 3],
      criterionIds: [criterion.id],
      minutes: 2,
      answer: 'жауап',
      script: '',
      teacherNotes: '',
      options: types[t % 3] === 'multipleChoice' ? ['A', 'B', 'C', 'D'].map((x, i) => ({ id: id('p'), order: (i + 1) * 1024, text: `нұсқа ${x}`, correct: i === 1 })) : [],
      pictures: [],
      descriptors: Array.from({ length: descriptorsPerTask }, (_, d) => ({ id: id('d'), order: (d + 1) * 1024, text: `дескриптор ${d + 1} орындайды`, points: 1, criterionId: criterion.id })),
    }
  })
  const now = Date.now()
  return {
    id: id('a'), kind: 'term', language: 'kk', title: 'Бенчмарк: 100 тапсырма', subject: 'Биология', grade: 9, term: 1, sections: ['Бөлім'],
    durationMinutes: 40, objectives, criteria, tasks: list, rubricEdits: {}, variant: null, specEdits: {}, status: 'draft', createdAt: now, updatedAt: now, deletedAt: null, source: '',
  }
}
