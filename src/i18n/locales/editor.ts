export default {
  kk: {
    totals: { title: 'Қорытынды', tasks: 'Тапсырмалар', time: 'Уақыт', overTime: 'уақыттан асып кетті', byLevel: 'Ойлау дағдыларының деңгейлері', levelCount: '{tasks} тапс. · {points} балл' },
    derived: { edit: 'Құрастыру', descriptorTable: 'Дескрипторлар кестесі' },
    editor: { notFound: 'Бұл бағалау табылмады. Ол біржола жойылған болуы мүмкін.', makeCopy: 'Өңделетін көшірме жасау', copySuffix: ' (көшірме)', tabs: 'Бағалау бөлімдері' },
  },
  ru: {
    totals: { title: 'Итого', tasks: 'Заданий', time: 'Время', overTime: 'больше отведённого', byLevel: 'Уровни мыслительных навыков', levelCount: '{tasks} зад. · {points} балл.' },
    derived: { edit: 'Конструктор', descriptorTable: 'Таблица дескрипторов' },
    editor: { notFound: 'Это оценивание не найдено. Возможно, оно удалено навсегда.', makeCopy: 'Создать копию для редактирования', copySuffix: ' (копия)', tabs: 'Разделы оценивания' },
  },
  en: {
    totals: { title: 'Totals', tasks: 'Tasks', time: 'Time', overTime: 'over the time allowed', byLevel: 'Levels of thinking skills', levelCount: '{tasks} tasks · {points} marks' },
    derived: { edit: 'Build', descriptorTable: 'Descriptor table' },
    editor: { notFound: 'This assessment was not found. It may have been deleted forever.', makeCopy: 'Make an editable copy', copySuffix: ' (copy)', tabs: 'Assessment views' },
  },
}
