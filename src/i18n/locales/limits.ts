// The limits of stored text (domain/shapes/limits.ts), said where the teacher or mentor types.
export default {
  kk: {
    limits: {
      reached: 'Шегіне жетті: бұл өріске ең көбі {n} таңба сыяды. Мәтінді қысқартыңыз немесе бөліңіз.',
      listFull: 'Бұл тізімге ең көбі {n} сыяды: жаңасын қосу үшін біреуін жойыңыз.',
    },
  },
  ru: {
    limits: {
      reached:
        'Достигнут предел: в это поле помещается не больше {n} символа. Сократите или разделите текст. | Достигнут предел: в это поле помещается не больше {n} символов. Сократите или разделите текст. | Достигнут предел: в это поле помещается не больше {n} символов. Сократите или разделите текст.',
      listFull:
        'В этот список помещается не больше {n} элемента: чтобы добавить новый, удалите один из них. | В этот список помещается не больше {n} элементов: чтобы добавить новый, удалите один из них. | В этот список помещается не больше {n} элементов: чтобы добавить новый, удалите один из них.',
    },
  },
  en: {
    limits: {
      reached: 'Limit reached: this field holds at most {n} character. Shorten or split the text. | Limit reached: this field holds at most {n} characters. Shorten or split the text.',
      listFull: 'This list holds at most {n} item: remove one to add another. | This list holds at most {n} items: remove one to add another.',
    },
  },
}
