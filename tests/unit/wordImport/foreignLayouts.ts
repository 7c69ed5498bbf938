/**
 * Old БЖБ made elsewhere, in the layouts of real ones (../../shared/fixtures): a title, objective lines with
 * codes, the pupil's sheet with numbered tasks and lettered options, then the descriptor table with the
 * criterion merged over its rows and one criterion over two tasks, the total row, and the time.
 */
import type { BlockSpec } from '../docx/make'

export interface ForeignExpectation {
  objectives: string[]
  criteria: number
  tasks: { descriptors: number; points: number[]; options: number }[]
  duration: number
  total: number
}

const kk: BlockSpec[] = [
  { heading: '«Қазақ хандығының құрылуы» бөлімі бойынша жиынтық бағалау' },
  { paragraph: 'Оқу мақсаты:\n7.3.1.1 Қазақ хандығының құрылуының тарихи маңызын анықтау\n7.3.1.2 Хандықтың нығаюына ықпал еткен факторларды түсіндіру' },
  { paragraph: 'Орындау уақыты: 20 минут' },
  { paragraph: '1. Қазақ хандығы қай жылы құрылды? [1]' },
  { paragraph: 'A) 1465' },
  { paragraph: 'B) 1511' },
  { paragraph: 'C) 1456' },
  { paragraph: '2. Хандықтың нығаюына ықпал еткен екі факторды атаңыз. [2]' },
  { paragraph: '3. Қасым ханның «Қасым ханның қасқа жолы» заңдарының маңызын түсіндіріңіз. [2]' },
  {
    table: [
      ['Бағалау критерийі', 'Тапсырма №', 'Дескриптор\n\nБілім алушы', 'Балл'],
      [{ text: 'Қазақ хандығының құрылуының маңызын анықтайды', merge: 'restart' }, '1', 'хандықтың құрылған жылын таңдайды', '1'],
      [{ text: '', merge: 'continue' }, '2', 'бірінші факторды атайды', '1'],
      [{ text: '', merge: 'continue' }, '2', 'екінші факторды атайды', '1'],
      ['Хандықтың нығаю факторларын түсіндіреді', '3', 'заңдардың маңызын түсіндіреді', '2'],
      [{ text: 'Жалпы балл', span: 3 }, '5'],
    ],
  },
]

const ru: BlockSpec[] = [
  { heading: 'Суммативное оценивание за раздел «Клетка»' },
  { paragraph: 'Цель обучения: 7.1.2.1 Объяснять строение клетки' },
  { paragraph: 'Время выполнения – 15 мин' },
  { paragraph: '1. Какой органоид отвечает за синтез белка? (1 балл)' },
  { paragraph: 'А) ядро' },
  { paragraph: 'В) рибосома' },
  { paragraph: 'С) вакуоль' },
  { paragraph: 'D) митохондрия' },
  { paragraph: '2. Назовите две части клетки и их функции.' },
  {
    table: [
      ['Критерий оценивания', '№ задания', 'Дескриптор', 'Балл'],
      ['', '', 'Обучающийся', ''],
      [{ text: 'Описывает строение клетки', merge: 'restart' }, '1', 'выбирает рибосому', '1'],
      [{ text: '', merge: 'continue' }, { text: '2', merge: 'restart' }, 'называет две части клетки', '1'],
      [{ text: '', merge: 'continue' }, { text: '', merge: 'continue' }, 'описывает их функции', '2'],
      [{ text: 'Всего баллов', span: 3 }, '4'],
    ],
  },
]

const en: BlockSpec[] = [
  { heading: 'Summative assessment for the unit "Living things"' },
  { paragraph: 'Learning objectives: 5.L3 Understand an increasing range of unsupported basic questions' },
  { paragraph: 'Time: 20 minutes' },
  { paragraph: '1) Read the text and answer the question: where does the fox live? [2]' },
  { paragraph: '2) Choose the right word.' },
  { paragraph: 'A) lives' },
  { paragraph: 'B) live' },
  {
    table: [
      ['Assessment criteria', 'Task №', 'Descriptor\n\nA learner', 'Mark'],
      [{ text: 'Recognise basic questions without support', merge: 'restart' }, '1', 'finds the place in the text', '1'],
      [{ text: '', merge: 'continue' }, '1', 'writes the answer in a sentence', '1'],
      [{ text: '', merge: 'continue' }, '2', 'chooses the right form', '1'],
      [{ text: 'Total marks', span: 3 }, '3'],
    ],
  },
]

export const FOREIGN: Record<'kk' | 'ru' | 'en', { blocks: BlockSpec[]; expected: ForeignExpectation }> = {
  kk: { blocks: kk, expected: { objectives: ['7.3.1.1', '7.3.1.2'], criteria: 2, tasks: [{ descriptors: 1, points: [1], options: 3 }, { descriptors: 2, points: [1, 1], options: 0 }, { descriptors: 1, points: [2], options: 0 }], duration: 20, total: 5 } },
  ru: { blocks: ru, expected: { objectives: ['7.1.2.1'], criteria: 1, tasks: [{ descriptors: 1, points: [1], options: 4 }, { descriptors: 2, points: [1, 2], options: 0 }], duration: 15, total: 4 } },
  en: { blocks: en, expected: { objectives: ['5.L3'], criteria: 1, tasks: [{ descriptors: 2, points: [1, 1], options: 0 }, { descriptors: 1, points: [1], options: 2 }], duration: 20, total: 3 } },
}
