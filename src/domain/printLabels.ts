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
  /** Words of the printed pack that the screen does not show (Word export). */
  pack: PackLabels
}

export interface PackLabels {
  school: string
  pupilClass: string
  pupilName: string
  date: string
  tasks: string
  descriptorTable: string
  specification: string
  markScheme: string
  parentRubric: string
  draft: string
  /** The line an approved document prints instead of the draft watermark. */
  approvedBy: (name: string, date: string) => string
  page: string
  /** Grade as printed, e.g. «7-сынып», «7 класс», «Grade 7». */
  gradeText: (grade: number) => string
  termText: (term: number) => string
  /** Specification table headings, as in published term specifications. */
  spec: { section: string; objective: string; taskCount: string; taskNumber: string; type: string; time: string; points: string; sectionPoints: string; total: string }
  /** Mark scheme headings: the one source of the screen's table and the printed one. */
  scheme: { taskNumber: string; answer: string; points: string; additional: string; total: string }
  /** Parent rubric: the levels heading and the three levels. */
  rubric: { achievement: string; low: string; middle: string; high: string }
  /** The teacher's copy and the teacher-only material of the mark scheme: never on the pupil's sheet. */
  teacher: { copy: string; banner: string; material: string; script: string; notes: string; answer: string; correct: string }
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
    pack: {
      school: 'Мектеп',
      pupilClass: 'Сынып',
      pupilName: 'Білім алушының аты-жөні',
      date: 'Күні',
      tasks: 'Тапсырмалар',
      descriptorTable: 'Бағалау критерийлері және дескрипторлар',
      specification: 'Жиынтық бағалаудың спецификациясы',
      markScheme: 'Балл қою кестесі',
      parentRubric: 'Ата-аналарға арналған рубрика',
      draft: 'ЖОБА',
      approvedBy: (name, date) => `Бекітті: ${name}, ${date}`,
      page: 'Бет',
      gradeText: (grade) => `${grade}-сынып`,
      termText: (term) => `${term}-тоқсан`,
      spec: { section: 'Бөлім', objective: 'Тексерілетін мақсат', taskCount: 'Тапсырма саны', taskNumber: '№ тапсырма', type: 'Тапсырма түрі', time: 'Орындау уақыты, мин', points: 'Балл', sectionPoints: 'Бөлім бойынша балл', total: 'Барлығы' },
      scheme: { taskNumber: '№', answer: 'Жауап', points: 'Балл', additional: 'Қосымша ақпарат', total: 'Жалпы балл' },
      rubric: { achievement: 'Оқу жетістіктерінің деңгейі', low: 'Төмен', middle: 'Орта', high: 'Жоғары' },
      teacher: {
        copy: 'Мұғалімге арналған дана',
        banner: 'Тек мұғалімге: білім алушыларға таратылмайды',
        material: 'Мұғалімге арналған материал',
        script: 'Мұғалім оқитын мәтін',
        notes: 'Мұғалімге ескертпе',
        answer: 'Жауабы',
        correct: 'дұрыс жауап',
      },
    },
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
    pack: {
      school: 'Школа',
      pupilClass: 'Класс',
      pupilName: 'ФИ обучающегося',
      date: 'Дата',
      tasks: 'Задания',
      descriptorTable: 'Критерии оценивания и дескрипторы',
      specification: 'Спецификация суммативного оценивания',
      markScheme: 'Схема выставления баллов',
      parentRubric: 'Рубрика для предоставления информации родителям',
      draft: 'ЧЕРНОВИК',
      approvedBy: (name, date) => `Утверждено: ${name}, ${date}`,
      page: 'Стр.',
      gradeText: (grade) => `${grade} класс`,
      termText: (term) => `${term} четверть`,
      spec: { section: 'Раздел', objective: 'Проверяемая цель', taskCount: 'Кол. заданий', taskNumber: '№ задания', type: 'Тип задания', time: 'Время на выполнение, мин', points: 'Балл', sectionPoints: 'Балл за раздел', total: 'Итого' },
      scheme: { taskNumber: '№', answer: 'Ответ', points: 'Балл', additional: 'Дополнительная информация', total: 'Всего баллов' },
      rubric: { achievement: 'Уровень учебных достижений', low: 'Низкий', middle: 'Средний', high: 'Высокий' },
      teacher: {
        copy: 'Экземпляр учителя',
        banner: 'Только для учителя: обучающимся не раздаётся',
        material: 'Материал для учителя',
        script: 'Текст, который читает учитель',
        notes: 'Заметки для учителя',
        answer: 'Ответ',
        correct: 'верный ответ',
      },
    },
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
    pack: {
      school: 'School',
      pupilClass: 'Class',
      pupilName: "Learner's name",
      date: 'Date',
      tasks: 'Tasks',
      descriptorTable: 'Assessment criteria and descriptors',
      specification: 'Specification',
      markScheme: 'Mark scheme',
      parentRubric: 'Rubric for parents',
      draft: 'DRAFT',
      approvedBy: (name, date) => `Approved by ${name}, ${date}`,
      page: 'Page',
      gradeText: (grade) => `Grade ${grade}`,
      termText: (term) => `Term ${term}`,
      spec: { section: 'Unit', objective: 'Learning objective', taskCount: 'Number of tasks', taskNumber: 'Task №', type: 'Type of task', time: 'Time to complete, min', points: 'Mark', sectionPoints: 'Marks per unit', total: 'Total' },
      scheme: { taskNumber: '№', answer: 'Answer', points: 'Mark', additional: 'Additional information', total: 'Total marks' },
      rubric: { achievement: 'Level of learning achievements', low: 'Low', middle: 'Middle', high: 'High' },
      teacher: {
        copy: "Teacher's copy",
        banner: 'Teacher only: not to be given to learners',
        material: "Teacher's material",
        script: 'Script read by the teacher',
        notes: 'Notes for the teacher',
        answer: 'Answer',
        correct: 'correct answer',
      },
    },
  },
}
