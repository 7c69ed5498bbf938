/**
 * Document-language words of the derived tables that printLabels.ts does not hold (its `pack` labels give
 * the specification, mark scheme and rubric headings): mark bands, and the placeholders of the tables.
 */
import type { Language } from './model'

export interface DerivedLabels {
  noSection: string
  noAnswer: string
  markBands: { title: string; percent: string; mark: string; points: string; rounding: string; source: string; noScore: string; levelBalance: string; tasks: string }
}

export const DERIVED_LABELS: Record<Language, DerivedLabels> = {
  kk: {
    noSection: 'Бөлімі көрсетілмеген',
    noAnswer: 'Жауабы жазылмаған',
    markBands: {
      title: 'Балды бағаға ауыстыру шкаласы',
      percent: 'Пайыз',
      mark: 'Баға',
      points: 'Балл',
      rounding: 'Пайыз дөңгелектенбейді: балл шектің төменгі пайызына жеткенде ғана сол баға қойылады.',
      source: 'Дереккөз',
      noScore: 'бүтін балл жоқ',
      levelBalance: 'Ойлау дағдыларының деңгейлері бойынша',
      tasks: 'Тапсырма саны',
    },
  },
  ru: {
    noSection: 'Раздел не указан',
    noAnswer: 'Ответ не записан',
    markBands: {
      title: 'Шкала перевода баллов в оценку',
      percent: 'Процент',
      mark: 'Оценка',
      points: 'Баллы',
      rounding: 'Процент не округляется: оценка ставится, только когда балл достигает нижней границы её процента.',
      source: 'Источник',
      noScore: 'нет целого балла',
      levelBalance: 'По уровням мыслительных навыков',
      tasks: 'Кол. заданий',
    },
  },
  en: {
    noSection: 'Unit not given',
    noAnswer: 'No answer written',
    markBands: {
      title: 'Marks to school mark conversion',
      percent: 'Per cent',
      mark: 'School mark',
      points: 'Marks',
      rounding: 'The per cent is not rounded: a score gets a mark only when it reaches the lower bound of that mark’s per cent.',
      source: 'Source',
      noScore: 'no whole score',
      levelBalance: 'By level of thinking skills',
      tasks: 'Number of tasks',
    },
  },
}
