export default {
  kk: {
    teacherMaterial: {
      title: 'Тек мұғалімге',
      hint: 'Оқушы парағына ешқашан шықпайды: мұғалім нұсқасында және балл қою кестесінде ғана басылады.',
      script: 'Мұғалім оқитын мәтін (тыңдалым мәтіні, диктант сөздері)',
      scriptPlaceholder: 'Мұғалім дауыстап оқитын мәтін',
      notes: 'Мұғалімге ескертпе',
    },
  },
  ru: {
    teacherMaterial: {
      title: 'Только для учителя',
      hint: 'Никогда не попадает на лист ученика: печатается только в экземпляре учителя и в схеме выставления баллов.',
      script: 'Текст, который читает учитель (текст для аудирования, слова диктанта)',
      scriptPlaceholder: 'Текст, который учитель читает вслух',
      notes: 'Заметки для учителя',
    },
  },
  en: {
    teacherMaterial: {
      title: 'Teacher only',
      hint: "Never on the pupil's sheet: printed only in the teacher's copy and the mark scheme.",
      script: 'Script read by the teacher (listening text, dictation words)',
      scriptPlaceholder: 'What the teacher reads aloud',
      notes: 'Notes for the teacher',
    },
  },
}
