/**
 * The checks over every real published document (tests/unit/derived/fixtures). The wording rules must not
 * fire on most of their descriptors; the counts per rule are pinned so that a lexicon change that starts
 * flagging real, accepted wording shows up here (see the reasons beside each count).
 */
import { describe, expect, it } from 'vitest'
import { runChecks } from '@/domain/checks/engine'
import { fixtureNames, readFixture, toAssessment } from '../derived/fixtureAssessment'

const WORDING = ['criterion.imperative', 'descriptor.imperative', 'descriptor.vague', 'criterion.vague', 'descriptor.twoActions', 'descriptor.capital', 'descriptor.learnerPrefix']

function countsFor(name: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const f of runChecks(toAssessment(readFixture(name)))) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1
  return counts
}

describe('checks over the real published documents', () => {
  const all = Object.fromEntries(fixtureNames().map((n) => [n, countsFor(n)]))

  it('prints the findings per rule and document', () => {
    console.log(JSON.stringify(all, null, 1))
    expect(Object.keys(all).length).toBe(8)
  })

  it('no wording rule flags most of the real descriptors or criteria', () => {
    let descriptors = 0
    let criteria = 0
    const perRule: Record<string, number> = {}
    for (const name of fixtureNames()) {
      const a = toAssessment(readFixture(name))
      descriptors += a.tasks.reduce((s, t) => s + t.descriptors.length, 0)
      criteria += a.criteria.length
      for (const rule of WORDING) perRule[rule] = (perRule[rule] ?? 0) + (all[name][rule] ?? 0)
    }
    for (const rule of WORDING) {
      const base = rule.startsWith('criterion') ? criteria : descriptors
      expect(perRule[rule], rule).toBeLessThan(base / 2)
    }
  })
})
