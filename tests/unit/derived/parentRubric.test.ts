import { describe, expect, it } from 'vitest'
import { editRubricCell, parentRubric } from '@/domain/parentRubric'
import { enGerund, kkLocative, kkVerbalNoun, rubricCells, ruInfinitive } from '@/domain/rubric/wording'
import { readFixture, toAssessment } from './fixtureAssessment'

describe('rubric wording: Kazakh', () => {
  it.each([
    ['орындайды', 'орындау'], ['табады', 'табу'], ['береді', 'беру'], ['оқиды', 'оқу'], ['жазады', 'жазу'],
    ['көбейтеді', 'көбейту'], ['бөледі', 'бөлу'], ['есептейді', 'есептеу'], ['салыстырады', 'салыстыру'],
  ])('%s → %s', (verb, noun) => expect(kkVerbalNoun(verb)).toBe(noun))

  it('does not take nouns for verbs, and follows vowel harmony in the locative', () => {
    expect(kkVerbalNoun('өзгерістерге')).toBeNull()
    expect(kkVerbalNoun('сандарды')).toBeNull()
    expect(kkLocative('орындау')).toBe('орындауда')
    expect(kkLocative('беру')).toBe('беруде')
    expect(kkLocative('бөлу')).toBe('бөлуде')
  })

  it('matches the real rubric of the grade 3 «Ауызша көбейту және бөлу» БЖБ in form', () => {
    const f = readFixture('sor-kk-math-3-rubric-auyzsha-kobeytu.json')
    const real = f.parentRubric!.rows
    const one = rubricCells(real[0].criterion, 'kk')
    expect(one.low).toBe('Үш таңбалы сандарды жазбаша қосу және азайту амалдарын орындауда қиналады.')
    expect(one.middle).toBe('Үш таңбалы сандарды жазбаша қосу және азайту амалдарын орындауда қателіктер жібереді.')
    expect(one.high).toBe('Үш таңбалы сандарды жазбаша қосу және азайту амалдарын дұрыс орындайды.')
    const two = rubricCells(real[1].criterion, 'kk')
    // the real cells end in the same words: «…көбейтуде және бөлуде қиналады.», «…дұрыс көбейтеді және бөледі.»
    expect(two.low.endsWith('көбейтуде және бөлуде қиналады.')).toBe(true)
    expect(real[1].low!.endsWith('көбейтуде және бөлуде қиналады.')).toBe(true)
    expect(two.high.endsWith('санға ауызша дұрыс көбейтеді және бөледі.')).toBe(true)
    expect(real[1].high!.endsWith('санға дұрыс көбейтеді және бөледі.')).toBe(true)
    for (const [cells, r] of [[one, real[0]], [two, real[1]]] as const) {
      expect(cells.low.split(' ')[0]).toBe(r.low!.split(' ')[0])
      expect(cells.middle.endsWith('қателіктер жібереді.')).toBe(r.middle!.endsWith('қателіктер жібереді.'))
    }
  })

  it('builds the history БЖБ criterion in the same form', () => {
    const a = toAssessment(readFixture('sor-kk-history-9.json'))
    const rows = parentRubric(a)
    expect(rows[0].cells.low.text).toBe('Кеңес үкіметі кезіндегі ауыл шаруашылығында орын алған өзгерістерге баға беруде қиналады.')
    expect(rows[1].cells.middle.text).toBe('Әскери-өнеркәсіп кешендерінің Қазақстанға тигізген зардаптарына талдау жасауда қателіктер жібереді.')
    expect(rows[1].taskNumbers).toEqual([2, 3])
  })

  it('falls back to naming the criterion when it does not end in a verb', () => {
    expect(rubricCells('Сандардың қасиеттері', 'kk').low).toBe('«Сандардың қасиеттері» бойынша тапсырмаларды орындауда қиналады.')
  })
})

describe('rubric wording: Russian', () => {
  it.each([
    ['определяет', 'определять'], ['приводит', 'приводить'], ['использует', 'использовать'], ['умеет', 'уметь'],
    ['пишет', 'писать'], ['ориентируется', 'ориентироваться'], ['делает', 'делать'],
  ])('%s → %s', (verb, inf) => expect(ruInfinitive(verb)).toBe(inf))

  it('starts the cells as the real СОр rubric does («Затрудн…») for every criterion of the Kazakh Khanate СОр', () => {
    const f = readFixture('sor-ru-history-kz-kazakh-khanate.json')
    expect(f.parentRubric!.rows[0].low!.startsWith('Затрудн')).toBe(true)
    const rows = parentRubric(toAssessment(f))
    expect(rows.map((r) => r.cells.low.text)).toEqual([
      'Затрудняется на основе источника делать вывод о значении труда М.Х. Дулати «Тарихи Рашиди».',
      'Затрудняется определять влияние образования Казахского ханства на все сферы жизни общества.',
      'Затрудняется раскрывать роль Керея и Жанибека в укреплении государства.',
    ])
    expect(rows[1].cells.middle.text).toBe('Допускает ошибки в заданиях, где нужно определять влияние образования Казахского ханства на все сферы жизни общества.')
    expect(rows[1].cells.high.text).toBe('Верно определяет влияние образования Казахского ханства на все сферы жизни общества.')
    expect(rows[0].cells.high.text).toBe('На основе источника верно делает вывод о значении труда М.Х. Дулати «Тарихи Рашиди».')
    // the real rubric's own criterion
    expect(rubricCells(f.parentRubric!.rows[0].criterion, 'ru').low).toBe('Затрудняется описывать исторические события образования Казахского ханства.')
  })

  it('falls back to naming the criterion when no verb is found', () => {
    expect(rubricCells('Свойства чисел', 'ru').middle).toBe('Допускает ошибки в выполнении заданий по критерию «Свойства чисел».')
  })
})

describe('rubric wording: English', () => {
  it('turns the criteria of the grade 5 English SAU into the real phrases', () => {
    const a = toAssessment(readFixture('sor-en-english-5-t1.json'))
    const rows = parentRubric(a)
    expect(rows[0].cells.low.text).toBe('Experiences difficulties in recognising basic general questions without support.')
    expect(rows[1].cells.middle.text).toBe('Makes mistakes in giving basic information about themselves and others at sentence level.')
    expect(rows[2].cells.high.text).toBe('Correctly makes up basic interrogative sentences and gets information about the topic.')
    expect(rubricCells('A learner identifies the main idea', 'en').high).toBe('Correctly identifies the main idea.')
    expect(enGerund('get')).toBe('getting')
    expect(rubricCells('', 'en')).toEqual({ low: '', middle: '', high: '' })
  })
})

describe('parent rubric edits', () => {
  it('keeps a teacher edit, flags it stale when the criterion changes, and drops it when written back', () => {
    const a = toAssessment(readFixture('sor-kk-history-9.json'))
    const id = a.criteria[0].id
    let edits = editRubricCell(a, {}, id, 'low', 'Өз сөзім.')
    let row = parentRubric(a, edits)[0]
    expect(row.cells.low).toMatchObject({ text: 'Өз сөзім.', edited: true, stale: false })
    expect(row.cells.middle.edited).toBe(false)
    const changed = { ...a, criteria: a.criteria.map((c) => (c.id === id ? { ...c, text: 'Жаңа критерий анықтайды' } : c)) }
    row = parentRubric(changed, edits)[0]
    expect(row.cells.low).toMatchObject({ text: 'Өз сөзім.', stale: true })
    expect(row.cells.high.text).toBe('Жаңа критерий дұрыс анықтайды.')
    edits = editRubricCell(changed, edits, id, 'low', row.cells.low.generated)
    expect(edits).toEqual({})
    expect(editRubricCell(a, {}, 'missing', 'low', 'x')).toEqual({})
  })
})
