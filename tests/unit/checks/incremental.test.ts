/**
 * The editor's checker (createChecker) reruns only the rule families whose fields changed, and the wording
 * rules work out each text once until it changes. Proof that this is the full run's answer after every kind of
 * edit, that a mark runs the points rules alone, and that the text cache is reused and left when a text changes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createChecker, FAMILY_READS, RULE_FAMILIES, runChecks } from '@/domain/checks/engine'
import { clearWordingCache, wordingCacheStats } from '@/domain/checks/wording'
import { createCriterion, createDescriptor, createObjective, createOption, createTask } from '@/domain/factories'
import type { Assessment } from '@/domain/model'
import * as op from '@/domain/operations'
import { longDescriptorAssessment, sampleAssessment } from '../export/sample'

type Edit = [string, (a: Assessment) => Assessment]

const first = (a: Assessment) => a.tasks[0]
const mc = (a: Assessment) => a.tasks.find((t) => t.type === 'multipleChoice' && t.options.length >= 2)!

/** One edit of every field the rules read, and of the lists they walk; some bring findings, some take them away. */
const EDITS: Edit[] = [
  ['a mark', (a) => op.updateDescriptor(a, first(a).id, first(a).descriptors[0].id, { points: 3 })],
  ['a mark to 0', (a) => op.updateDescriptor(a, first(a).id, first(a).descriptors[0].id, { points: 0 })],
  ['a mark to a fraction', (a) => op.updateDescriptor(a, first(a).id, first(a).descriptors[0].id, { points: 1.5 })],
  ['a descriptor text, imperative', (a) => op.updateDescriptor(a, first(a).id, first(a).descriptors[0].id, { text: 'Жасушаның бөліктерін атаңыз' })],
  ['a descriptor text, vague and two actions', (a) => op.updateDescriptor(a, a.tasks[1].id, a.tasks[1].descriptors[0].id, { text: 'оқиғаның себебін жазады және түсінеді' })],
  ['a descriptor text, duplicate', (a) => op.updateDescriptor(a, a.tasks[1].id, a.tasks[1].descriptors[1].id, { text: a.tasks[1].descriptors[0].text })],
  ['a descriptor text emptied', (a) => op.updateDescriptor(a, a.tasks[2].id, a.tasks[2].descriptors[0].id, { text: '' })],
  ['a descriptor criterion', (a) => op.updateDescriptor(a, a.tasks[2].id, a.tasks[2].descriptors[0].id, { criterionId: a.criteria[1].id })],
  ['a descriptor added', (a) => op.addDescriptor(a, first(a).id, createDescriptor(9, null, 'Білім алушы жасушаны сипаттайды', 1))],
  ['a descriptor removed', (a) => op.removeDescriptor(a, first(a).id, first(a).descriptors[0].id)],
  ['a descriptor moved', (a) => op.moveDescriptor(a, a.tasks[1].id, a.tasks[1].descriptors[0].id, 1)],
  ['a task text emptied', (a) => op.updateTask(a, first(a).id, { text: '' })],
  ['a task made a dictation', (a) => op.updateTask(a, first(a).id, { text: 'Диктант: сөздерді тыңдап, жазыңыз.' })],
  ['a dictation given its script', (a) => op.updateTask(a, first(a).id, { text: 'Диктант', script: 'алма, қала, дала' })],
  ['a task type', (a) => op.updateTask(a, a.tasks[1].id, { type: 'multipleChoice' })],
  ['a task level cleared', (a) => op.updateTask(a, a.tasks[1].id, { level: null })],
  ['every level the same', (a) => a.tasks.reduce((b, t) => op.updateTask(b, t.id, { level: 'knowledge' }), a)],
  ['a task minutes', (a) => op.updateTask(a, first(a).id, { minutes: 90 })],
  ['a task minutes cleared', (a) => op.updateTask(a, first(a).id, { minutes: null })],
  ['a task criterion link', (a) => op.toggleTaskCriterion(a, first(a).id, first(a).criterionIds[0])],
  ['a task added', (a) => op.addTask(a, createTask(99, 'shortAnswer'))],
  ['a task removed', (a) => op.removeTask(a, a.tasks[2].id)],
  ['a task moved', (a) => op.moveTask(a, first(a).id, 3)],
  ['an option text', (a) => op.updateOption(a, mc(a).id, mc(a).options[1].id, { text: mc(a).options[0].text })],
  ['an option unmarked', (a) => op.updateOption(a, mc(a).id, mc(a).options[1].id, { correct: false })],
  ['an option removed', (a) => op.removeOption(a, mc(a).id, mc(a).options[0].id)],
  ['an option added', (a) => op.addOption(a, mc(a).id, createOption(9, ''))],
  ['a criterion text, imperative', (a) => op.updateCriterion(a, a.criteria[0].id, { text: 'Жасушаның құрылысын сипаттаңыз' })],
  ['a criterion text emptied', (a) => op.updateCriterion(a, a.criteria[1].id, { text: '' })],
  ['a criterion objective link', (a) => op.toggleCriterionObjective(a, a.criteria[0].id, a.criteria[0].objectiveIds[0])],
  ['a criterion added', (a) => op.addCriterion(a, createCriterion(5, 'Жаңа критерий анықтайды'))],
  ['a criterion removed', (a) => op.removeCriterion(a, a.criteria[1].id)],
  ['an objective code emptied', (a) => op.updateObjective(a, a.objectives[0].id, { code: '' })],
  ['an objective added', (a) => op.addObjective(a, createObjective(5, '7.9.9.9', 'Жаңа мақсат'))],
  ['an objective removed', (a) => op.removeObjective(a, a.objectives[1].id)],
  ['the subject, grade and term cleared', (a) => op.updateHeader(a, { subject: '', grade: null, term: null })],
  ['the duration', (a) => op.updateHeader(a, { durationMinutes: 5 })],
  ['the duration cleared', (a) => op.updateHeader(a, { durationMinutes: null })],
  ['the kind', (a) => op.updateHeader(a, { kind: a.kind === 'unit' ? 'term' : 'unit' })],
  ['the language', (a) => op.updateHeader(a, { language: 'ru' })],
  ['the language back', (a) => op.updateHeader(a, { language: 'kk' })],
]

describe('createChecker', () => {
  beforeEach(() => clearWordingCache())

  it('gives the full run’s findings after each edit, one after another', () => {
    const check = createChecker()
    let a = sampleAssessment('kk', 9)
    expect(check(a)).toEqual(runChecks(a))
    for (const [what, edit] of EDITS) {
      a = edit(a)
      expect(check(a), what).toEqual(runChecks(a))
    }
  })

  it('gives the full run’s findings after each edit made alone on the same document', () => {
    const base = sampleAssessment('kk', 9)
    for (const [what, edit] of EDITS) {
      const check = createChecker()
      check(base)
      const a = edit(base)
      expect(check(a), what).toEqual(runChecks(a))
      // and back again: the kept results of the first run are not stale
      expect(check(base), `${what}, undone`).toEqual(runChecks(base))
    }
  })

  it('gives back the same array while the findings stay the same', () => {
    const check = createChecker()
    const a = sampleAssessment('kk', 9)
    const before = check(a)
    // one mark up and another down: the points rules run again and find the same
    const [t1, t2] = [a.tasks[1], a.tasks[2]]
    const up = op.updateDescriptor(a, t1.id, t1.descriptors[1].id, { points: t1.descriptors[1].points + 1 })
    const b = op.updateDescriptor(up, t2.id, t2.descriptors[1].id, { points: t2.descriptors[1].points - 1 })
    expect(check(b)).toBe(before)
    const c = op.updateDescriptor(b, t1.id, t1.descriptors[1].id, { points: 0 })
    expect(check(c)).not.toBe(before)
    expect(check(c)).toEqual(runChecks(c))
  })

  describe('which rule families run', () => {
    const spies: ReturnType<typeof vi.spyOn>[] = []
    const calls = () => Object.fromEntries(Object.keys(RULE_FAMILIES).map((name, i) => [name, spies[i].mock.calls.length]))
    beforeEach(() => {
      for (const name of Object.keys(RULE_FAMILIES) as (keyof typeof RULE_FAMILIES)[]) spies.push(vi.spyOn(RULE_FAMILIES, name))
    })
    afterEach(() => {
      spies.splice(0).forEach((s) => s.mockRestore())
    })

    it('a mark runs only the points rules', () => {
      const check = createChecker()
      const a = longDescriptorAssessment(100, 4, 350)
      check(a)
      expect(calls()).toEqual({ structure: 1, points: 1, time: 1, levels: 1, multipleChoice: 1, wording: 1, textLanguage: 1, teacherMaterial: 1 })
      const t = a.tasks[50]
      const b = op.updateDescriptor(a, t.id, t.descriptors[2].id, { points: 2 })
      expect(check(b)).toEqual(runChecks(b))
      // runChecks above called every family once more; the checker itself added only points
      expect(calls()).toEqual({ structure: 2, points: 3, time: 2, levels: 2, multipleChoice: 2, wording: 2, textLanguage: 2, teacherMaterial: 2 })
    })

    it('a descriptor text runs the rules that read texts, not the points or time rules', () => {
      const check = createChecker()
      const a = longDescriptorAssessment(20, 4, 350)
      check(a)
      const t = a.tasks[5]
      check(op.updateDescriptor(a, t.id, t.descriptors[0].id, { text: 'жасушаны сипаттайды' }))
      expect(calls()).toEqual({ structure: 2, points: 1, time: 1, levels: 1, multipleChoice: 1, wording: 2, textLanguage: 2, teacherMaterial: 1 })
    })

    it('the same assessment runs nothing', () => {
      const check = createChecker()
      const a = sampleAssessment('kk', 9)
      const findings = check(a)
      expect(check(a)).toBe(findings)
      expect(Object.values(calls())).toEqual([1, 1, 1, 1, 1, 1, 1, 1])
    })
  })
})

describe('what the checker reads again', () => {
  afterEach(() => vi.restoreAllMocks())

  it('a mark reads the edited task alone (and its old self), not the other 99', () => {
    const check = createChecker()
    const a = longDescriptorAssessment(100, 5, 350)
    check(a)
    const reads = vi.spyOn(FAMILY_READS.points, 'task')
    const t = a.tasks[50]
    const b = op.updateDescriptor(a, t.id, t.descriptors[2].id, { points: 2 })
    expect(check(b)).toEqual(runChecks(b))
    expect(reads.mock.calls.map(([task]) => task.id)).toEqual([t.id, t.id])
  })

  it('a task replaced by an equal copy is read, found the same and its findings kept', () => {
    const check = createChecker()
    const s = sampleAssessment('kk', 9)
    const a = op.updateDescriptor(s, s.tasks[0].id, s.tasks[0].descriptors[0].id, { points: 0 })
    const findings = check(a)
    const points = vi.spyOn(RULE_FAMILIES, 'points')
    const copy = { ...a, tasks: a.tasks.map((t, i) => (i === 1 ? { ...t, descriptors: t.descriptors.map((d) => ({ ...d })) } : t)) }
    expect(check(copy)).toBe(findings)
    expect(points).not.toHaveBeenCalled()
  })

  it('two tasks with the same marks swapped: the findings follow the tasks’ new numbers', () => {
    const check = createChecker()
    const base = sampleAssessment('kk', 9)
    const t1 = { ...base.tasks[0], descriptors: base.tasks[0].descriptors.map((d, i) => ({ ...d, points: i === 0 ? 0 : d.points })) }
    // task 2 with the same marks as task 1 (its own descriptors), one of them 0: an error naming each task by its number
    const t2 = { ...base.tasks[1], descriptors: t1.descriptors.map((d) => ({ ...d, id: `${d.id}2` })) }
    const a = { ...base, tasks: [t1, t2, ...base.tasks.slice(2)] }
    check(a)
    const moved = op.moveTask(a, t1.id, 1)
    expect(moved.tasks[1].id).toBe(t1.id)
    expect(check(moved)).toEqual(runChecks(moved))
    expect(check(moved).filter((f) => f.ruleId === 'descriptor.points').map((f) => f.path.split('/')[1])).toEqual([t2.id, t1.id])
  })
})

describe('the wording rules’ text cache', () => {
  beforeEach(() => clearWordingCache())

  it('works out each text once and again only when it changes', () => {
    const a = longDescriptorAssessment(100, 4, 350)
    const texts = new Set([...a.criteria.map((c) => c.text), ...a.tasks.flatMap((t) => t.descriptors.map((d) => d.text))])
    const start = wordingCacheStats().computed
    const once = RULE_FAMILIES.wording(a)
    expect(wordingCacheStats().computed - start).toBe(texts.size)

    // a mark: no text is worked out again
    const t = a.tasks[10]
    const b = op.updateDescriptor(a, t.id, t.descriptors[1].id, { points: 2 })
    expect(RULE_FAMILIES.wording(b)).toEqual(once)
    expect(wordingCacheStats().computed - start).toBe(texts.size)

    // one descriptor's text: that text alone
    const c = op.updateDescriptor(b, t.id, t.descriptors[1].id, { text: 'Жасушаның бөліктерін атаңыз' })
    const findings = RULE_FAMILIES.wording(c)
    expect(wordingCacheStats().computed - start).toBe(texts.size + 1)
    expect(findings.filter((f) => f.path.includes(t.descriptors[1].id)).map((f) => f.ruleId)).toEqual(['descriptor.imperative', 'descriptor.capital'])

    // the same findings as with nothing kept
    clearWordingCache()
    expect(RULE_FAMILIES.wording(c)).toEqual(findings)
  })

  it('keeps a text’s findings per language', () => {
    const a = sampleAssessment('kk', 3)
    const kk = RULE_FAMILIES.wording(a)
    const ru = RULE_FAMILIES.wording({ ...a, language: 'ru' })
    clearWordingCache()
    expect(RULE_FAMILIES.wording({ ...a, language: 'ru' })).toEqual(ru)
    expect(RULE_FAMILIES.wording(a)).toEqual(kk)
  })

  it('stays bounded', () => {
    const a = sampleAssessment('en', 1)
    for (let i = 0; i < 6000; i++) RULE_FAMILIES.wording(op.updateDescriptor(a, a.tasks[0].id, a.tasks[0].descriptors[0].id, { text: `names the part ${i}` }))
    expect(wordingCacheStats().kept).toBeLessThanOrEqual(5000 + 10)
  })
})
