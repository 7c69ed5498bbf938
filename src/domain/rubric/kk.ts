/**
 * Kazakh verb forms for the parent rubric, as rules tested against the real criteria and descriptors
 * (tests/unit/rubric/forms.test.ts): 3rd person «-ады/-еді/-йды/-йді/-иды» → verbal noun «-у»,
 * polite/plural imperative «-ыңыз/-іңіз/-ңыз/-ыңдар …» → verbal noun and 3rd person, verbal noun → 3rd person.
 * Kazakh is verb-final: the verb of each clause is the word before «және / немесе / әрі», a comma, or the end.
 */
import { KK_IMPERATIVE, KK_IMPERATIVE_FIX } from '../checks/lexicon'
import { bare, sentence, upperFirst, type RubricCells } from './text'

const FRONT = /[еәіөүи]/
const BACK = /[аоұыуя]/
const VOWEL_END = /[аеәоөұүыіуиэюя]$/

const KK_VERB = /^[\p{L}-]+(ады|еді|әді|йды|йді|иды|иді)$/u
/** Accusative nouns whose ending looks like a verb's («жағдайды» = the situation). */
const NOUNS_LIKE_VERBS = new Set(['жағдайды', 'жағдайді', 'шайды', 'майды', 'айды', 'тайды', 'ойды', 'бойды', 'үйді', 'күйді', 'сарайды', 'құдайды', 'миды'])
/** Verbs whose stem ends in ы/і or й, which the ending rules cannot see. */
const THIRD_TO_NOUN: Record<string, string> = { қояды: 'қою', жояды: 'жою', сояды: 'сою', тияды: 'тию', киеді: 'кию' }
const NOUN_TO_THIRD: Record<string, string> = { оқу: 'оқиды', тану: 'таниды', тоқу: 'тоқиды', қою: 'қояды', жою: 'жояды', кию: 'киеді' }
/** Nouns ending in «-у» that are not verbal nouns. */
const NOT_VERBAL_NOUNS = new Set(['тау', 'жау', 'дау', 'бау', 'қару', 'ару', 'су', 'ту', 'шу', 'ру', 'сұлу', 'ою'])

function front(stem: string): boolean {
  for (let i = stem.length - 1; i >= 0; i--) {
    if (FRONT.test(stem[i])) return true
    if (BACK.test(stem[i])) return false
  }
  return false
}

/** «орындайды» → «орындау», «табады» → «табу», «береді» → «беру», «оқиды» → «оқу»; null if not a verb form. */
export function kkVerbalNoun(verb: string): string | null {
  const w = verb.toLowerCase()
  if (THIRD_TO_NOUN[w]) return THIRD_TO_NOUN[w]
  const m = KK_VERB.exec(w)
  if (!m || NOUNS_LIKE_VERBS.has(w) || w.length - m[1].length < 2) return null
  return verb.slice(0, -m[1].length) + 'у'
}

/** Locative of a verbal noun by vowel harmony of its last stem vowel: «орындау» → «орындауда», «беру» → «беруде». */
export function kkLocative(noun: string): string {
  return noun + (front(noun.slice(0, -1)) ? 'де' : 'да')
}

/** 3rd person of a verb stem: «жаз» → «жазады», «анықта» → «анықтайды», «келтір» → «келтіреді». */
export function kkThirdOfStem(stem: string): string {
  const f = front(stem)
  return stem + (VOWEL_END.test(stem) ? (f ? 'йді' : 'йды') : f ? 'еді' : 'ады')
}

/** The stem of a polite or plural imperative: «жазыңыз» → «жаз», «анықтаңыз» → «анықта»; null if none. */
export function kkImperativeStem(word: string): string | null {
  const m = KK_IMPERATIVE.exec(word.toLowerCase())
  if (!m) return null
  const stem = word.slice(0, -m[1].length)
  return stem.length >= 2 ? stem : null
}

/** kk imperative → 3rd person: «жазыңыз» → «жазады», «келтіріңдер» → «келтіреді»; null if not one. */
export function kkLearnerForm(imperative: string): string | null {
  const fixed = KK_IMPERATIVE_FIX[imperative.toLowerCase()]
  if (fixed) return fixed
  const stem = kkImperativeStem(imperative)
  return stem ? kkThirdOfStem(stem) : null
}

function imperativeNoun(word: string): string | null {
  const fixed = KK_IMPERATIVE_FIX[word.toLowerCase()]
  if (fixed) return kkVerbalNoun(fixed)
  const stem = kkImperativeStem(word)
  return stem ? stem + 'у' : null
}

/** A verbal noun written as the criterion's verb («…салыстыру»), the style of the learning objectives. */
function isVerbalNoun(word: string): boolean {
  const w = word.toLowerCase()
  if (NOUN_TO_THIRD[w]) return true
  return /^\p{L}{2,}[^аеәоөұүыіуи]у$|^\p{L}{2,}[ае]у$/u.test(w) && !NOT_VERBAL_NOUNS.has(w)
}

function verbalNounToThird(noun: string): string {
  const fixed = NOUN_TO_THIRD[noun.toLowerCase()]
  return fixed ?? kkThirdOfStem(noun.slice(0, -1))
}

interface KkVerb {
  noun: string
  third: string
}

/**
 * The verb a word stands for, in the two forms the cells need; null if it is no verb form we can turn.
 * A verbal noun counts only as the last word (objective style): before «және» it is a noun («қосу және азайту амалдарын»).
 */
export function kkVerb(word: string, last = true): KkVerb | null {
  const noun = kkVerbalNoun(word)
  if (noun) return { noun, third: word }
  const fromImperative = imperativeNoun(word)
  if (fromImperative) return { noun: fromImperative, third: kkLearnerForm(word)! }
  if (last && isVerbalNoun(word)) return { noun: word, third: verbalNounToThird(word) }
  return null
}

const CONJUNCTIONS = new Set(['және', 'немесе', 'әрі'])
/** Words saying «correctly» already: dropped, so that the high cell says it once. */
const CORRECTLY = new Set(['дұрыс', 'қатесіз'])
/** Nouns that make one verb with the next word: «баға береді», «жауап береді», «талдау жасайды». */
const LIGHT = new Set(['баға', 'жауап', 'талдау', 'сипаттама', 'түсініктеме', 'мысал', 'мысалдар', 'анықтама', 'қорытынды', 'дәлел', 'дәлелдер', 'ұсыныс', 'шешім', 'салыстыру'])

/** A verbal noun with a case ending: «азайтуды», «шығаруда». */
const INFLECTED_NOUN = /[ую](ды|ді|ға|ге|да|де|дан|ден|мен|ның|нің|ы|і)$/

/** Auxiliary verbs after a converb: «анықтай біледі», «оқи алады». */
const AUXILIARY = /^(біледі|білу|алады|алу)$/

interface Word { text: string; verb: KkVerb | null }

/** The verbal noun of a converb before «алады / біледі»: «шеше» → «шешу», «анықтай» → «анықтау», «оқи» → «оқу». */
function converbNoun(word: string): string | null {
  const w = word.toLowerCase()
  if (!/^\p{L}{2,}$/u.test(w)) return null
  if (/[аеә]й$/.test(w)) return w.slice(0, -1) + 'у'
  if (/[^аеәоөұүыіуи]и$/.test(w)) return w.slice(0, -1) + 'у'
  if (/[^аеәоөұүыіуи][ае]$/.test(w)) return w.slice(0, -1) + 'у'
  return null
}

function parse(text: string): Word[] | null {
  const words = text.split(' ').filter((w) => !CORRECTLY.has(w.toLowerCase()))
  const out: Word[] = words.map((text, i) => {
    const { core, tail } = bare(text)
    const next = words[i + 1]
    const clauseEnd = i === words.length - 1 || tail.includes(',') || (next !== undefined && CONJUNCTIONS.has(next.toLowerCase()))
    return { text, verb: clauseEnd && !CONJUNCTIONS.has(core.toLowerCase()) ? kkVerb(core, i === words.length - 1) : null }
  })
  if (out.length === 0 || !out[out.length - 1].verb) return null
  // verbal nouns ending a clause are verbs too when the last word is one: «сандарды оқу, жазу және салыстыру»,
  // but not a noun joined to an inflected one: «қосу және азайтуды орындау»
  if (isVerbalNoun(bare(words[words.length - 1]).core)) {
    out.forEach((w, i) => {
      const { core, tail } = bare(w.text)
      const beforeJoin = CONJUNCTIONS.has(words[i + 1]?.toLowerCase() ?? '') && !INFLECTED_NOUN.test(words[i + 2] ?? '')
      if (!w.verb && (beforeJoin || tail.includes(',')) && isVerbalNoun(core)) w.verb = kkVerb(core)
    })
  }
  return out
}

function withTail(word: string, form: string): string {
  return form + bare(word).tail
}

function kk(text: string): RubricCells {
  const words = parse(text)
  if (!words) {
    return {
      low: `«${text}» бойынша тапсырмаларды орындауда қиналады.`,
      middle: `«${text}» бойынша тапсырмаларда қателіктер жібереді.`,
      high: `«${text}» бойынша тапсырмаларды дұрыс орындайды.`,
    }
  }
  const nouns = words
    .map((w, i) => {
      // «шеше алады», «анықтай біледі»: the action is the converb's verb («шешуде», «анықтауда»)
      const ability = w.verb && i > 0 && AUXILIARY.test(bare(w.text).core.toLowerCase()) ? converbNoun(words[i - 1].text) : null
      if (ability) return withTail(w.text, kkLocative(ability))
      const next = words[i + 1]
      if (next?.verb && AUXILIARY.test(bare(next.text).core.toLowerCase()) && converbNoun(w.text)) return ''
      return w.verb ? withTail(w.text, kkLocative(w.verb.noun)) : w.text
    })
    .filter(Boolean)
    .join(' ')
  const high: string[] = []
  words.forEach((w, i) => {
    const prev = words[i - 1]
    // «дұрыс» once before each verb group, not between joined verbs («дұрыс көбейтеді және бөледі», «дұрыс оқиды, жазады …»)
    const joined = (prev?.verb && bare(prev.text).tail.includes(',')) || (prev !== undefined && CONJUNCTIONS.has(prev.text.toLowerCase()) && words[i - 2]?.verb)
    if (w.verb && !joined) {
      // before a noun or converb that makes one verb with it: «дұрыс баға береді», «дұрыс анықтай біледі»
      const before = high.length > 0 ? high[high.length - 1].toLowerCase() : ''
      const light = LIGHT.has(before) || (AUXILIARY.test(bare(w.text).core.toLowerCase()) && /[аейю]$/.test(before))
      if (light) high.splice(high.length - 1, 0, 'дұрыс')
      else high.push('дұрыс')
    }
    high.push(w.verb ? withTail(w.text, w.verb.third) : w.text)
  })
  return {
    low: sentence([upperFirst(nouns), 'қиналады']),
    middle: sentence([upperFirst(nouns), 'қателіктер жібереді']),
    high: sentence([upperFirst(high.join(' '))]),
  }
}

export { kk as kkCells }
