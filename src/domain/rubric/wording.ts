/**
 * Parent-rubric cells built from a criterion in the wording real rubrics use (GLOSSARY.md):
 * kk «…қиналады» / «…қателіктер жібереді» / «…дұрыс орындайды»,
 * ru «Затрудняется …» / «Допускает ошибки …» / «Верно …»,
 * en «Experiences difficulties in …» / «Makes mistakes in …» / «Correctly …».
 * The criterion's verb is turned into the form each phrase needs by small, tested morphology rules;
 * when no verb is recognised, a plain phrase that names the criterion is used instead (never a wrong word).
 */
import type { Language } from '../model'

export interface RubricCells {
  low: string
  middle: string
  high: string
}

const clean = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/[.;:,]+$/, '')
const upperFirst = (s: string) => (s ? s[0].toLocaleUpperCase() + s.slice(1) : s)
const lowerFirst = (s: string) => {
  // keep acronyms and proper names written in capitals (e.g. «ҚР», "UK") as they are
  if (s.length > 1 && s[1] === s[1].toLocaleUpperCase() && s[1] !== s[1].toLocaleLowerCase()) return s
  return s ? s[0].toLocaleLowerCase() + s.slice(1) : s
}

// ---------- Kazakh ----------
const KK_VERB = /^[\p{L}-]+(ады|еді|әді|йды|йді|иды|иді)$/u
const KK_FRONT = /[еәіөүи]/
const KK_BACK = /[аоұыуя]/

/** «орындайды» → «орындау», «табады» → «табу», «береді» → «беру», «оқиды» → «оқу»; null if not a verb form. */
export function kkVerbalNoun(verb: string): string | null {
  const m = KK_VERB.exec(verb)
  if (!m) return null
  return verb.slice(0, -m[1].length) + 'у'
}

/** Locative of a verbal noun by vowel harmony of its last stem vowel: «орындау» → «орындауда», «беру» → «беруде». */
export function kkLocative(noun: string): string {
  const stem = noun.slice(0, -1)
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem[i].toLowerCase()
    if (KK_FRONT.test(ch)) return noun + 'де'
    if (KK_BACK.test(ch)) return noun + 'да'
  }
  return noun + 'да'
}

function kk(text: string): RubricCells {
  const words = text.split(' ')
  const n = words.length
  // the final verb, or two verbs joined by «және» / «немесе» («көбейтеді және бөледі»)
  const joined = n >= 3 && ['және', 'немесе'].includes(words[n - 2]) && kkVerbalNoun(words[n - 3]) && kkVerbalNoun(words[n - 1])
  const verbStart = joined ? n - 3 : kkVerbalNoun(words[n - 1] ?? '') ? n - 1 : -1
  if (verbStart < 0) {
    return {
      low: `«${text}» бойынша тапсырмаларды орындауда қиналады.`,
      middle: `«${text}» бойынша тапсырмаларда қателіктер жібереді.`,
      high: `«${text}» бойынша тапсырмаларды дұрыс орындайды.`,
    }
  }
  const head = words.slice(0, verbStart).join(' ')
  const verbs = words.slice(verbStart)
  const asNouns = verbs.map((w) => (w === 'және' || w === 'немесе' ? w : kkLocative(kkVerbalNoun(w)!))).join(' ')
  const lead = (rest: string) => upperFirst(head ? `${head} ${rest}` : rest)
  return {
    low: `${lead(asNouns)} қиналады.`,
    middle: `${lead(asNouns)} қателіктер жібереді.`,
    high: `${lead(`дұрыс ${verbs.join(' ')}`)}.`,
  }
}

// ---------- Russian ----------
const RU_IRREGULAR: Record<string, string> = {
  пишет: 'писать', дает: 'давать', даёт: 'давать', ищет: 'искать', берет: 'брать', берёт: 'брать',
  ведет: 'вести', ведёт: 'вести', может: 'мочь', создает: 'создавать', создаёт: 'создавать', узнает: 'узнавать',
  узнаёт: 'узнавать', передает: 'передавать', передаёт: 'передавать', задает: 'задавать', задаёт: 'задавать',
  рассказывает: 'рассказывать', чертит: 'чертить',
}
/** Words ending like a verb that are not verbs. */
const RU_NOT_VERBS = new Set(['предмет', 'ответ', 'объект', 'совет', 'бюджет', 'сюжет', 'портрет', 'кредит', 'лимит', 'элемент', 'момент', 'аргумент', 'документ', 'текст', 'факт', 'быт', 'вет'])

/** 3rd person singular → infinitive: «определяет» → «определять», «использует» → «использовать». */
export function ruInfinitive(verb: string): string | null {
  const w = verb.toLowerCase()
  if (RU_NOT_VERBS.has(w) || w.length < 4) return null
  if (RU_IRREGULAR[w]) return RU_IRREGULAR[w]
  const rules: [RegExp, string][] = [
    [/уется$/, 'оваться'],
    [/([ая])ется$/, '$1ться'],
    [/ится$/, 'иться'],
    [/ует$/, 'овать'],
    [/([аяе])ет$/, '$1ть'],
    [/ит$/, 'ить'],
  ]
  for (const [re, to] of rules) if (re.test(w)) return w.replace(re, to)
  return null
}

function ru(text: string): RubricCells {
  const words = text.split(' ')
  // the criterion's verb is usually first, sometimes after a short lead («На основе источника делает …»)
  const at = words.slice(0, 4).findIndex((w) => ruInfinitive(w) !== null)
  if (at < 0) {
    return {
      low: `Затрудняется в выполнении заданий по критерию «${text}».`,
      middle: `Допускает ошибки в выполнении заданий по критерию «${text}».`,
      high: `Верно выполняет задания по критерию «${text}».`,
    }
  }
  const head = words.slice(0, at).map((w, i) => (i === 0 ? lowerFirst(w) : w))
  const verb = words[at].toLowerCase()
  const rest = words.slice(at + 1)
  const phrase = (...parts: string[]) => parts.filter(Boolean).join(' ')
  return {
    low: `${phrase('Затрудняется', ...head, ruInfinitive(verb)!, ...rest)}.`,
    middle: `${phrase('Допускает ошибки, когда', ...head, verb, ...rest)}.`,
    high: `${upperFirst(phrase(...head, 'верно', verb, ...rest))}.`,
  }
}

// ---------- English ----------
const EN_DOUBLE = new Set(['get', 'put', 'set', 'run', 'plan', 'stop', 'begin', 'cut', 'sit', 'swim', 'shop', 'drop', 'hit', 'let', 'spot'])
const EN_LEADS = [/^a learner\s+/i, /^learners\s+/i, /^the learner\s+/i, /^students?\s+/i, /^pupils?\s+/i]
const EN_NOT_VERBS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'with', 'for', 'of', 'to', 'by', 'from', 'using', 'basic'])

export function enBase(word: string): string {
  const w = word.toLowerCase()
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y'
  if (/(ss|x|z|ch|sh|o)es$/.test(w)) return w.slice(0, -2)
  if (/[^s]s$/.test(w) && !/(us|is)$/.test(w)) return w.slice(0, -1)
  return w
}

export function enGerund(base: string): string {
  if (EN_DOUBLE.has(base)) return base + base.slice(-1) + 'ing'
  if (/ie$/.test(base)) return base.slice(0, -2) + 'ying'
  if (/[^eoy]e$/.test(base)) return base.slice(0, -1) + 'ing'
  return base + 'ing'
}

export function enThirdPerson(base: string): string {
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies'
  if (/(s|x|z|ch|sh|o)$/.test(base)) return base + 'es'
  return base + 's'
}

function en(text: string): RubricCells {
  let body = text
  for (const re of EN_LEADS) body = body.replace(re, '')
  const words = body.split(' ')
  const first = words[0] ?? ''
  if (!/^[A-Za-z]+$/.test(first) || EN_NOT_VERBS.has(first.toLowerCase())) {
    return {
      low: `Experiences difficulties in tasks on “${text}”.`,
      middle: `Makes mistakes in tasks on “${text}”.`,
      high: `Correctly completes tasks on “${text}”.`,
    }
  }
  const base = enBase(first)
  const rest = words.slice(1).join(' ')
  const tail = rest ? ` ${rest}` : ''
  return {
    low: `Experiences difficulties in ${enGerund(base)}${tail}.`,
    middle: `Makes mistakes in ${enGerund(base)}${tail}.`,
    high: `Correctly ${enThirdPerson(base)}${tail}.`,
  }
}

/** The three cells for a criterion text in the document's language; empty cells for an empty criterion. */
export function rubricCells(criterionText: string, language: Language): RubricCells {
  const text = clean(criterionText)
  if (!text) return { low: '', middle: '', high: '' }
  if (language === 'kk') return kk(text)
  if (language === 'ru') return ru(text)
  return en(text)
}
