/**
 * Wording, in the document's language: criteria and descriptors state learner actions, not instructions;
 * descriptors name one observable action, without vague verbs; they continue «Обучающийся / Білім алушы /
 * A learner» with a lower-case start. Word lists live in lexicon.ts.
 */
import { criterionPath, descriptorPath } from '../anchors'
import type { Assessment, Language } from '../model'
import { kkVerbalNoun, ruInfinitive } from '../rubric/wording'
import {
  AND, EN_ADDRESS, EN_DESCRIPTOR_VERBS, EN_INSTRUCTIONS, KK_IMPERATIVE, KK_IMPERATIVE_FIX, LEARNER_PREFIX, RU_IMPERATIVE,
  RU_IMPERATIVE_FIX, RU_IMPERATIVE_WORDS, VAGUE_VERBS,
} from './lexicon'
import type { Fix, RawFinding } from './types'

const WORD = /[\p{L}\p{N}-]+/gu
const words = (s: string) => s.match(WORD) ?? []
const capital = (w: string, like: string) => (like[0] === like[0].toLocaleUpperCase() ? w[0].toLocaleUpperCase() + w.slice(1) : w)
const KK_FRONT = /[еәіөүи]/
const KK_BACK = /[аоұыуя]/

/** kk imperative → 3rd person: «жазыңыз» → «жазады», «анықтаңыз» → «анықтайды», «келтіріңдер» → «келтіреді». */
export function kkLearnerForm(imperative: string): string | null {
  const lower = imperative.toLowerCase()
  if (KK_IMPERATIVE_FIX[lower]) return KK_IMPERATIVE_FIX[lower]
  const m = KK_IMPERATIVE.exec(lower)
  if (!m) return null
  const stem = lower.slice(0, -m[1].length)
  if (stem.length < 2) return null
  let front = false
  for (let i = stem.length - 1; i >= 0; i--) {
    if (KK_FRONT.test(stem[i])) { front = true; break }
    if (KK_BACK.test(stem[i])) break
  }
  const vowelEnd = /[аеәоөұүыіуи]$/.test(stem)
  return stem + (vowelEnd ? (front ? 'йді' : 'йды') : front ? 'еді' : 'ады')
}

interface Imperative {
  word: string
  replacement: string | null
}

/** The instruction word in a text, if any, with the learner form that would replace it. */
export function findImperative(text: string, language: Language): Imperative | null {
  const body = text.trim().replace(LEARNER_PREFIX[language], '')
  if (language === 'kk') {
    // Kazakh is verb-final: look at the last word of each clause
    for (const clause of body.split(/[.;!?\n]+/)) {
      const ws = words(clause)
      const last = ws[ws.length - 1]
      if (last && last.length >= 5 && KK_IMPERATIVE.test(last.toLowerCase()) && !KK_NOT_IMPERATIVE.has(last.toLowerCase())) {
        const form = kkLearnerForm(last)
        return { word: last, replacement: form ? capital(form, last) : null }
      }
    }
    return null
  }
  const first = words(body)[0]
  if (!first) return null
  const lower = first.toLowerCase()
  if (language === 'ru') {
    if (RU_IMPERATIVE.test(lower) || RU_IMPERATIVE_WORDS.includes(lower)) {
      const to = RU_IMPERATIVE_FIX[lower]
      return { word: first, replacement: to ? capital(to, first) : null }
    }
    return null
  }
  if (EN_INSTRUCTIONS.includes(lower)) {
    const third = lower.endsWith('sh') || lower.endsWith('ch') ? lower + 'es' : lower + 's'
    return { word: first, replacement: EN_ADDRESS.test(body) ? null : capital(third, first) }
  }
  const you = EN_ADDRESS.exec(body)
  return you ? { word: you[0], replacement: null } : null
}

/** Nouns that end like a kk imperative. */
const KK_NOT_IMPERATIVE = new Set(['теңіз', 'теңіздер', 'мүйіз', 'мүйіздер'])

export function findVague(text: string, language: Language): string | null {
  const raw = text.toLowerCase()
  // cheap substring test first: most descriptors contain none of the phrases
  if (!VAGUE_VERBS[language].some((phrase) => raw.includes(phrase))) return null
  const lower = ` ${words(raw).join(' ')} `
  for (const phrase of VAGUE_VERBS[language]) if (lower.includes(` ${phrase} `)) return phrase
  return null
}

const isVerb: Record<Language, (w: string) => boolean> = {
  kk: (w) => kkVerbalNoun(w) !== null,
  ru: (w) => /(ет|ит|ёт|ется|ится)$/.test(w) && ruInfinitive(w) !== null,
  en: (w) => EN_DESCRIPTOR_VERBS.includes(w),
}

/** Two actions joined in one: «…табады және жазады», «называет и объясняет», "names and explains". */
export function hasTwoActions(text: string, language: Language): boolean {
  const raw = text.toLowerCase()
  if (!AND[language].some((and) => raw.includes(` ${and} `))) return false
  const ws = words(raw)
  const verb = isVerb[language]
  for (let i = 1; i < ws.length - 1; i++) {
    if (!AND[language].includes(ws[i])) continue
    if (language === 'kk') {
      if (verb(ws[i - 1]) && verb(ws[ws.length - 1])) return true
    } else if (verb(ws[i + 1]) && ws.slice(0, i).some(verb)) return true
  }
  return false
}

function replaceWord(text: string, word: string, by: string): string {
  const at = text.lastIndexOf(word)
  return at < 0 ? text : text.slice(0, at) + by + text.slice(at + word.length)
}

export function wordingRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  const lang = a.language
  for (const c of a.criteria) {
    if (!c.text.trim()) continue
    const path = criterionPath(c.id, 'text')
    const imp = findImperative(c.text, lang)
    if (imp) out.push({ severity: 'warning', ruleId: 'criterion.imperative', path, params: { word: imp.word }, ...textFix(path, c.text, imp) })
    const vague = findVague(c.text, lang)
    if (vague) out.push({ severity: 'hint', ruleId: 'criterion.vague', path, params: { word: vague } })
  }
  for (const t of a.tasks) {
    for (const d of t.descriptors) {
      const text = d.text.trim()
      if (!text) continue
      const path = descriptorPath(t.id, d.id, 'text')
      const imp = findImperative(text, lang)
      if (imp) out.push({ severity: 'warning', ruleId: 'descriptor.imperative', path, params: { word: imp.word }, ...textFix(path, d.text, imp) })
      const vague = findVague(text, lang)
      if (vague) out.push({ severity: 'warning', ruleId: 'descriptor.vague', path, params: { word: vague } })
      if (hasTwoActions(text, lang)) out.push({ severity: 'hint', ruleId: 'descriptor.twoActions', path })
      const prefix = LEARNER_PREFIX[lang].exec(text)
      if (prefix) {
        out.push({ severity: 'hint', ruleId: 'descriptor.learnerPrefix', path, fix: { kind: 'replaceText', path, value: lowerStart(text.slice(prefix[0].length)) } })
      } else if (startsUpper(text)) {
        out.push({ severity: 'hint', ruleId: 'descriptor.capital', path, fix: { kind: 'replaceText', path, value: lowerStart(text) } })
      }
    }
  }
  return out
}

function textFix(path: string, text: string, imp: Imperative): { fix?: Fix } {
  return imp.replacement ? { fix: { kind: 'replaceText', path, value: replaceWord(text, imp.word, imp.replacement) } } : {}
}

/** An upper-case first letter followed by a lower-case one (so «ҚР», "UK" and «M.Х.» stay as they are). */
function startsUpper(s: string): boolean {
  const [a, b] = [s[0], s[1] ?? '']
  const isUpper = (ch: string) => ch !== ch.toLocaleLowerCase() && ch === ch.toLocaleUpperCase()
  const isLower = (ch: string) => ch !== ch.toLocaleUpperCase() && ch === ch.toLocaleLowerCase()
  return isUpper(a) && isLower(b)
}

const lowerStart = (s: string) => (startsUpper(s) ? s[0].toLocaleLowerCase() + s.slice(1) : s)
