/** Why a review file was refused, in the reader's words: where in the file, what is wrong there, what to do. */
export default {
  kk: {
    reviewFile: {
      issue: {
        tooLong: 'мәтін тым ұзын (ең көбі — {limit} таңба)',
        tooMany: 'тым көп (ең көбі — {limit})',
        tooBig: 'сан тым үлкен (ең көбі — {limit})',
        empty: 'бос, ал кемінде біреуі болуы керек',
        missing: 'жоқ',
        unknownField: 'Bagalau мұндай өрісті жазбайды',
        wrongValue: 'мәні дұрыс емес',
        duplicateId: 'бір идентификатор екі рет қолданылған (файл қолмен өзгертілген болуы мүмкін)',
      },
      todo: {
        resend: {
          package: 'Мұғалімнен бағалауды Bagalau-дан тексеруге қайта жіберуін сұраңыз.',
          reply: 'Тәлімгерден жауапты Bagalau-да қайта сақтап, жаңа файлды жіберуін сұраңыз.',
        },
        shorten: {
          package: 'Мұғалім бұл жерді Bagalau-да қысқартып, бағалауды тексеруге қайта жіберуі керек.',
          reply: 'Тәлімгер бұл жерді Bagalau-да қысқартып, жауапты қайта сақтауы керек.',
        },
      },
      spot: {
        whole: 'файлдың өзі',
        internal: 'Bagalau-дың ішкі жазбасы',
        unknown: '«{name}» өрісі',
        item: {
          task: '{n}-тапсырма', taskPart: '{n}-бөлік', descriptor: '{n}-дескриптор', option: '{n}-жауап нұсқасы', picture: '{n}-сурет', objective: '{n}-оқу мақсаты',
          criterion: '{n}-бағалау критерийі', thread: '{n}-пікір тізбегі', comment: '{n}-пікір', section: '{n}-бөлім',
          criterionLink: '{n}-критерийге сілтеме', objectiveLink: '{n}-оқу мақсатына сілтеме',
        },
        list: {
          task: 'тапсырмалар', taskPart: 'тапсырма бөліктері', descriptor: 'дескрипторлар', option: 'жауап нұсқалары', picture: 'суреттер', objective: 'оқу мақсаттары',
          criterion: 'бағалау критерийлері', thread: 'пікір тізбектері', comment: 'пікірлер', section: 'бөлімдер',
          criterionLink: 'критерийлерге сілтемелер', objectiveLink: 'оқу мақсаттарына сілтемелер',
        },
        part: { version: 'тексеруге жіберілген нұсқа', baseline: 'бұрын тексерілген нұсқа', author: 'жіберуші', reviewer: 'тәлімгер', rubric: 'ата-аналарға арналған рубрика', specification: 'спецификация' },
        field: {
          name: 'аты-жөні', school: 'мектеп', author: 'авторы', quote: 'пікір жазылған мәтін', span: 'белгіленген сөздер', start: 'сөздердің басы', end: 'сөздердің соңы', suggestion: 'ұсынылған нұсқа', verdict: 'шешім',
          summary: 'қорытынды пікір', criterionText: 'критерий мәтіні', low: 'төмен деңгей', middle: 'орта деңгей', high: 'жоғары деңгей', section: 'бөлім',
          layout: 'кесте түрі', purpose: 'мақсаты', content: 'мазмұнын анықтайтын құжат', results: 'күтілетін нәтижелер', administration: 'өткізу ережелері', moderation: 'модерация', structure: 'құрылымы',
        },
      },
    },
  },
  ru: {
    reviewFile: {
      issue: {
        tooLong: 'текст слишком длинный (предел — {limit} символов)',
        tooMany: 'слишком много (предел — {limit})',
        tooBig: 'слишком большое число (предел — {limit})',
        empty: 'пусто, а нужен хотя бы один',
        missing: 'отсутствует',
        unknownField: 'такого поля Bagalau не записывает',
        wrongValue: 'неверное значение',
        duplicateId: 'один идентификатор использован дважды (файл, вероятно, изменён вручную)',
      },
      todo: {
        resend: {
          package: 'Попросите учителя заново отправить оценивание на проверку из Bagalau.',
          reply: 'Попросите наставника заново сохранить ответ в Bagalau и прислать новый файл.',
        },
        shorten: {
          package: 'Учителю нужно сократить это место в Bagalau и заново отправить оценивание на проверку.',
          reply: 'Наставнику нужно сократить это место в Bagalau и заново сохранить ответ.',
        },
      },
      spot: {
        whole: 'файл целиком',
        internal: 'служебная запись Bagalau',
        unknown: 'поле «{name}»',
        item: {
          task: 'задание {n}', taskPart: 'часть {n}', descriptor: 'дескриптор {n}', option: 'вариант ответа {n}', picture: 'рисунок {n}', objective: 'цель обучения {n}',
          criterion: 'критерий оценивания {n}', thread: 'обсуждение {n}', comment: 'замечание {n}', section: 'раздел {n}',
          criterionLink: 'ссылка на критерий {n}', objectiveLink: 'ссылка на цель обучения {n}',
        },
        list: {
          task: 'задания', taskPart: 'части задания', descriptor: 'дескрипторы', option: 'варианты ответа', picture: 'рисунки', objective: 'цели обучения',
          criterion: 'критерии оценивания', thread: 'обсуждения', comment: 'замечания', section: 'разделы',
          criterionLink: 'ссылки на критерии', objectiveLink: 'ссылки на цели обучения',
        },
        part: { version: 'версия на проверку', baseline: 'ранее проверенная версия', author: 'отправитель', reviewer: 'наставник', rubric: 'рубрика для родителей', specification: 'спецификация' },
        field: {
          name: 'ФИО', school: 'школа', author: 'автор', quote: 'текст, к которому замечание', span: 'выделенные слова', start: 'начало слов', end: 'конец слов', suggestion: 'предложенный вариант', verdict: 'решение',
          summary: 'итоговый комментарий', criterionText: 'текст критерия', low: 'низкий уровень', middle: 'средний уровень', high: 'высокий уровень', section: 'раздел',
          layout: 'вид таблицы', purpose: 'цель', content: 'документ, определяющий содержание', results: 'ожидаемые результаты', administration: 'правила проведения', moderation: 'модерация', structure: 'структура',
        },
      },
    },
  },
  en: {
    reviewFile: {
      issue: {
        tooLong: 'the text is too long (the limit is {limit} characters)',
        tooMany: 'too many (the limit is {limit})',
        tooBig: 'the number is too large (the limit is {limit})',
        empty: 'empty, but at least one is needed',
        missing: 'missing',
        unknownField: 'Bagalau never writes such a field',
        wrongValue: 'not a valid value',
        duplicateId: 'one id is used twice (the file was probably edited by hand)',
      },
      todo: {
        resend: {
          package: 'Ask the teacher to send the assessment for review again from Bagalau.',
          reply: 'Ask the mentor to save the reply again in Bagalau and send the new file.',
        },
        shorten: {
          package: 'The teacher needs to shorten this in Bagalau and send the assessment for review again.',
          reply: 'The mentor needs to shorten this in Bagalau and save the reply again.',
        },
      },
      spot: {
        whole: 'the file as a whole',
        internal: 'an internal record of Bagalau',
        unknown: 'the field “{name}”',
        item: {
          task: 'task {n}', taskPart: 'part {n}', descriptor: 'descriptor {n}', option: 'option {n}', picture: 'picture {n}', objective: 'learning objective {n}',
          criterion: 'assessment criterion {n}', thread: 'comment thread {n}', comment: 'comment {n}', section: 'unit {n}',
          criterionLink: 'criterion link {n}', objectiveLink: 'learning objective link {n}',
        },
        list: {
          task: 'tasks', taskPart: 'task parts', descriptor: 'descriptors', option: 'options', picture: 'pictures', objective: 'learning objectives',
          criterion: 'assessment criteria', thread: 'comment threads', comment: 'comments', section: 'units',
          criterionLink: 'criterion links', objectiveLink: 'learning objective links',
        },
        part: { version: 'the version sent for review', baseline: 'the version reviewed before', author: 'the sender', reviewer: 'the mentor', rubric: 'the rubric for parents', specification: 'the specification' },
        field: {
          name: 'name', school: 'school', author: 'author', quote: 'the text commented on', span: 'the selected words', start: 'where the words start', end: 'where the words end', suggestion: 'suggested text', verdict: 'decision',
          summary: 'closing comment', criterionText: 'criterion text', low: 'low level', middle: 'middle level', high: 'high level', section: 'unit',
          layout: 'table layout', purpose: 'purpose', content: 'document defining the content', results: 'expected results', administration: 'rules of administration', moderation: 'moderation', structure: 'structure',
        },
      },
    },
  },
}
