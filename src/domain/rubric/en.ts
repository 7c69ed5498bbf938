/**
 * English verb forms for the parent rubric: base or 3rd person → -ing and 3rd person, tested against the real
 * criteria, descriptors and objectives (tests/unit/rubric/forms.test.ts). English criteria are written in the
 * base form ("Recognise basic general questions"); every verb of the leading verb group is turned
 * ("making up … and getting …"), and an adverb of correctness is said once ("Correctly writes words", not
 * "Correctly writes words accurately").
 */
import { LEARNER_PREFIX } from '../checks/lexicon'
import { bare, sentence, type RubricCells } from './text'

/** Verbs that criteria and descriptors use, in the base form. */
const VERBS = new Set([
  'identify', 'name', 'write', 'read', 'explain', 'describe', 'give', 'use', 'compare', 'list', 'define', 'calculate', 'find', 'draw',
  'answer', 'ask', 'state', 'choose', 'match', 'complete', 'spell', 'make', 'show', 'recognise', 'recognize', 'select', 'label', 'sort',
  'solve', 'measure', 'record', 'present', 'justify', 'evaluate', 'get', 'understand', 'deduce', 'predict', 'express', 'respond', 'talk',
  'speak', 'summarise', 'summarize', 'analyse', 'analyze', 'apply', 'interpret', 'classify', 'convert', 'construct', 'estimate', 'order',
  'round', 'plan', 'organise', 'organize', 'produce', 'pronounce', 'follow', 'distinguish', 'demonstrate', 'determine', 'locate', 'retell',
  'build', 'create', 'design', 'discuss', 'form', 'formulate', 'use', 'add', 'subtract', 'multiply', 'divide', 'simplify', 'plot', 'sketch',
  'translate', 'transform', 'check', 'prove', 'argue', 'suggest', 'outline', 'connect', 'link', 'arrange', 'put', 'fill', 'join', 'take',
  'provide', 'deduce', 'infer', 'research', 'investigate', 'observe', 'conclude', 'assess', 'critique', 'edit', 'proofread', 'punctuate',
  'paraphrase', 'narrate', 'report', 'introduce', 'greet', 'share', 'express', 'skim', 'scan', 'listen', 'understand', 'recall', 'remember',
  'point', 'tell', 'say', 'do', 'go', 'have', 'be', 'count', 'note', 'mark', 'copy', 'colour', 'color', 'act', 'perform', 'sing', 'play',
  'develop', 'sustain', 'communicate', 'keep', 'reflect', 'explore', 'think', 'work', 'look', 'circle', 'tick', 'underline', 'fill',
])
const DOUBLE = new Set(['get', 'put', 'set', 'run', 'plan', 'stop', 'begin', 'cut', 'sit', 'swim', 'shop', 'drop', 'hit', 'let', 'spot', 'plot', 'admit', 'omit', 'submit', 'permit', 'refer', 'prefer', 'occur', 'control', 'regret', 'forget', 'label', 'travel', 'model', 'signal'])
const THIRD: Record<string, string> = { have: 'has', be: 'is', do: 'does', go: 'goes', say: 'says' }
const LEADS = [/^(can|is able to|are able to|will be able to)\s+/i]
const CORRECTLY = /\s*\b(accurately|correctly|properly|without (any )?(mistakes|errors))\b/gi
const JOINS = new Set(['and', 'or'])

/** "writes" → "write", "identifies" → "identify", "matches" → "match"; the base form stays. */
export function enBase(word: string): string {
  const w = word.toLowerCase()
  if (VERBS.has(w)) return w
  if (w === 'has') return 'have'
  if (w === 'is') return 'be'
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y'
  if (/(ss|x|z|ch|sh|o)es$/.test(w)) return w.slice(0, -2)
  if (/[^s]s$/.test(w) && !/(us|is)$/.test(w)) return w.slice(0, -1)
  return w
}

export function enGerund(base: string): string {
  if (DOUBLE.has(base)) return base + base.slice(-1) + 'ing'
  if (/ie$/.test(base)) return base.slice(0, -2) + 'ying'
  if (/[^eoy]e$/.test(base)) return base.slice(0, -1) + 'ing'
  return base + 'ing'
}

export function enThirdPerson(base: string): string {
  if (THIRD[base]) return THIRD[base]
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies'
  if (/(s|x|z|ch|sh|o)$/.test(base)) return base + 'es'
  return base + 's'
}

/** The base form of a word if it is a verb we know (base or 3rd person), else null. */
export function enVerb(word: string): string | null {
  const base = enBase(word)
  return VERBS.has(base) ? base : null
}

interface Word { text: string; base: string | null }

function parse(text: string): Word[] | null {
  let body = text.replace(LEARNER_PREFIX.en, '')
  for (const re of LEADS) body = body.replace(re, '')
  body = body.replace(CORRECTLY, '').trim()
  const raw = body.split(' ')
  const first = enVerb(bare(raw[0] ?? '').core)
  if (!first) return null
  const words: Word[] = raw.map((text) => ({ text, base: null }))
  words[0].base = first
  for (let i = 1; i < raw.length; i++) {
    // "make up … and get …", "read, write and spell …"
    if (!JOINS.has(raw[i - 1].toLowerCase()) && !/[,;]/.test(bare(raw[i - 1]).tail)) continue
    // in the same form as the first verb: after "Give" a base form, after "Gives" a 3rd person ("answers" may be a noun)
    const core = bare(raw[i]).core
    const base = enVerb(core)
    if (base && (core.toLowerCase() === base) === (bare(raw[0]).core.toLowerCase() === first)) words[i].base = base
  }
  return words
}

function en(text: string): RubricCells {
  const words = parse(text)
  if (!words) {
    return {
      low: `Experiences difficulties in tasks on “${text}”.`,
      middle: `Makes mistakes in tasks on “${text}”.`,
      high: `Correctly completes tasks on “${text}”.`,
    }
  }
  const turn = (f: (base: string) => string) => words.map((w) => (w.base ? f(w.base) + bare(w.text).tail : w.text))
  return {
    low: sentence(['Experiences difficulties in', ...turn(enGerund)]),
    middle: sentence(['Makes mistakes in', ...turn(enGerund)]),
    high: sentence(['Correctly', ...turn(enThirdPerson)]),
  }
}

export { en as enCells }
