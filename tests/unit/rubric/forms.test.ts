/**
 * Every verb form the parent-rubric rules produce for the real texts: the criteria and descriptors of the published
 * documents (tests/fixtures/shared/fixtures, the worked examples) and the learning objectives of the curriculum
 * files (tests/fixtures/shared/curriculum), extracted here, in kk, ru and en. Each form was read and checked by hand;
 * a new real text whose verb is not in these lists fails the first test until its forms are checked and added.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Language } from '@/domain/model'
import { enGerund, enThirdPerson, enVerb, kkLocative, kkVerb, rubricCells, ruInfinitive, ruThirdPerson } from '@/domain/rubric/wording'

/** kk: word → [locative verbal noun, 3rd person]. */
const KK: Record<string, [string, string]> = {
  ажырату: ['ажыратуда', 'ажыратады'],
  азайту: ['азайтуда', 'азайтады'],
  айналдыру: ['айналдыруда', 'айналдырады'],
  анықтайды: ['анықтауда', 'анықтайды'],
  анықтау: ['анықтауда', 'анықтайды'],
  береді: ['беруде', 'береді'],
  беру: ['беруде', 'береді'],
  білу: ['білуде', 'біледі'],
  бөледі: ['бөлуде', 'бөледі'],
  бөлу: ['бөлуде', 'бөледі'],
  жазады: ['жазуда', 'жазады'],
  жазу: ['жазуда', 'жазады'],
  жасайды: ['жасауда', 'жасайды'],
  келтіреді: ['келтіруде', 'келтіреді'],
  келтіру: ['келтіруде', 'келтіреді'],
  көбейтеді: ['көбейтуде', 'көбейтеді'],
  көбейту: ['көбейтуде', 'көбейтеді'],
  көрсетеді: ['көрсетуде', 'көрсетеді'],
  орындайды: ['орындауда', 'орындайды'],
  орындалу: ['орындалуда', 'орындалады'],
  орындау: ['орындауда', 'орындайды'],
  оқу: ['оқуда', 'оқиды'],
  салыстыру: ['салыстыруда', 'салыстырады'],
  сақталу: ['сақталуда', 'сақталады'],
  сипаттау: ['сипаттауда', 'сипаттайды'],
  сәйкестендіру: ['сәйкестендіруде', 'сәйкестендіреді'],
  табады: ['табуда', 'табады'],
  табу: ['табуда', 'табады'],
  талдау: ['талдауда', 'талдайды'],
  топтастыру: ['топтастыруда', 'топтастырады'],
  тоқтату: ['тоқтатуда', 'тоқтатады'],
  түсіндіру: ['түсіндіруде', 'түсіндіреді'],
  тұжырымдау: ['тұжырымдауда', 'тұжырымдайды'],
  шығарады: ['шығаруда', 'шығарады'],
  қолдану: ['қолдануда', 'қолданады'],
  қосу: ['қосуда', 'қосады'],
  өлшеу: ['өлшеуде', 'өлшейді'],
}
/** ru: 3rd person → infinitive, infinitive → 3rd person. */
const RU: Record<string, string> = {
  выводить: 'выводит',
  выполнять: 'выполняет',
  делает: 'делать',
  записывать: 'записывает',
  измерять: 'измеряет',
  изображать: 'изображает',
  использовать: 'использует',
  исследовать: 'исследует',
  называет: 'называть',
  объяснять: 'объясняет',
  описывать: 'описывает',
  определяет: 'определять',
  определять: 'определяет',
  понимать: 'понимает',
  преобразовывать: 'преобразовывает',
  приводит: 'приводить',
  приводить: 'приводит',
  применять: 'применяет',
  различать: 'различает',
  раскрывает: 'раскрывать',
  рассчитывать: 'рассчитывает',
  решать: 'решает',
  соотносить: 'соотносит',
  составлять: 'составляет',
  сравнивать: 'сравнивает',
  читать: 'читает',
}
/** en: word → [-ing, 3rd person]. */
const EN: Record<string, [string, string]> = {
  ask: ['asking', 'asks'],
  communicate: ['communicating', 'communicates'],
  deduce: ['deducing', 'deduces'],
  describe: ['describing', 'describes'],
  develop: ['developing', 'develops'],
  edit: ['editing', 'edits'],
  evaluate: ['evaluating', 'evaluates'],
  express: ['expressing', 'expresses'],
  forms: ['forming', 'forms'],
  get: ['getting', 'gets'],
  give: ['giving', 'gives'],
  has: ['having', 'has'],
  keep: ['keeping', 'keeps'],
  link: ['linking', 'links'],
  make: ['making', 'makes'],
  organise: ['organising', 'organises'],
  plan: ['planning', 'plans'],
  points: ['pointing', 'points'],
  present: ['presenting', 'presents'],
  proofread: ['proofreading', 'proofreads'],
  provide: ['providing', 'provides'],
  read: ['reading', 'reads'],
  recognise: ['recognising', 'recognises'],
  recognize: ['recognizing', 'recognizes'],
  respond: ['responding', 'responds'],
  solve: ['solving', 'solves'],
  spell: ['spelling', 'spells'],
  states: ['stating', 'states'],
  sustain: ['sustaining', 'sustains'],
  talk: ['talking', 'talks'],
  understand: ['understanding', 'understands'],
  use: ['using', 'uses'],
  work: ['working', 'works'],
  write: ['writing', 'writes'],
}

interface RealText { text: string; language: Language; from: string }

function realTexts(): RealText[] {
  const out: RealText[] = []
  for (const dir of ['tests/fixtures/shared/fixtures', 'tests/fixtures/shared/curriculum', 'src/data/examples']) {
    for (const file of readdirSync(join(process.cwd(), dir)).filter((f) => f.endsWith('.json'))) {
      const d = JSON.parse(readFileSync(join(process.cwd(), dir, file), 'utf8'))
      const add = (text: unknown) => typeof text === 'string' && text.trim() && out.push({ text, language: d.language, from: file })
      for (const c of d.criteria ?? []) add(c.text)
      for (const t of d.tasks ?? []) for (const x of t.descriptors ?? []) add(x.text)
      for (const s of d.sections ?? []) if (typeof s === 'object') for (const o of s.objectives ?? []) add(o.text)
    }
  }
  return out
}

const words = (text: string) => text.trim().replace(/[.;:]+$/, '').split(/\s+/).map((w) => w.replace(/[,;:.»)]+$/, ''))
const RU_THIRD = /(ет|ёт|ит|ется|ится)$/

/** What the rules make of each word of the real texts, in the shape of the lists above. */
function producedForms(texts: RealText[]) {
  const kk: Record<string, [string, string]> = {}
  const ru: Record<string, string> = {}
  const en: Record<string, [string, string]> = {}
  for (const { text, language } of texts) {
    for (const w of words(text)) {
      const lower = w.toLowerCase()
      if (language === 'kk') {
        const v = kkVerb(w)
        if (v) kk[lower] = [kkLocative(v.noun), v.third]
      } else if (language === 'ru') {
        const form = (RU_THIRD.test(lower) ? ruInfinitive(lower) : null) ?? ruThirdPerson(lower)
        if (form) ru[lower] = form
      } else {
        const base = enVerb(w)
        if (base) en[lower] = [enGerund(base), enThirdPerson(base)]
      }
    }
  }
  return { kk, ru, en }
}

describe('verb forms of the real criteria, descriptors and objectives', () => {
  const texts = realTexts()

  it('reads texts in all three languages', () => {
    for (const language of ['kk', 'ru', 'en'] as const) expect(texts.filter((t) => t.language === language).length).toBeGreaterThan(10)
  })

  it('produces exactly the hand-checked forms for every verb found', () => {
    const produced = producedForms(texts)
    expect(produced.kk).toEqual(KK)
    expect(produced.ru).toEqual(RU)
    expect(produced.en).toEqual(EN)
  })

  it('turns ru forms both ways without loss', () => {
    for (const [from, to] of Object.entries(RU)) {
      if (RU_THIRD.test(from)) expect(ruThirdPerson(to), from).toBe(from)
      else expect(ruInfinitive(to), from).toBe(from)
    }
  })
})

describe('cells of every real text follow the official pattern', () => {
  const texts = realTexts()
  const cells = texts.map((t) => ({ ...t, cells: rubricCells(t.text, t.language) }))

  it('kk: «…қиналады», «…қателіктер жібереді», «…дұрыс …», never an imperative or a 3rd-person verb before қиналады', () => {
    for (const { text, cells: c } of cells.filter((x) => x.language === 'kk')) {
      expect(c.low, text).toMatch(/қиналады\.$/)
      expect(c.middle, text).toMatch(/қателіктер жібереді\.$/)
      expect(c.high, text).toMatch(/дұрыс/)
      for (const cell of [c.low, c.middle, c.high]) expect(cell, text).not.toMatch(/(ыңыз|іңіз|ңыз|ңіз|ңдар|ңдер)\b/u)
      expect(c.low, text).not.toMatch(/(ады|еді|йды|йді|иды) қиналады\.$/)
    }
  })

  it('ru: «Затрудняется …» with infinitives, «Допускает ошибки в …», «Верно …» said once', () => {
    const thirds = Object.keys(RU).filter((w) => RU_THIRD.test(w))
    for (const { text, cells: c } of cells.filter((x) => x.language === 'ru')) {
      expect(c.low, text).toMatch(/^Затрудняется /)
      expect(c.middle, text).toMatch(/^Допускает ошибки в /)
      expect(c.high.match(/верно/gi) ?? [], text).toHaveLength(1)
      for (const w of thirds) expect(words(c.low).map((x) => x.toLowerCase()), text).not.toContain(w)
      expect(c.middle, text).not.toMatch(/когда/)
    }
  })

  it('en: -ing after "in", "Correctly" once and no doubled adverb', () => {
    for (const { text, cells: c } of cells.filter((x) => x.language === 'en')) {
      expect(c.low, text).toMatch(/^Experiences difficulties in (\w+ing\b|tasks on)/)
      expect(c.middle, text).toMatch(/^Makes mistakes in (\w+ing\b|tasks on)/)
      expect(c.high, text).toMatch(/^Correctly /)
      expect(c.high, text).not.toMatch(/\b(accurately|correctly)\b/)
    }
  })

  it('quotes the criterion in the safe phrase only for texts cut short in the sources or with no verb', () => {
    const quoted = cells.filter((x) => /[«“]/.test(x.cells.low) && !/[«“]/.test(x.text)).map((x) => x.text)
    expect(quoted.every((t) => t.endsWith('…') || !words(t).some((w) => KK[w.toLowerCase()] || RU[w.toLowerCase()] || EN[w.toLowerCase()]))).toBe(true)
  })
})

describe('the wrong cells seen in use', () => {
  it('turns every verb of a three-verb Russian criterion', () => {
    const c = rubricCells('Читает, записывает и сравнивает многозначные числа', 'ru')
    expect(c.low).toBe('Затрудняется читать, записывать и сравнивать многозначные числа.')
    expect(c.middle).toBe('Допускает ошибки в заданиях, где нужно читать, записывать и сравнивать многозначные числа.')
    expect(c.high).toBe('Верно читает, записывает и сравнивает многозначные числа.')
  })

  it('keeps a closing condition without contradiction', () => {
    expect(rubricCells('Пишет слова, соблюдая орфографические нормы', 'ru').middle).toBe(
      'Допускает ошибки в заданиях, где нужно писать слова, соблюдая орфографические нормы.',
    )
  })

  it('says "correctly" once', () => {
    expect(rubricCells('Write words accurately', 'en')).toEqual({
      low: 'Experiences difficulties in writing words.', middle: 'Makes mistakes in writing words.', high: 'Correctly writes words.',
    })
    expect(rubricCells('Правильно определяет тип предложения', 'ru').high).toBe('Верно определяет тип предложения.')
    expect(rubricCells('Сөздерді қатесіз жазады', 'kk').high).toBe('Сөздерді дұрыс жазады.')
  })

  it('turns a Kazakh imperative instead of quoting it', () => {
    expect(rubricCells('Мәтінді оқып, сұрақтарға жауап беріңіз', 'kk')).toEqual({
      low: 'Мәтінді оқып, сұрақтарға жауап беруде қиналады.',
      middle: 'Мәтінді оқып, сұрақтарға жауап беруде қателіктер жібереді.',
      high: 'Мәтінді оқып, сұрақтарға дұрыс жауап береді.',
    })
    expect(rubricCells('Сөйлемдерді толықтырыңыз', 'kk').low).toBe('Сөйлемдерді толықтыруда қиналады.')
    expect(rubricCells('Определите главную мысль текста', 'ru').low).toBe('Затрудняется определять главную мысль текста.')
  })

  it('turns every joined verb in Kazakh and English', () => {
    expect(rubricCells('Сандарды оқиды, жазады және салыстырады', 'kk').high).toBe('Сандарды дұрыс оқиды, жазады және салыстырады.')
    expect(rubricCells('Make up basic interrogative sentences and get information about the topic', 'en').high).toBe(
      'Correctly makes up basic interrogative sentences and gets information about the topic.',
    )
    expect(rubricCells('Give questions and answers', 'en').low).toBe('Experiences difficulties in giving questions and answers.')
  })

  it('names the action, not the ability, in «умеет решать», «шеше алады»', () => {
    expect(rubricCells('Умеет решать уравнения', 'ru')).toEqual({
      low: 'Затрудняется решать уравнения.', middle: 'Допускает ошибки в заданиях, где нужно решать уравнения.', high: 'Верно решает уравнения.',
    })
    expect(rubricCells('Теңдеуді шеше алады', 'kk')).toEqual({
      low: 'Теңдеуді шешуде қиналады.', middle: 'Теңдеуді шешуде қателіктер жібереді.', high: 'Теңдеуді дұрыс шеше алады.',
    })
    expect(rubricCells('Жиындардың сипатын анықтай біледі', 'kk').low).toBe('Жиындардың сипатын анықтауда қиналады.')
  })

  it('falls back to a phrase that quotes a criterion it cannot turn', () => {
    expect(rubricCells('Свойства чисел', 'ru').low).toBe('Затрудняется в выполнении заданий по критерию «Свойства чисел».')
    expect(rubricCells('Properties of numbers', 'en').high).toBe('Correctly completes tasks on “Properties of numbers”.')
    expect(rubricCells('Пять свойств чисел', 'ru').low).toBe('Затрудняется в выполнении заданий по критерию «Пять свойств чисел».')
  })
})
