export default {
  kk: {
    specDocument: {
      layout: 'Сипаттама кестесінің түрі',
      secondary: '5–11-сыныптар',
      primary: 'Бастауыш сынып (1–4)',
      paragraphLabel: '{heading}: мәтін',
      edited: 'Өзгертілген',
      restore: 'Жасалған мәтінді қайтару',
      note: 'Тұрақты мәтін құжат тілінде жасалады; әр абзацты өзгертуге болады, ол осы бағалаумен бірге сақталады.',
    },
  },
  ru: {
    specDocument: {
      layout: 'Вид таблицы характеристики',
      secondary: '5–11 классы',
      primary: 'Начальная школа (1–4)',
      paragraphLabel: '{heading}: текст',
      edited: 'Изменено',
      restore: 'Вернуть созданный текст',
      note: 'Постоянные формулировки создаются на языке документа; любой абзац можно изменить, он сохраняется вместе с этим оцениванием.',
    },
  },
  en: {
    specDocument: {
      layout: 'Layout of the characteristics table',
      secondary: 'Grades 5–11',
      primary: 'Primary school (1–4)',
      paragraphLabel: '{heading}: text',
      edited: 'Edited',
      restore: 'Bring back the generated wording',
      note: 'The fixed wording is written in the document’s language; any paragraph can be reworded and is kept with this assessment.',
    },
  },
}
