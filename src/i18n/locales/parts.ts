/** A task's parts (1а, 1ә …) in the editor: adding, ordering and removing them, and which part a descriptor marks. */
export default {
  kk: {
    parts: {
      title: 'Тапсырманың бөліктері',
      hint: 'Әр бөліктің (а, ә, б …) өз сұрағы, түрі, жауап нұсқалары, жауабы және дескрипторлары болады.',
      part: '{n} бөлігі',
      text: 'Бөліктің сұрағы',
      type: 'Бөліктің түрі',
      answer: 'Бөліктің жауабы (балл қою кестесі үшін)',
      add: 'Бөлік қосу',
      remove: 'Бөлікті өшіру',
      descriptorPart: 'Бөлігі',
      wholeTask: 'Бүкіл тапсырма',
    },
  },
  ru: {
    parts: {
      title: 'Части задания',
      hint: 'У каждой части (а, б, в …) свой вопрос, тип, варианты ответа, ответ и дескрипторы.',
      part: 'Часть {n}',
      text: 'Вопрос части',
      type: 'Тип части',
      answer: 'Ответ части (для схемы выставления баллов)',
      add: 'Добавить часть',
      remove: 'Удалить часть',
      descriptorPart: 'Часть',
      wholeTask: 'Всё задание',
    },
  },
  en: {
    parts: {
      title: 'Parts of the task',
      hint: 'Each part (a, b, c …) has its own question, type, answer options, answer and descriptors.',
      part: 'Part {n}',
      text: 'Question of the part',
      type: 'Type of the part',
      answer: 'Answer of the part (for the mark scheme)',
      add: 'Add a part',
      remove: 'Remove the part',
      descriptorPart: 'Part',
      wholeTask: 'Whole task',
    },
  },
}
