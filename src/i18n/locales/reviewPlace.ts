/** Where a field sits, for people: the places of the document ("task 2, descriptor 1") and the names of fields, said by the review's labels, cards and file problems. */
export default {
  kk: {
    reviewPlace: {
      place: {
        document: 'Құжат',
        header: 'Тақырып бөлігі',
        objective: '{n}-оқу мақсаты',
        criterion: 'Бағалау критерийі {short}',
        task: '{n}-тапсырма',
        option: '{n}-тапсырма, {item}-жауап нұсқасы',
        descriptor: '{n}-тапсырма, {item}-дескриптор',
        picture: '{n}-тапсырма, {item}-сурет',
        part: '{n}-тапсырма',
        partOption: '{n}-тапсырма, {item}-жауап нұсқасы',
      },
      fieldName: {
        title: 'атауы', subject: 'пәні', sections: 'бөлімдер', kind: 'түрі', language: 'тілі', grade: 'сынып', term: 'тоқсан', durationMinutes: 'уақыты',
        code: 'коды', text: 'мәтіні', level: 'деңгейі', objectiveIds: 'оқу мақсаттары', answer: 'жауабы', type: 'түрі', minutes: 'уақыты',
        criterionIds: 'критерийлері', correct: 'дұрыс жауап', points: 'балл', criterionId: 'критерийі', partId: 'бөлігі', caption: 'жазуы',
        script: 'мұғалім оқитын мәтін', teacherNotes: 'мұғалімге ескертпе', variant: 'нұсқасы', group: 'нұсқалар тобы',
      },
    },
  },
  ru: {
    reviewPlace: {
      place: {
        document: 'Документ',
        header: 'Заголовок',
        objective: 'Цель обучения {n}',
        criterion: 'Критерий оценивания {short}',
        task: 'Задание {n}',
        option: 'Задание {n}, вариант ответа {item}',
        descriptor: 'Задание {n}, дескриптор {item}',
        picture: 'Задание {n}, рисунок {item}',
        part: 'Задание {n}',
        partOption: 'Задание {n}, вариант ответа {item}',
      },
      fieldName: {
        title: 'название', subject: 'предмет', sections: 'разделы', kind: 'вид', language: 'язык', grade: 'класс', term: 'четверть', durationMinutes: 'время',
        code: 'код', text: 'текст', level: 'уровень', objectiveIds: 'цели обучения', answer: 'ответ', type: 'тип', minutes: 'время',
        criterionIds: 'критерии', correct: 'верный ответ', points: 'балл', criterionId: 'критерий', partId: 'часть', caption: 'подпись',
        script: 'текст для учителя', teacherNotes: 'заметки для учителя', variant: 'вариант', group: 'группа вариантов',
      },
    },
  },
  en: {
    reviewPlace: {
      place: {
        document: 'Document',
        header: 'Heading',
        objective: 'Learning objective {n}',
        criterion: 'Assessment criterion {short}',
        task: 'Task {n}',
        option: 'Task {n}, option {item}',
        descriptor: 'Task {n}, descriptor {item}',
        picture: 'Task {n}, picture {item}',
        part: 'Task {n}',
        partOption: 'Task {n}, option {item}',
      },
      fieldName: {
        title: 'title', subject: 'subject', sections: 'units', kind: 'kind', language: 'language', grade: 'grade', term: 'term', durationMinutes: 'time',
        code: 'code', text: 'text', level: 'level', objectiveIds: 'learning objectives', answer: 'answer', type: 'type', minutes: 'time',
        criterionIds: 'criteria', correct: 'correct answer', points: 'marks', criterionId: 'criterion', partId: 'part', caption: 'caption',
        script: 'script for the teacher', teacherNotes: 'notes for the teacher', variant: 'variant', group: 'variant group',
      },
    },
  },
}
