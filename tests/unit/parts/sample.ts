/** An assessment whose task 2 has two parts (a multiple-choice question and a short answer), in each language. */
import { createAssessment, createCriterion, createDescriptor, createObjective, createOption, createTask } from '@/domain/factories'
import type { Assessment, Language, TaskPart } from '@/domain/model'
import { createPart } from '@/domain/partOperations'

const WORDS: Record<Language, { stem: string; a: string; b: string; descriptor: string[]; right: string; answer: string }> = {
  kk: { stem: 'Суретті қарап, сұрақтарға жауап беріңіз.', a: 'Өсімдік жасушасында ғана болатын бөлікті таңдаңыз.', b: 'Ядроның қызметі қандай?', descriptor: ['жасуша қабырғасын таңдайды', 'ядроның қызметін атайды'], right: 'жасуша қабырғасы', answer: 'тұқым қуалайтын ақпаратты сақтайды' },
  ru: { stem: 'Рассмотрите рисунок и ответьте на вопросы.', a: 'Выберите часть, которая есть только в растительной клетке.', b: 'Какова функция ядра?', descriptor: ['выбирает клеточную стенку', 'называет функцию ядра'], right: 'клеточная стенка', answer: 'хранит наследственную информацию' },
  en: { stem: 'Look at the picture and answer the questions.', a: 'Choose the part found only in a plant cell.', b: 'What does the nucleus do?', descriptor: ['chooses the cell wall', 'names the function of the nucleus'], right: 'cell wall', answer: 'it stores hereditary information' },
}

export function partsAssessment(language: Language): Assessment {
  const w = WORDS[language]
  const objective = createObjective(0, '7.1.1.1', 'жасуша құрылымын сипаттау')
  const criterion = { ...createCriterion(0, 'Жасуша бөліктерін анықтайды', [objective.id]), level: 'knowledge' as const }
  const plain = { ...createTask(0, 'shortAnswer'), text: 'Ядроны атаңыз.', level: 'knowledge' as const, minutes: 5, criterionIds: [criterion.id], answer: 'ядро', descriptors: [createDescriptor(0, criterion.id, 'ядроны атайды', 1)] }
  const a: TaskPart = { ...createPart(1024, 'multipleChoice', w.a), options: [createOption(0, 'ядро'), createOption(1, w.right, true), createOption(2, 'цитоплазма')] }
  const b: TaskPart = { ...createPart(2048, 'shortAnswer', w.b), answer: w.answer }
  const withParts = {
    ...createTask(1, null),
    text: w.stem,
    level: 'application' as const,
    minutes: 10,
    criterionIds: [criterion.id],
    parts: [a, b],
    // listed b first: the tables order by part, not by the descriptors' own order
    descriptors: [{ ...createDescriptor(0, criterion.id, w.descriptor[1], 2), partId: b.id }, { ...createDescriptor(1, criterion.id, w.descriptor[0], 1), partId: a.id }],
  }
  return { ...createAssessment({ kind: 'term', language }), title: 'ТЖБ', subject: 'Биология', grade: 7, term: 1, objectives: [objective], criteria: [criterion], tasks: [plain, withParts] }
}
