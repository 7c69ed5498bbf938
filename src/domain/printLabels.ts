/**
 * Labels printed in a document, in the document's own language (not the interface language), with the
 * headings real published documents use (GLOSSARY.md). Shared by the on-screen tables and Word export.
 */
import type { AssessmentKind, Language, TaskType, ThinkingLevel } from './model'

export interface PrintLabels {
  kindTitle: Record<AssessmentKind, string>
  kindShort: Record<AssessmentKind, string>
  criterion: string
  taskNumber: string
  descriptor: string
  learner: string
  points: string
  totalPoints: string
  objectives: string
  criteria: string
  level: string
  levels: Record<ThinkingLevel, string>
  taskTypes: Record<TaskType, string>
  taskTypesShort: Record<TaskType, string>
  duration: string
  minutes: string
  task: string
  subject: string
  grade: string
  term: string
  section: string
  noCriterion: string
}

export const PRINT_LABELS: Record<Language, PrintLabels> = {
  kk: {
    kindTitle: { unit: 'Бөлім бойынша жиынтық бағалау', term: 'Тоқсан бойынша жиынтық бағалау' },
    kindShort: { unit: 'БЖБ', term: 'ТЖБ' },
    criterion: 'Бағалау критерийі',
    taskNumber: 'Тапсырма №',
    descriptor: 'Дескриптор',
    learner: 'Білім алушы',
    points: 'Балл',
    totalPoints: 'Жалпы балл',
    objectives: 'Оқу мақсаты',
    criteria: 'Бағалау критерийі',
    level: 'Ойлау дағдыларының деңгейі',
    levels: { knowledge: 'Білу және түсіну', application: 'Қолдану', higher: 'Жоғары деңгей дағдылары' },
    taskTypes: {
      multipleChoice: 'Көп таңдауы бар тапсырма',
      shortAnswer: 'Қысқа жауапты қажет ететін тапсырма',
      extendedAnswer: 'Толық жауапты қажет ететін тапсырма',
    },
    taskTypesShort: { multipleChoice: 'КТБ', shortAnswer: 'ҚЖ', extendedAnswer: 'ТЖ' },
    duration: 'Орындау уақыты',
    minutes: 'минут',
    task: 'Тапсырма',
    subject: 'Пән',
    grade: 'Сынып',
    term: 'Тоқсан',
    section: 'Бөлім',
    noCriterion: 'Критерий таңдалмаған',
  },
  ru: {
    kindTitle: { unit: 'Суммативное оценивание за раздел', term: 'Суммативное оценивание за четверть' },
    kindShort: { unit: 'СОр', term: 'СОч' },
    criterion: 'Критерий оценивания',
    taskNumber: '№ задания',
    descriptor: 'Дескриптор',
    learner: 'Обучающийся',
    points: 'Балл',
    totalPoints: 'Всего баллов',
    objectives: 'Цель обучения',
    criteria: 'Критерий оценивания',
    level: 'Уровень мыслительных навыков',
    levels: { knowledge: 'Знание и понимание', application: 'Применение', higher: 'Навыки высокого порядка' },
    taskTypes: {
      multipleChoice: 'Задание с множественным выбором ответов',
      shortAnswer: 'Задание, требующее краткого ответа',
      extendedAnswer: 'Задание, требующее развернутого ответа',
    },
    taskTypesShort: { multipleChoice: 'МВО', shortAnswer: 'КО', extendedAnswer: 'РО' },
    duration: 'Время выполнения',
    minutes: 'минут',
    task: 'Задание',
    subject: 'Предмет',
    grade: 'Класс',
    term: 'Четверть',
    section: 'Раздел',
    noCriterion: 'Критерий не выбран',
  },
  en: {
    kindTitle: { unit: 'Summative assessment for the unit', term: 'Summative assessment for the term' },
    kindShort: { unit: 'SAU', term: 'SAT' },
    criterion: 'Assessment criteria',
    taskNumber: 'Task №',
    descriptor: 'Descriptor',
    learner: 'A learner',
    points: 'Mark',
    totalPoints: 'Total marks',
    objectives: 'Learning objectives',
    criteria: 'Assessment criteria',
    level: 'Level of thinking skills',
    levels: { knowledge: 'Knowledge and comprehension', application: 'Application', higher: 'Higher-order thinking skills' },
    taskTypes: {
      multipleChoice: 'Multiple choice question',
      shortAnswer: 'Short-answer question',
      extendedAnswer: 'Extended-response question',
    },
    taskTypesShort: { multipleChoice: 'MCQ', shortAnswer: 'SAQ', extendedAnswer: 'ERQ' },
    duration: 'Time',
    minutes: 'minutes',
    task: 'Task',
    subject: 'Subject',
    grade: 'Grade',
    term: 'Term',
    section: 'Unit',
    noCriterion: 'No criterion chosen',
  },
}
