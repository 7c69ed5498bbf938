/**
 * The regression corpus: every real criterion and descriptor of the published documents
 * (tests/fixtures/shared/fixtures) and of the worked examples (src/data/examples), run through the wording
 * rules. Accepted, published wording must raise no error and no warning; on the published documents the only
 * hints are the ones listed below with their reason (a worked example may carry a hint: it is advice, not an alarm).
 * Each rule's false-alarm rate on the corpus is pinned (0 for every rule).
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { textFindings } from '@/domain/checks/wording'
import type { Language } from '@/domain/model'

interface Text { kind: 'criterion' | 'descriptor'; text: string; language: Language; file: string }

function corpus(): Text[] {
  const out: Text[] = []
  for (const dir of ['tests/fixtures/shared/fixtures', 'src/data/examples']) {
    for (const file of readdirSync(join(process.cwd(), dir)).filter((f) => f.endsWith('.json'))) {
      const d = JSON.parse(readFileSync(join(process.cwd(), dir, file), 'utf8'))
      for (const c of d.criteria ?? []) if (c.text?.trim()) out.push({ kind: 'criterion', text: c.text, language: d.language, file: `${dir}/${file}` })
      for (const t of d.tasks ?? []) {
        for (const x of t.descriptors ?? []) if (x.text?.trim()) out.push({ kind: 'descriptor', text: x.text, language: d.language, file: `${dir}/${file}` })
      }
    }
  }
  return out
}

/**
 * Hints the real documents justify: sor-kk-history-9 starts each descriptor with a capital letter
 * («Тарихи оқиғаны анықтайды;»), which a descriptor column continuing «Білім алушы» does not.
 */
const JUSTIFIED: { rule: string; file: RegExp; count: number }[] = [
  { rule: 'descriptor.capital', file: /sor-kk-history-9\.json$/, count: 13 },
]

const published = (t: Text) => t.file.startsWith('tests/fixtures/')
/** A finding that should not be there: any unlisted one on a published text, an error or warning on a worked example. */
const alarm = (t: Text, f: { severity: string; ruleId: string }) =>
  published(t) ? !JUSTIFIED.some((j) => j.rule === f.ruleId && j.file.test(t.file)) : f.severity !== 'hint'

/** Each wording rule and the texts it judges. */
const RULES = {
  'criterion.imperative': 'criterion', 'criterion.vague': 'criterion', 'descriptor.imperative': 'descriptor', 'descriptor.vague': 'descriptor',
  'descriptor.twoActions': 'descriptor', 'descriptor.learnerPrefix': 'descriptor', 'descriptor.capital': 'descriptor',
} as const

describe('wording rules over the real corpus', () => {
  const texts = corpus()
  const found = texts.map((t) => ({ ...t, findings: textFindings(t.kind, t.text, t.language) }))

  it('holds real texts of each kind in each language', () => {
    for (const language of ['kk', 'ru', 'en'] as const) expect(texts.filter((t) => t.language === language).length, language).toBeGreaterThan(2)
    expect(texts.filter((t) => t.kind === 'criterion').length).toBeGreaterThan(15)
    expect(texts.filter((t) => t.kind === 'descriptor').length).toBeGreaterThan(40)
  })

  it('raises no error and no warning on any real text', () => {
    const loud = found.flatMap((t) => t.findings.filter((f) => f.severity !== 'hint').map((f) => `${f.ruleId}: ${t.text}`))
    expect(loud).toEqual([])
  })

  it('raises only the listed, justified hints on the published documents', () => {
    for (const t of found.filter(published)) {
      for (const f of t.findings) expect(JUSTIFIED.some((j) => j.rule === f.ruleId && j.file.test(t.file)), `${f.ruleId}: ${t.text}`).toBe(true)
    }
    for (const j of JUSTIFIED) {
      expect(found.filter((t) => published(t) && j.file.test(t.file) && t.findings.some((f) => f.ruleId === j.rule)).length, j.rule).toBe(j.count)
    }
  })

  it('has a false-alarm rate of 0 for every rule (unjustified findings / texts the rule judges)', () => {
    const rates = Object.fromEntries(
      Object.entries(RULES).map(([rule, kind]) => {
        const judged = found.filter((t) => t.kind === kind)
        const unjustified = judged.filter((t) => t.findings.some((f) => f.ruleId === rule && alarm(t, f)))
        return [rule, `${unjustified.length}/${judged.length}`]
      }),
    )
    const criteria = found.filter((t) => t.kind === 'criterion').length
    const descriptors = found.filter((t) => t.kind === 'descriptor').length
    expect(rates).toEqual(Object.fromEntries(Object.entries(RULES).map(([rule, kind]) => [rule, `0/${kind === 'criterion' ? criteria : descriptors}`])))
  })
})

describe('learning objectives used as criteria', () => {
  it('never flags an objective of the curriculum as an instruction (English base forms such as "write with support …")', () => {
    const dir = join(process.cwd(), 'tests/fixtures/shared/curriculum')
    const flagged: string[] = []
    let judged = 0
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const d = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      for (const s of d.sections) {
        for (const o of s.objectives) {
          judged += 1
          if (textFindings('criterion', o.text, d.language).some((f) => f.ruleId === 'criterion.imperative')) flagged.push(o.text)
        }
      }
    }
    expect(judged).toBeGreaterThan(100)
    expect(flagged).toEqual([])
  })
})
