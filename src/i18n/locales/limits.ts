// The limits of stored text (domain/shapes/limits.ts), said where the teacher or mentor types.
export default {
  kk: {
    limits: { reached: 'Шегіне жетті: бұл өріске ең көбі {n} таңба сыяды. Мәтінді қысқартыңыз немесе бөліңіз.' },
  },
  ru: {
    limits: {
      reached:
        'Достигнут предел: в это поле помещается не больше {n} символа. Сократите или разделите текст. | Достигнут предел: в это поле помещается не больше {n} символов. Сократите или разделите текст. | Достигнут предел: в это поле помещается не больше {n} символов. Сократите или разделите текст.',
    },
  },
  en: {
    limits: { reached: 'Limit reached: this field holds at most {n} character. Shorten or split the text. | Limit reached: this field holds at most {n} characters. Shorten or split the text.' },
  },
}
