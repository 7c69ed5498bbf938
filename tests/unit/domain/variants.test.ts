import { describe, expect, it } from 'vitest'
import { createAssessment, createCriterion, createDescriptor, createObjective, createOption, createTask } from '@/domain/factories'
import * as op from '@/domain/operations'
import type { Assessment } from '@/domain/model'
import { LIMITS } from '@/domain/shapes/limits'
import { groupVariantsTogether, makeVariant, variantLabel, variantsOf } from '@/domain/variants'
import { pointsPerCriterion, variantDifferences } from '@/domain/variantEquivalence'
import { AssessmentSchema } from '@/domain/shapes/assessment'
import * as v from 'valibot'

/** A small БЖБ with a multiple-choice task and a listening task with its script. */
function first(): Assessment {
  let a = { ...createAssessment({ kind: 'unit', language: 'kk', now: 1 }), title: 'Тыңдалым' }
  const o = createObjective(0, '5.1.1.1', 'тыңдалған мәтіннің негізгі ойын анықтау')
  a = op.addObjective(a, o)
  const c1 = createCriterion(0, 'Мәтіннің негізгі ойын анықтайды', [o.id])
  const c2 = createCriterion(0, 'Сөздерді дұрыс жазады', [o.id])
  a = op.addCriterion(op.addCriterion(a, c1), c2)
  const t1 = { ...createTask(0, 'multipleChoice'), text: 'Мәтінді тыңдаңыз. Негізгі ойы қайсы?', level: 'knowledge' as const, minutes: 5, criterionIds: [c1.id], script: 'Ертеде бір бала болыпты…', teacherNotes: 'Екі рет оқыңыз.' }
  const t2 = { ...createTask(0, 'shortAnswer'), text: 'Диктант', level: 'application' as const, minutes: 10, criterionIds: [c2.id], answer: 'алма, қала' }
  a = op.addTask(op.addTask(a, t1), t2)
  a = op.addOption(op.addOption(a, t1.id, createOption(0, 'Достық', true)), t1.id, createOption(1, 'Еңбек'))
  a = op.addDescriptor(a, t1.id, createDescriptor(0, c1.id, 'негізгі ойды таңдайды', 1))
  a = op.addDescriptor(a, t2.id, createDescriptor(0, c2.id, 'сөздерді қатесіз жазады', 2))
  return a
}

describe('variants', () => {
  it('labels a variant in the document language', () => {
    expect(['kk', 'ru', 'en'].map((l) => variantLabel(l as 'kk', 2))).toEqual(['2-нұсқа', 'Вариант 2', 'Variant 2'])
  })

  it('makes variant 2: same criteria and descriptor structure, fresh ids, task texts, options and script blank', () => {
    const source = first()
    const made = makeVariant(source, [source], 5)!
    expect(made.source.variant).toEqual({ group: source.id, number: 1 })
    const two = made.variant
    expect(two.variant).toEqual({ group: source.id, number: 2 })
    expect(two.id).not.toBe(source.id)
    expect(two.status).toBe('draft')
    expect(two.criteria.map((c) => c.text)).toEqual(source.criteria.map((c) => c.text))
    expect(two.tasks.map((t) => [t.type, t.level, t.minutes, t.descriptors.map((d) => [d.text, d.points])])).toEqual(
      source.tasks.map((t) => [t.type, t.level, t.minutes, t.descriptors.map((d) => [d.text, d.points])]),
    )
    expect(two.tasks.map((t) => [t.text, t.answer, t.script])).toEqual([['', '', ''], ['', '', '']])
    expect(two.tasks[0].teacherNotes).toBe('Екі рет оқыңыз.')
    expect(two.tasks[0].options.map((o) => [o.text, o.correct])).toEqual([['', false], ['', false]])
    // links point to the copy's own criteria
    const ids = new Set(two.criteria.map((c) => c.id))
    expect(two.tasks.flatMap((t) => t.descriptors.map((d) => d.criterionId)).every((id) => id !== null && ids.has(id))).toBe(true)
    expect(v.safeParse(AssessmentSchema, two).success).toBe(true)
    expect(variantDifferences([made.source, two])).toEqual([])
  })

  it('numbers the next variant after the highest, and stops at the limit', () => {
    const one = makeVariant(first(), [], 1)!
    const three = makeVariant(one.variant, [one.source, one.variant], 2)!
    expect(three.source).toBe(one.variant)
    expect(three.variant.variant).toEqual({ group: one.source.id, number: 3 })
    const full = Array.from({ length: LIMITS.variants }, () => one.source)
    expect(makeVariant(one.source, full)).toBeNull()
  })

  it('finds the group of an assessment, leaves out the trash, and a plain copy leaves the group', () => {
    const one = makeVariant(first(), [], 1)!
    const trashed = { ...makeVariant(one.source, [one.source, one.variant])!.variant, deletedAt: 9 }
    const other = createAssessment({ kind: 'term' })
    expect(variantsOf(one.variant, [one.source, other, trashed, one.variant]).map((a) => a.variant?.number)).toEqual([1, 2])
    expect(variantsOf(other, [one.source, other])).toEqual([other])
    expect(op.duplicateAssessment(one.variant).variant).toBeNull()
  })

  it('puts the variants of a group side by side in the library, where the first of them stands', () => {
    const g = (id: string, number: number) => ({ id, variant: { group: 'g', number } })
    const list = [{ id: 'a', variant: null }, g('v2', 2), { id: 'b', variant: null }, g('v1', 1)]
    expect(groupVariantsTogether(list).map((x) => x.id)).toEqual(['a', 'v1', 'v2', 'b'])
  })
})

describe('equivalence of variants', () => {
  const pair = () => {
    const made = makeVariant(first(), [], 1)!
    return [made.source, made.variant] as const
  }

  it('adds up points per criterion from the descriptors', () => {
    expect(pointsPerCriterion(first())).toEqual([1, 2])
  })

  it('says where a variant differs in objectives, levels, task types, time and points per criterion', () => {
    const [one, two] = pair()
    let changed = op.updateTask(two, two.tasks[0].id, { level: 'higher', type: 'shortAnswer', minutes: 7 })
    changed = op.updateDescriptor(changed, changed.tasks[1].id, changed.tasks[1].descriptors[0].id, { points: 3 })
    changed = op.updateObjective(changed, changed.objectives[0].id, { code: '5.1.1.2' })
    changed = op.updateHeader(changed, { durationMinutes: 25 })
    expect(variantDifferences([changed, one])).toEqual([
      { kind: 'objectives', variant: 2, missing: ['5.1.1.1'], extra: ['5.1.1.2'] },
      { kind: 'duration', variant: 2, base: 20, other: 25 },
      { kind: 'level', variant: 2, task: 1, base: 'knowledge', other: 'higher' },
      { kind: 'type', variant: 2, task: 1, base: 'multipleChoice', other: 'shortAnswer' },
      { kind: 'taskMinutes', variant: 2, task: 1, base: 5, other: 7 },
      { kind: 'criterionPoints', variant: 2, criterion: 2, text: 'Сөздерді дұрыс жазады', base: 2, other: 3 },
    ])
  })

  it('counts a missing task and a missing criterion', () => {
    const [one, two] = pair()
    const shorter = op.removeCriterion(op.removeTask(two, two.tasks[1].id), two.criteria[1].id)
    expect(variantDifferences([one, shorter])).toEqual([
      { kind: 'taskCount', variant: 2, base: 2, other: 1 },
      { kind: 'criterionPoints', variant: 2, criterion: 2, text: 'Сөздерді дұрыс жазады', base: 2, other: 0 },
    ])
  })

  it('says nothing for one variant alone', () => {
    expect(variantDifferences([first()])).toEqual([])
    expect(variantDifferences([])).toEqual([])
  })
})
