/**
 * Words the wording rules look for, in kk, ru and en, as data. Tried against the real published
 * documents in tests (tests/unit/checks/fixtures.test.ts): each list was narrowed until it stopped
 * firing on their ordinary descriptors.
 */
import type { Language } from '../model'

/** Verbs that name no observable action (a descriptor should say what the learner does). */
export const VAGUE_VERBS: Record<Language, string[]> = {
  kk: ['біледі', 'түсінеді', 'ұғынады', 'меңгереді', 'түсінігі бар', 'ұғымы бар', 'біледі және түсінеді'],
  ru: ['знает', 'понимает', 'осознает', 'осознаёт', 'усваивает', 'имеет представление', 'владеет знаниями', 'разбирается'],
  en: ['knows', 'understands', 'is aware', 'is familiar with', 'appreciates', 'knows about', 'has an idea'],
}

/** Endings of imperative (instruction-to-pupil) forms. kk: the polite and plural imperatives, which end a clause. */
export const KK_IMPERATIVE = /(ыңыз|іңіз|ңыз|ңіз|ыңдар|іңдер|ңдар|ңдер|ыңыздар|іңіздер|ңыздар|ңіздер)$/u
/** ru: the plural/polite imperative («Определите», «Прочитайте»), at the start of a sentence. */
export const RU_IMPERATIVE = /^[а-яё]{3,}(ите|йте|ьте)$/u
/** ru informal imperatives that a criterion sometimes starts with (too short to catch by ending). */
export const RU_IMPERATIVE_WORDS = ['определи', 'напиши', 'запиши', 'найди', 'вычисли', 'сравни', 'объясни', 'укажи', 'выбери', 'приведи', 'назови', 'опиши', 'прочитай', 'реши', 'составь', 'заполни', 'построй', 'докажи', 'подчеркни']
/** en: instruction verbs of task sheets; English criteria are written in the base form, so only these count. */
export const EN_INSTRUCTIONS = ['write', 'read', 'listen', 'answer', 'fill', 'complete', 'choose', 'circle', 'match', 'underline', 'tick', 'look', 'put', 'draw', 'find', 'imagine', 'work', 'copy', 'label', 'colour', 'color']
/** en: addressing the pupil. */
export const EN_ADDRESS = /\b(you|your)\b/i

/** ru imperative → learner action («Определите» → «Определяет»). */
export const RU_IMPERATIVE_FIX: Record<string, string> = {
  определите: 'определяет', определи: 'определяет', напишите: 'пишет', напиши: 'пишет', запишите: 'записывает', запиши: 'записывает',
  найдите: 'находит', найди: 'находит', вычислите: 'вычисляет', вычисли: 'вычисляет', сравните: 'сравнивает', сравни: 'сравнивает',
  объясните: 'объясняет', объясни: 'объясняет', укажите: 'указывает', укажи: 'указывает', выберите: 'выбирает', выбери: 'выбирает',
  приведите: 'приводит', приведи: 'приводит', назовите: 'называет', назови: 'называет', опишите: 'описывает', опиши: 'описывает',
  прочитайте: 'читает', прочитай: 'читает', решите: 'решает', реши: 'решает', составьте: 'составляет', составь: 'составляет',
  заполните: 'заполняет', заполни: 'заполняет', постройте: 'строит', построй: 'строит', докажите: 'доказывает', докажи: 'доказывает',
  перечислите: 'перечисляет', подчеркните: 'подчёркивает', подчеркни: 'подчёркивает', соотнесите: 'соотносит', установите: 'устанавливает',
  ответьте: 'отвечает', рассчитайте: 'рассчитывает', классифицируйте: 'классифицирует', проанализируйте: 'анализирует',
  используйте: 'использует', нарисуйте: 'рисует', начертите: 'чертит', расставьте: 'расставляет', вставьте: 'вставляет',
}

/** kk imperatives whose stem ends in ы/і (so the ending rule cannot find it): «оқыңыз» → «оқиды». */
export const KK_IMPERATIVE_FIX: Record<string, string> = { оқыңыз: 'оқиды', оқыңдар: 'оқиды', оқы: 'оқиды', тоқыңыз: 'тоқиды' }

/** The learner word a descriptor column already prints; repeating it in each descriptor is redundant. */
export const LEARNER_PREFIX: Record<Language, RegExp> = {
  kk: /^білім\s+алушы(лар)?\s+/iu,
  ru: /^(обучающийся|обучающиеся|учащийся|ученик)\s+/iu,
  en: /^(a|the)\s+learner\s+|^learners\s+/iu,
}

/** Conjunctions that can join two actions in one descriptor. */
export const AND: Record<Language, string[]> = { kk: ['және', 'әрі'], ru: ['и'], en: ['and'] }

/**
 * Nouns naming the result of an action: a descriptor whose second verb only records it names one action
 * («сравнивает многозначные числа и ставит верный знак», «мәнін табады және жауабын жазады»). Word starts.
 */
export const RESULT_NOUNS: Record<Language, string[]> = {
  kk: ['белгі', 'жауаб', 'жауап', 'нәтиже'],
  ru: ['знак', 'ответ', 'результат'],
  en: ['sign', 'answer', 'result'],
}

/** en verbs in the 3rd person that descriptors use; two of them joined by "and" are two actions. */
export const EN_DESCRIPTOR_VERBS = [
  'identifies', 'names', 'writes', 'explains', 'describes', 'gives', 'uses', 'compares', 'lists', 'defines', 'calculates',
  'finds', 'draws', 'reads', 'answers', 'asks', 'states', 'chooses', 'matches', 'completes', 'spells', 'makes', 'shows',
  'recognises', 'recognizes', 'selects', 'labels', 'sorts', 'solves', 'measures', 'records', 'presents', 'justifies', 'evaluates',
]
