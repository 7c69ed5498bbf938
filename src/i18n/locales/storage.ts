export default {
  kk: {
    storage: {
      blockedTitle: 'Бұл браузер сайтқа деректерді сақтауға рұқсат бермейді.',
      blockedHelp:
        'Bagalau бағалауларыңызды осы компьютерде, браузердің ішінде сақтайды. Браузер баптауларында осы сайтқа деректерді (cookie және сайт деректерін) сақтауға рұқсат етіңіз немесе жекелік (инкогнито) режимінен шығыңыз, содан кейін бетті қайта жүктеңіз.',
      failed: 'Деректерді оқу мүмкін болмады ({error}). Бетті қайта жүктеп көріңіз.',
      notCreated: 'Жаңа бағалау жасалмады.',
    },
  },
  ru: {
    storage: {
      blockedTitle: 'Браузер не разрешает этому сайту хранить данные.',
      blockedHelp:
        'Bagalau хранит ваши оценивания на этом компьютере, в браузере. Разрешите в настройках браузера сохранять данные этого сайта (файлы cookie и данные сайтов) или выйдите из режима инкогнито, затем перезагрузите страницу.',
      failed: 'Не удалось прочитать данные ({error}). Попробуйте перезагрузить страницу.',
      notCreated: 'Новое оценивание не создано.',
    },
  },
  en: {
    storage: {
      blockedTitle: 'This browser does not let this site store data.',
      blockedHelp:
        'Bagalau keeps your assessments on this computer, inside the browser. Allow site data for this site in the browser’s settings (cookies and site data), or leave private (incognito) mode, then reload the page.',
      failed: 'The data could not be read ({error}). Try reloading the page.',
      notCreated: 'The new assessment was not created.',
    },
  },
}
