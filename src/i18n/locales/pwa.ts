export default {
  kk: { pwa: { newVersion: 'Bagalau-дың жаңа нұсқасы дайын.', update: 'Жаңарту', later: 'Кейінірек', offlineReady: 'Bagalau енді интернетсіз де жұмыс істейді.' } },
  ru: { pwa: { newVersion: 'Готова новая версия Bagalau.', update: 'Обновить', later: 'Позже', offlineReady: 'Теперь Bagalau работает и без интернета.' } },
  en: { pwa: { newVersion: 'A new version of Bagalau is ready.', update: 'Update', later: 'Later', offlineReady: 'Bagalau now works offline too.' } },
}
