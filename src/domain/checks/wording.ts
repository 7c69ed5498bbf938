/**
 * Wording, in the document's language: criteria and descriptors state learner actions, not instructions;
 * descriptors name one observable action, without vague verbs; they continue «Обучающийся / Білім алушы /
 * A learner» with a lower-case start. Word lists live in lexicon.ts.
 */
import { criterionPath, descriptorPath } from '../anchors'
import type { Assessment, Language } from '../model'
import { kkLearnerForm, kkVerbalNoun, ruInfinitive } from '../rubric/wording'
import {
  AND, EN_ADDRESS, EN_DESCRIPTOR_VERBS, EN_INSTRUCTIONS, KK_IMPERATIVE, LEARNER_PREFIX, RESULT_NOUNS, RU_IMPERATIVE, RU_IMPERATIVE_FIX,
  RU_IMPERATIVE_WORDS, VAGUE_VERBS,
} from './lexicon'
import type { RawFinding } from './types'

const WORD = /[\p{L}\p{N}-]+/gu
const words = (s: string) => s.match(WORD) ?? []
const capital = (w: string, like: string) => (like[0] === like[0].toLocaleUpperCase() ? w[0].toLocaleUpperCase() + w.slice(1) : w)

export { kkLearnerForm }

interface Imperative {
  word: string
  replacement: string | null
}

/**
 * The instruction word in a text, if any, with the learner form that would replace it. `kind` tells a criterion
 * from a descriptor: English criteria are written in the base form ("Write words accurately", "Recognise the
 * main idea"), the official style of English-medium papers, so only addressing the pupil ("your") is flagged there.
 */
export function findImperative(text: string, language: Language, kind: 'criterion' | 'descriptor' = 'descriptor'): Imperative | null {
  const body = text.trim().replace(LEARNER_PREFIX[language], '')
  if (language === 'kk') return kkImperative(body)
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
  if (kind === 'descriptor' && EN_INSTRUCTIONS.includes(lower)) {
    const third = lower.endsWith('sh') || lower.endsWith('ch') ? lower + 'es' : lower + 's'
    return { word: first, replacement: EN_ADDRESS.test(body) ? null : capital(third, first) }
  }
  const you = EN_ADDRESS.exec(body)
  return you ? { word: you[0], replacement: null } : null
}

/**
 * Kazakh is verb-final: the last word of each clause. The fix turns each imperative into the 3rd person of the
 * same verb («жауап беріңіз» → «жауап береді»), so every object keeps the case that verb governs; it is offered
 * only when every imperative of the text can be turned so (checked back through the verbal noun), else none.
 */
function kkImperative(body: string): Imperative | null {
  const found: { word: string; form: string | null }[] = []
  for (const clause of body.split(/[.;!?\n,]+/)) {
    const ws = words(clause)
    const last = ws[ws.length - 1]
    if (last && last.length >= 5 && KK_IMPERATIVE.test(last.toLowerCase()) && !KK_NOT_IMPERATIVE.has(last.toLowerCase())) {
      found.push({ word: last, form: sameVerb(last) })
    }
  }
  if (found.length === 0) return null
  if (found.length > 1 || !found[0].form) return { word: found[0].word, replacement: null }
  return { word: found[0].word, replacement: capital(found[0].form, found[0].word) }
}

/** The 3rd person of an imperative, only if it is surely the same verb: its verbal noun is the imperative's stem + «у». */
function sameVerb(imperative: string): string | null {
  const form = kkLearnerForm(imperative)
  const noun = form ? kkVerbalNoun(form) : null
  if (!form || !noun) return null
  const stem = imperative.toLowerCase().replace(KK_IMPERATIVE, '')
  return noun === `${stem}у` || noun === `${stem.replace(/[ыі]$/, '')}у` ? form : null
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
      if (verb(ws[i - 1]) && verb(ws[ws.length - 1]) && !isResult(ws.slice(i + 1), language)) return true
    } else if (verb(ws[i + 1]) && ws.slice(0, i).some(verb)) {
      if (!isResult(ws.slice(i + 2, i + 5), language)) return true
    }
  }
  return false
}

/**
 * The second action only records the first one's result: «… и ставит верный знак», "… and writes the answer".
 * `objects` are the words around the second verb, not the verb itself; «жауап береді» (answers) is a verb.
 */
function isResult(objects: string[], language: Language): boolean {
  return objects.some((w, i) => RESULT_NOUNS[language].some((stem) => w.startsWith(stem)) && !(w === 'жауап' && objects[i + 1]?.startsWith('бер')))
}

function replaceWord(text: string, word: string, by: string): string {
  const at = text.lastIndexOf(word)
  return at < 0 ? text : text.slice(0, at) + by + text.slice(at + word.length)
}

/** A finding of one text, before it is anchored to a field: the fix, if any, replaces the whole text. */
interface TextFinding {
  severity: RawFinding['severity']
  ruleId: string
  params?: Record<string, string>
  replacement?: string
}

function criterionFindings(text: string, lang: Language): TextFinding[] {
  const out: TextFinding[] = []
  const imp = findImperative(text, lang, 'criterion')
  if (imp) out.push({ severity: 'warning', ruleId: 'criterion.imperative', params: { word: imp.word }, ...replacement(text, imp) })
  const vague = findVague(text, lang)
  if (vague) out.push({ severity: 'hint', ruleId: 'criterion.vague', params: { word: vague } })
  return out
}

function descriptorFindings(raw: string, lang: Language): TextFinding[] {
  const out: TextFinding[] = []
  const text = raw.trim()
  const imp = findImperative(text, lang)
  if (imp) out.push({ severity: 'warning', ruleId: 'descriptor.imperative', params: { word: imp.word }, ...replacement(raw, imp) })
  const vague = findVague(text, lang)
  if (vague) out.push({ severity: 'warning', ruleId: 'descriptor.vague', params: { word: vague } })
  if (hasTwoActions(text, lang)) out.push({ severity: 'hint', ruleId: 'descriptor.twoActions' })
  const prefix = LEARNER_PREFIX[lang].exec(text)
  if (prefix) out.push({ severity: 'hint', ruleId: 'descriptor.learnerPrefix', replacement: lowerStart(text.slice(prefix[0].length)) })
  else if (startsUpper(text)) out.push({ severity: 'hint', ruleId: 'descriptor.capital', replacement: lowerStart(text) })
  return out
}

/**
 * The wording findings of each text, kept until the text changes: a keystroke elsewhere (a mark, another field)
 * finds every other text here instead of splitting 350-character descriptors into words again. Bounded: past
 * `LIMIT` texts the oldest are forgotten (and worked out again if they come back).
 */
const LIMIT = 5000
type TextKind = 'criterion' | 'descriptor'
const caches = new Map<`${TextKind}:${Language}`, Map<string, TextFinding[]>>()
let computed = 0

function remembered(kind: TextKind, text: string, lang: Language): TextFinding[] {
  let map = caches.get(`${kind}:${lang}`)
  if (!map) caches.set(`${kind}:${lang}`, (map = new Map()))
  let found = map.get(text)
  if (!found) {
    computed += 1
    found = kind === 'criterion' ? criterionFindings(text, lang) : descriptorFindings(text, lang)
    if (map.size >= LIMIT) map.delete(map.keys().next().value as string)
    map.set(text, found)
  }
  return found
}

/** The wording findings of one criterion or descriptor text (cached): for the regression corpus and the rates. */
export function textFindings(kind: TextKind, text: string, lang: Language): { severity: RawFinding['severity']; ruleId: string }[] {
  return remembered(kind, text, lang).map(({ severity, ruleId }) => ({ severity, ruleId }))
}

/** How many texts were worked out (not found in the cache) since the start, and how many are kept: for tests. */
export function wordingCacheStats(): { computed: number; kept: number } {
  let kept = 0
  for (const map of caches.values()) kept += map.size
  return { computed, kept }
}

export function clearWordingCache(): void {
  caches.clear()
}

function anchor(findings: TextFinding[], path: string, out: RawFinding[]): void {
  for (const f of findings) {
    out.push({
      severity: f.severity,
      ruleId: f.ruleId,
      path,
      ...(f.params ? { params: f.params } : {}),
      ...(f.replacement !== undefined ? { fix: { kind: 'replaceText', path, value: f.replacement } } : {}),
    })
  }
}

export function wordingRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  const lang = a.language
  for (const c of a.criteria) {
    if (!c.text.trim()) continue
    anchor(remembered('criterion', c.text, lang), criterionPath(c.id, 'text'), out)
  }
  for (const t of a.tasks) {
    for (const d of t.descriptors) {
      if (!d.text.trim()) continue
      anchor(remembered('descriptor', d.text, lang), descriptorPath(t.id, d.id, 'text'), out)
    }
  }
  return out
}

function replacement(text: string, imp: Imperative): { replacement?: string } {
  return imp.replacement ? { replacement: replaceWord(text, imp.word, imp.replacement) } : {}
}

/** An upper-case first letter followed by a lower-case one (so «ҚР», "UK" and «M.Х.» stay as they are). */
function startsUpper(s: string): boolean {
  const [a, b] = [s[0], s[1] ?? '']
  const isUpper = (ch: string) => ch !== ch.toLocaleLowerCase() && ch === ch.toLocaleUpperCase()
  const isLower = (ch: string) => ch !== ch.toLocaleUpperCase() && ch === ch.toLocaleLowerCase()
  return isUpper(a) && isLower(b)
}

const lowerStart = (s: string) => (startsUpper(s) ? s[0].toLocaleLowerCase() + s.slice(1) : s)
