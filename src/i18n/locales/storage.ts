export default {
  kk: {
    storage: {
      blockedTitle: 'Бұл браузер сайтқа деректерді сақтауға рұқсат бермейді.',
      blockedHelp:
        'Bagalau бағалауларыңызды осы компьютерде, браузердің ішінде сақтайды. Браузер баптауларында осы сайтқа деректерді (cookie және сайт деректерін) сақтауға рұқсат етіңіз немесе жекелік (инкогнито) режимінен шығыңыз, содан кейін бетті қайта жүктеңіз.',
      failed: 'Деректерді оқу мүмкін болмады ({error}). Бетті қайта жүктеп көріңіз.',
      notCreated: 'Жаңа бағалау жасалмады.',
      waitTitle: 'Бағалауларыңыз әлі ашылмады.',
      waitBlocked: 'Bagalau-дың басқа қойындысы немесе терезесі деректерді босатпай тұр. Bagalau ашық тұрған басқа қойындыларды жауып, қайта көріңіз. Деректеріңіз сақтаулы.',
      waitSlow: 'Браузер деректерді әдеттегіден ұзақ ашып жатыр. Деректеріңіз сақтаулы: қайта көріңіз. Қайталана берсе, Bagalau ашық тұрған басқа қойындыларды жабыңыз немесе браузерді қайта іске қосыңыз.',
      waitRetry: 'Қайта көру',
    },
  },
  ru: {
    storage: {
      blockedTitle: 'Браузер не разрешает этому сайту хранить данные.',
      blockedHelp:
        'Bagalau хранит ваши оценивания на этом компьютере, в браузере. Разрешите в настройках браузера сохранять данные этого сайта (файлы cookie и данные сайтов) или выйдите из режима инкогнито, затем перезагрузите страницу.',
      failed: 'Не удалось прочитать данные ({error}). Попробуйте перезагрузить страницу.',
      notCreated: 'Новое оценивание не создано.',
      waitTitle: 'Ваши оценивания ещё не открылись.',
      waitBlocked: 'Другая вкладка или окно Bagalau не отпускает данные. Закройте другие вкладки с Bagalau и попробуйте снова. Ваши данные на месте.',
      waitSlow: 'Браузер открывает данные дольше обычного. Ваши данные на месте: попробуйте снова. Если это повторяется, закройте другие вкладки с Bagalau или перезапустите браузер.',
      waitRetry: 'Попробовать снова',
    },
  },
  en: {
    storage: {
      blockedTitle: 'This browser does not let this site store data.',
      blockedHelp:
        'Bagalau keeps your assessments on this computer, inside the browser. Allow site data for this site in the browser’s settings (cookies and site data), or leave private (incognito) mode, then reload the page.',
      failed: 'The data could not be read ({error}). Try reloading the page.',
      notCreated: 'The new assessment was not created.',
      waitTitle: 'Your assessments have not opened yet.',
      waitBlocked: 'Another Bagalau tab or window is holding on to your data. Close the other Bagalau tabs, then try again. Your work is safe.',
      waitSlow: 'The browser is taking longer than usual to open your data. Your work is safe: try again. If this keeps happening, close other Bagalau tabs or restart the browser.',
      waitRetry: 'Try again',
    },
  },
}
