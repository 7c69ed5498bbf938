/** Moving a review round that came as a file into the school workspace (the mentor's review page). */
export default {
  kk: {
    reviewMove: {
      hint: '{name} мектеп кеңістігінде сіздің тәлімгерлік алушыңыз. Бұл нұсқаны пікірлерімен бірге кеңістікке көшірсеңіз, келесі нұсқалар файлсыз келеді.',
      move: 'Мектеп кеңістігіне көшіру',
      moved: '{version}-нұсқа пікірлерімен бірге мектеп кеңістігінде: {name} оны бірден көреді, ары қарай файл керек емес.',
      failed: 'Мектеп кеңістігіне көшіру мүмкін болмады. Мектеп серверіне қосылымды тексеріңіз.',
    },
  },
  ru: {
    reviewMove: {
      hint: '{name} — ваш подопечный в школьном пространстве. Перенесите эту версию с комментариями в пространство, и следующие версии придут без файлов.',
      move: 'Перенести в школьное пространство',
      moved: 'Версия {version} с комментариями в школьном пространстве: {name} видит её сразу, файлы больше не нужны.',
      failed: 'Не удалось перенести в школьное пространство. Проверьте подключение к серверу школы.',
    },
  },
  en: {
    reviewMove: {
      hint: '{name} is your mentee in the school workspace. Move this version and its comments there, and the next versions come without files.',
      move: 'Move to the school workspace',
      moved: 'Version {version} and its comments are in the school workspace: {name} sees them at once, no more files needed.',
      failed: 'Could not move it to the school workspace. Check the connection to the school server.',
    },
  },
}
