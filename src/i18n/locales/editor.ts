export default {
  kk: {
    cardChecks: { errors: '{n} қате' },
    totals: { title: 'Қорытынды', tasks: 'Тапсырмалар', time: 'Уақыт', overTime: 'уақыттан асып кетті', byLevel: 'Ойлау дағдыларының деңгейлері', levelCount: '{tasks} · {points}', taskCount: '{n} тапсырма', pointsWord: 'балл' },
    derived: { edit: 'Құрастыру', descriptorTable: 'Дескрипторлар кестесі' },
    editor: { notFound: 'Бұл бағалау табылмады. Ол біржола жойылған болуы мүмкін.', makeCopy: 'Өңделетін көшірме жасау', tabs: 'Бағалау бөлімдері', moveUp: 'Жоғары жылжыту', moveDown: 'Төмен жылжыту', dragHint: 'Сүйреңіз немесе Alt+↑/↓ басыңыз' },
    objectives: { title: 'Оқу мақсаттары', section: 'Бөлім', add: '+ Оқу мақсаты', pick: 'Каталогтан таңдау', code: 'Коды', text: 'Мәтіні', empty: 'Бағалау тексеретін оқу мақсаттарын қосыңыз.', unusualCode: 'Код әдеттегі үлгіге сәйкес келмейді (мысалы, 7.2.1.1 немесе 5.L1). Тексеріңіз.', remove: 'Оқу мақсатын жою', removed: 'Оқу мақсаты жойылды.' },
    criteria: { title: 'Бағалау критерийлері', add: '+ Критерий', text: 'Критерий (білім алушы не істейді)', objectives: 'Оқу мақсаттары', level: 'Деңгейі', noLevel: 'Көрсетілмеген', empty: 'Критерийлерді қосыңыз: әрқайсысы кемінде бір оқу мақсатымен байланысады.', noObjective: 'Критерийді кемінде бір оқу мақсатымен байланыстырыңыз.', noObjectivesYet: 'Алдымен оқу мақсаттарын қосыңыз.', remove: 'Критерийді жою', removed: 'Критерий жойылды.' },
    tasks: {
      title: 'Тапсырмалар', add: '+ Тапсырма', empty: 'Әзірге тапсырма жоқ. Бірінші тапсырманы қосыңыз.', number: '{n}-тапсырма', text: 'Тапсырма мәтіні', type: 'Түрі', noType: 'Түрі таңдалмаған', level: 'Деңгейі', noLevel: 'Таңдалмаған', minutes: 'Уақыты, мин', criteria: 'Бағалау критерийлері', noCriteriaYet: 'Алдымен критерийлерді қосыңыз.', answer: 'Жауабы / балл қою нұсқауы', duplicate: 'Көшірмесін жасау', remove: 'Тапсырманы жою', removed: '{n}-тапсырма жойылды.', points: '{n} балл', drag: 'Тапсырманы жылжыту',
      options: 'Жауап нұсқалары', addOption: '+ Нұсқа', option: '{letter} нұсқасы', correct: 'Дұрыс', removeOption: 'Нұсқаны жою',
      addPicture: 'Сурет қосу', pasteHint: 'немесе суретті осы тапсырмаға қойыңыз (Ctrl+V)', caption: 'Сурет атауы', removePicture: 'Суретті жою', pictureFailed: 'Суретті оқу мүмкін болмады: {reason}', pictureType: 'тек PNG, JPEG немесе SVG',
    },
    descriptors: { title: 'Дескрипторлар', learner: 'Білім алушы', add: '+ Дескриптор', text: 'Дескриптор', points: 'Балл', criterion: 'Критерий', remove: 'Дескрипторды жою', enterHint: 'Соңғы дескрипторда Enter басу жаңасын қосады', problem: { empty: 'Балл енгізіңіз', notNumber: 'Балл — сан болуы керек', fraction: 'Балл — бүтін сан (мысалы, 1 немесе 2)', negative: 'Балл теріс бола алмайды' } },
  },
  ru: {
    cardChecks: { errors: 'ошибок: {n}' },
    totals: { title: 'Итого', tasks: 'Заданий', time: 'Время', overTime: 'больше отведённого', byLevel: 'Уровни мыслительных навыков', levelCount: '{tasks} · {points}', taskCount: '{n} задание | {n} задания | {n} заданий', pointsWord: 'балл | балла | баллов' },
    derived: { edit: 'Конструктор', descriptorTable: 'Таблица дескрипторов' },
    editor: { notFound: 'Это оценивание не найдено. Возможно, оно удалено навсегда.', makeCopy: 'Создать копию для редактирования', tabs: 'Разделы оценивания', moveUp: 'Переместить выше', moveDown: 'Переместить ниже', dragHint: 'Перетащите или нажмите Alt+↑/↓' },
    objectives: { title: 'Цели обучения', section: 'Раздел', add: '+ Цель обучения', pick: 'Выбрать из каталога', code: 'Код', text: 'Текст', empty: 'Добавьте цели обучения, которые проверяет оценивание.', unusualCode: 'Код не похож на обычный (например, 7.2.1.1 или 5.L1). Проверьте.', remove: 'Удалить цель обучения', removed: 'Цель обучения удалена.' },
    criteria: { title: 'Критерии оценивания', add: '+ Критерий', text: 'Критерий (что делает обучающийся)', objectives: 'Цели обучения', level: 'Уровень', noLevel: 'Не указан', empty: 'Добавьте критерии: каждый связан хотя бы с одной целью обучения.', noObjective: 'Свяжите критерий хотя бы с одной целью обучения.', noObjectivesYet: 'Сначала добавьте цели обучения.', remove: 'Удалить критерий', removed: 'Критерий удалён.' },
    tasks: {
      title: 'Задания', add: '+ Задание', empty: 'Пока нет заданий. Добавьте первое задание.', number: 'Задание {n}', text: 'Текст задания', type: 'Тип', noType: 'Тип не выбран', level: 'Уровень', noLevel: 'Не выбран', minutes: 'Время, мин', criteria: 'Критерии оценивания', noCriteriaYet: 'Сначала добавьте критерии.', answer: 'Ответ / указания к выставлению баллов', duplicate: 'Дублировать', remove: 'Удалить задание', removed: 'Задание {n} удалено.', points: '{n} балл | {n} балла | {n} баллов', drag: 'Переместить задание',
      options: 'Варианты ответа', addOption: '+ Вариант', option: 'Вариант {letter}', correct: 'Верный', removeOption: 'Удалить вариант',
      addPicture: 'Добавить рисунок', pasteHint: 'или вставьте рисунок в это задание (Ctrl+V)', caption: 'Подпись к рисунку', removePicture: 'Удалить рисунок', pictureFailed: 'Не удалось прочитать рисунок: {reason}', pictureType: 'только PNG, JPEG или SVG',
    },
    descriptors: { title: 'Дескрипторы', learner: 'Обучающийся', add: '+ Дескриптор', text: 'Дескриптор', points: 'Балл', criterion: 'Критерий', remove: 'Удалить дескриптор', enterHint: 'Enter в последнем дескрипторе добавляет следующий', problem: { empty: 'Введите балл', notNumber: 'Балл должен быть числом', fraction: 'Балл — целое число (например, 1 или 2)', negative: 'Балл не может быть отрицательным' } },
  },
  en: {
    cardChecks: { errors: '{n} error | {n} errors' },
    totals: { title: 'Totals', tasks: 'Tasks', time: 'Time', overTime: 'over the time allowed', byLevel: 'Levels of thinking skills', levelCount: '{tasks} · {points}', taskCount: '{n} task | {n} tasks', pointsWord: 'mark | marks' },
    derived: { edit: 'Build', descriptorTable: 'Descriptor table' },
    editor: { notFound: 'This assessment was not found. It may have been deleted forever.', makeCopy: 'Make an editable copy', tabs: 'Assessment views', moveUp: 'Move up', moveDown: 'Move down', dragHint: 'Drag, or press Alt+↑/↓' },
    objectives: { title: 'Learning objectives', section: 'Unit', add: '+ Learning objective', pick: 'Pick from the catalogue', code: 'Code', text: 'Text', empty: 'Add the learning objectives this assessment checks.', unusualCode: 'This code does not look like the usual ones (e.g. 7.2.1.1 or 5.L1). Please check it.', remove: 'Remove learning objective', removed: 'Learning objective removed.' },
    criteria: { title: 'Assessment criteria', add: '+ Criterion', text: 'Criterion (what the learner does)', objectives: 'Learning objectives', level: 'Level', noLevel: 'Not set', empty: 'Add criteria: each one is linked to at least one learning objective.', noObjective: 'Link the criterion to at least one learning objective.', noObjectivesYet: 'Add learning objectives first.', remove: 'Remove criterion', removed: 'Criterion removed.' },
    tasks: {
      title: 'Tasks', add: '+ Task', empty: 'No tasks yet. Add the first task.', number: 'Task {n}', text: 'Task text', type: 'Type', noType: 'No type chosen', level: 'Level', noLevel: 'Not chosen', minutes: 'Time, min', criteria: 'Assessment criteria', noCriteriaYet: 'Add criteria first.', answer: 'Answer / marking note', duplicate: 'Duplicate', remove: 'Delete task', removed: 'Task {n} deleted.', points: '{n} mark | {n} marks', drag: 'Move task',
      options: 'Answer options', addOption: '+ Option', option: 'Option {letter}', correct: 'Correct', removeOption: 'Remove option',
      addPicture: 'Add picture', pasteHint: 'or paste a picture into this task (Ctrl+V)', caption: 'Caption', removePicture: 'Remove picture', pictureFailed: 'Could not read the picture: {reason}', pictureType: 'PNG, JPEG or SVG only',
    },
    descriptors: { title: 'Descriptors', learner: 'A learner', add: '+ Descriptor', text: 'Descriptor', points: 'Mark', criterion: 'Criterion', remove: 'Remove descriptor', enterHint: 'Enter in the last descriptor adds the next one', problem: { empty: 'Enter a mark', notNumber: 'The mark must be a number', fraction: 'Marks are whole numbers (e.g. 1 or 2)', negative: 'A mark cannot be negative' } },
  },
}
