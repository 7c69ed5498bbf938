/**
 * Russian verb forms for the parent rubric, as a rule table tested against the real criteria, descriptors and
 * learning objectives (tests/unit/rubric/forms.test.ts): 3rd person «определяет» ↔ infinitive «определять».
 * (A morphology library was weighed: `az` needs 11 MB of dictionaries fetched at run time for a few verbs.)
 * Every verb of the criterion's leading verb group is turned: «читает, записывает и сравнивает» →
 * «читать, записывать и сравнивать».
 */
import { LEARNER_PREFIX, RU_IMPERATIVE_FIX } from '../checks/lexicon'
import { bare, lowerFirst, sentence, upperFirst, type RubricCells } from './text'

/** Word endings (of a whole word, or after a prefix: «увидит», «приведёт») that no rule below turns right. */
const IRREGULAR: [string, string][] = [
  ['пишет', 'писать'], ['ищет', 'искать'], ['может', 'мочь'], ['хочет', 'хотеть'], ['режет', 'резать'], ['кажет', 'казать'],
  ['берет', 'брать'], ['берёт', 'брать'], ['зовет', 'звать'], ['зовёт', 'звать'], ['ведет', 'вести'], ['ведёт', 'вести'],
  ['несет', 'нести'], ['несёт', 'нести'], ['идет', 'идти'], ['идёт', 'идти'], ['живет', 'жить'], ['живёт', 'жить'],
  ['поет', 'петь'], ['поёт', 'петь'], ['растет', 'расти'], ['растёт', 'расти'], ['кладет', 'класть'], ['кладёт', 'класть'],
  ['создает', 'создавать'], ['создаёт', 'создавать'], ['передает', 'передавать'], ['передаёт', 'передавать'],
  ['задает', 'задавать'], ['задаёт', 'задавать'], ['выдает', 'выдавать'], ['выдаёт', 'выдавать'], ['подает', 'подавать'],
  ['подаёт', 'подавать'], ['преподает', 'преподавать'], ['преподаёт', 'преподавать'], ['издает', 'издавать'], ['издаёт', 'издавать'],
  ['знает', 'знавать'], ['знаёт', 'знавать'],
  ['видит', 'видеть'], ['смотрит', 'смотреть'], ['висит', 'висеть'], ['терпит', 'терпеть'], ['вертит', 'вертеть'],
  ['обидит', 'обидеть'], ['сидит', 'сидеть'], ['летит', 'лететь'], ['горит', 'гореть'], ['шумит', 'шуметь'], ['блестит', 'блестеть'],
  ['кипит', 'кипеть'], ['гремит', 'греметь'], ['звенит', 'звенеть'], ['слышит', 'слышать'], ['держит', 'держать'],
  ['дышит', 'дышать'], ['звучит', 'звучать'], ['лежит', 'лежать'], ['стучит', 'стучать'], ['кричит', 'кричать'],
  ['молчит', 'молчать'], ['бежит', 'бежать'], ['спит', 'спать'], ['стоит', 'стоять'], ['боится', 'бояться'],
]
/** Whole words the suffixes above would take wrongly. */
const WHOLE: Record<string, string> = {
  дает: 'давать', даёт: 'давать', отдает: 'отдавать', продает: 'продавать', раздает: 'раздавать', сдает: 'сдавать', придает: 'придавать', знает: 'знать', узнает: 'узнавать', ожидает: 'ожидать', обладает: 'обладать', страдает: 'страдать', наблюдает: 'наблюдать', рассуждает: 'рассуждать', совпадает: 'совпадать', попадает: 'попадать', угадывает: 'угадывать', составляет: 'составлять', представляет: 'представлять', выставляет: 'выставлять', оставляет: 'оставлять' }
/** Words ending like a verb that are not verbs. */
const NOT_VERBS = new Set(['магнит', 'алфавит', 'кредит', 'лимит', 'аппетит', 'визит', 'гранит', 'динамит', 'транзит', 'депозит', 'бандит', 'быт', 'кит', 'щит', 'иврит', 'санскрит', 'самит', 'зенит', 'гепатит', 'бронхит', 'карбит', 'мегабит', 'бит', 'петит'])
/** Words ending like an infinitive that are not verbs. */
const NOT_INFINITIVES = new Set(['пять', 'опять', 'память', 'мать', 'знать', 'девять', 'десять', 'рать', 'сеть', 'треть', 'медь', 'плеть', 'смерть', 'часть', 'власть', 'страсть', 'масть', 'снасть', 'пасть', 'радость', 'суть', 'путь', 'ртуть', 'грудь'])
const RULES: [RegExp, string][] = [
  [/уется$/, 'оваться'], [/([ая])ется$/, '$1ться'], [/еется$/, 'еться'], [/ится$/, 'иться'],
  [/ует$/, 'овать'], [/([аяе])ет$/, '$1ть'], [/ит$/, 'ить'],
]

/** 3rd person singular → infinitive: «определяет» → «определять», «использует» → «использовать»; null if not a verb. */
export function ruInfinitive(verb: string): string | null {
  const w = verb.toLowerCase()
  if (NOT_VERBS.has(w) || w.length < 4 || !/^[а-яё-]+$/.test(w)) return null
  if (WHOLE[w]) return WHOLE[w]
  for (const [end, inf] of IRREGULAR) if (w.endsWith(end)) return w.slice(0, -end.length) + inf
  for (const [re, to] of RULES) if (re.test(w)) return w.replace(re, to)
  return null
}

const INF_RULES: [RegExp, string][] = [
  [/оваться$/, 'уется'], [/([ая])ться$/, '$1ется'], [/иться$/, 'ится'],
  [/овать$/, 'ует'], [/([ая])ть$/, '$1ет'], [/еть$/, 'еет'], [/ить$/, 'ит'],
]

/** Infinitive → 3rd person, the inverse of the table: «изображать» → «изображает»; null if not an infinitive. */
export function ruThirdPerson(infinitive: string): string | null {
  const w = infinitive.toLowerCase()
  if (w.length < 4 || NOT_INFINITIVES.has(w) || !/^[а-яё-]+(ть|ться|ти|чь)$/.test(w)) return null
  for (const [end, inf] of IRREGULAR) if (w.endsWith(inf) && ruInfinitive(w.slice(0, -inf.length) + end) === w) return w.slice(0, -inf.length) + end
  for (const [third, inf] of Object.entries(WHOLE)) if (inf === w) return third
  for (const [re, to] of INF_RULES) {
    if (!re.test(w)) continue
    const third = w.replace(re, to)
    return ruInfinitive(third) === w ? third : null
  }
  return null
}

/** A verb of the criterion, in the two forms the cells need. */
interface RuVerb { infinitive: string; third: string }

function ruVerb(word: string): RuVerb | null {
  const w = word.toLowerCase()
  const fromImperative = RU_IMPERATIVE_FIX[w]
  if (fromImperative) return { infinitive: ruInfinitive(fromImperative)!, third: fromImperative }
  if (/(ет|ёт|ит|ется|ётся|ится)$/.test(w)) {
    const infinitive = ruInfinitive(w)
    return infinitive ? { infinitive, third: w } : null
  }
  const third = ruThirdPerson(w)
  return third ? { infinitive: w, third } : null
}

const CORRECTLY = new Set(['верно', 'правильно', 'безошибочно', 'грамотно', 'корректно'])
const JOINS = new Set(['и', 'или', 'а также'])
/** Verbs of ability before the pupil's action. */
const MODALS = new Set(['умеет', 'может', 'способен', 'способна'])

interface Word { text: string; verb: RuVerb | null }

/** The words, with each verb of the leading verb group marked (the first within the first four words). */
function parse(text: string): Word[] | null {
  const raw = text.split(' ').filter((w) => !CORRECTLY.has(bare(w).core.toLowerCase()))
  const at = raw.slice(0, 4).findIndex((w) => ruVerb(bare(w).core) !== null)
  if (at < 0) return null
  // «Умеет решать задачи» → the pupil's action is «решать»: «Затрудняется решать задачи», «Верно решает задачи»
  if (MODALS.has(bare(raw[at]).core.toLowerCase()) && raw[at + 1] && ruThirdPerson(bare(raw[at + 1]).core)) raw.splice(at, 1)
  const words: Word[] = raw.map((text) => ({ text, verb: null }))
  words[at].verb = ruVerb(bare(raw[at]).core)
  for (let i = at + 1; i < raw.length; i++) {
    // a further verb joined by a comma or «и / или»: «читает, записывает и сравнивает», «читает текст и отвечает»
    const afterComma = /[,;]/.test(bare(raw[i - 1]).tail)
    const afterJoin = JOINS.has(raw[i - 1].toLowerCase())
    if (!afterComma && !afterJoin) continue
    const verb = /(ет|ёт|ит|ется|ётся|ится)$/.test(bare(raw[i]).core.toLowerCase()) || words[at].verb!.infinitive === bare(raw[at]).core.toLowerCase() ? ruVerb(bare(raw[i]).core) : null
    if (verb) words[i].verb = verb
  }
  return words
}

const form = (w: Word, pick: 'infinitive' | 'third') => (w.verb ? w.verb[pick] + bare(w.text).tail : w.text)

function ru(criterion: string): RubricCells {
  const text = criterion.replace(LEARNER_PREFIX.ru, '')
  const words = parse(text)
  if (!words) {
    return {
      low: `Затрудняется в выполнении заданий по критерию «${criterion}».`,
      middle: `Допускает ошибки в выполнении заданий по критерию «${criterion}».`,
      high: `Верно выполняет задания по критерию «${criterion}».`,
    }
  }
  const first = words.findIndex((w) => w.verb)
  const lower = words.map((w, i) => (i === 0 ? { ...w, text: lowerFirst(w.text) } : w))
  const infinitives = lower.map((w) => form(w, 'infinitive'))
  const high = lower.map((w, i) => (i === first ? `верно ${form(w, 'third')}` : form(w, 'third')))
  return {
    low: sentence(['Затрудняется', ...infinitives]),
    middle: sentence(['Допускает ошибки в заданиях, где нужно', ...infinitives]),
    high: sentence([upperFirst(high.join(' '))]),
  }
}

export { ru as ruCells }
