import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { createAssessment, createCriterion, createDescriptor, createObjective, createOption, createTask } from '@/domain/factories'
import { headerPath } from '@/domain/anchors'
import type { Assessment } from '@/domain/model'
import { addCriterion, addDescriptor, addObjective, addOption, addPicture, addTask, duplicateTask } from '@/domain/operations'
import { applySuggestion, textLimitAt } from '@/domain/review/suggestion'
import { addComment, startThread } from '@/domain/review/threads'
import { AssessmentSchema, duplicateId } from '@/domain/shapes/assessment'
import { LIMITS } from '@/domain/shapes/limits'
import { clip, fitAssessment, upAssessment } from '@/domain/shapes/up'

const withTasks = (n: number): Assessment => {
  let a = createAssessment({ kind: 'unit' })
  for (let i = 0; i < n; i++) a = addTask(a, createTask(0))
  return a
}

describe('one set of limits for every list the editor grows', () => {
  it('takes no task, objective or criterion beyond the limit, and the assessment stays valid', () => {
    const full = withTasks(LIMITS.tasks + 5)
    expect(full.tasks).toHaveLength(LIMITS.tasks)
    expect(addTask(full, createTask(0))).toBe(full)
    expect(duplicateTask(full, full.tasks[0].id).assessment).toBe(full)
    let a = createAssessment({ kind: 'unit' })
    for (let i = 0; i <= LIMITS.objectives; i++) a = addObjective(a, createObjective(0, `1.1.1.${i}`))
    for (let i = 0; i <= LIMITS.criteria; i++) a = addCriterion(a, createCriterion(0))
    expect([a.objectives.length, a.criteria.length]).toEqual([LIMITS.objectives, LIMITS.criteria])
    expect(v.safeParse(AssessmentSchema, { ...a, tasks: full.tasks }).success).toBe(true)
  })

  it('takes no descriptor, option or picture beyond the limits of a task', () => {
    let a = withTasks(1)
    const id = a.tasks[0].id
    for (let i = 0; i <= LIMITS.descriptorsPerTask; i++) a = addDescriptor(a, id, createDescriptor(0, null))
    for (let i = 0; i <= LIMITS.optionsPerTask; i++) a = addOption(a, id, createOption(0))
    for (let i = 0; i <= LIMITS.picturesPerTask; i++) a = addPicture(a, id, { id: `p${i}`, order: 0, blobId: `b${i}`, caption: '', width: 1, height: 1 })
    const [task] = a.tasks
    expect([task.descriptors.length, task.options.length, task.pictures.length]).toEqual([LIMITS.descriptorsPerTask, LIMITS.optionsPerTask, LIMITS.picturesPerTask])
    expect(v.safeParse(AssessmentSchema, a).success).toBe(true)
  })

  it('takes no comment beyond the limit of a thread', () => {
    const a = { ...withTasks(1), title: 'Атауы' }
    let thread = startThread({ assessment: a, path: headerPath('title'), versionNumber: 1, author: { name: 'Т', role: 'mentor' }, text: '1' })!
    for (let i = 0; i < LIMITS.commentsPerThread + 3; i++) thread = addComment(thread, { name: 'Т', role: 'teacher' }, `${i}`, 1)
    expect(thread.comments).toHaveLength(LIMITS.commentsPerThread)
  })

  it('holds a suggestion to the limit of its field', () => {
    const a = createAssessment({ kind: 'unit' })
    expect(textLimitAt(a, headerPath('title'))).toBe(LIMITS.short)
    expect(applySuggestion(a, headerPath('title'), 'x'.repeat(LIMITS.short + 1))).toBe(a)
    expect(applySuggestion(a, headerPath('title'), 'x'.repeat(LIMITS.short)).title).toHaveLength(LIMITS.short)
  })
})

describe('duplicate ids inside one assessment', () => {
  it('names the list and the id used twice', () => {
    const a = withTasks(2)
    expect(duplicateId(a)).toBeNull()
    const twin = { ...a, tasks: [a.tasks[0], { ...a.tasks[1], id: a.tasks[0].id }] }
    expect(duplicateId(twin)).toBe(`tasks: ${a.tasks[0].id}`)
    const result = v.safeParse(AssessmentSchema, twin)
    expect(result.success).toBe(false)
    expect(result.issues?.[0].message).toBe(`An id is used twice (tasks: ${a.tasks[0].id}).`)
  })
})

describe('older shapes brought up to the current one', () => {
  it('gives an assessment without rubricEdits empty ones, and leaves anything but an object to the validation', () => {
    const old: Partial<Assessment> = createAssessment({ kind: 'unit' })
    delete old.rubricEdits
    expect(upAssessment(old).rubricEdits).toEqual({})
    expect(upAssessment(null as unknown as object)).toBeNull()
  })

  it('cuts texts to the limits, never inside a surrogate pair', () => {
    expect(clip('ab😀', 3)).toBe('ab')
    expect(clip('abc', 3)).toBe('abc')
    const a = { ...withTasks(1), title: 'Т'.repeat(LIMITS.short + 10) }
    a.tasks[0] = { ...a.tasks[0], text: 'ә'.repeat(LIMITS.text + 10) }
    const fitted = fitAssessment(a)
    expect([fitted.title.length, fitted.tasks[0].text.length]).toEqual([LIMITS.short, LIMITS.text])
    expect(v.safeParse(AssessmentSchema, fitted).success).toBe(true)
  })
})

describe('shipped data within the stored shape', () => {
  it('turns every worked example into an assessment the backup and the review files accept', async () => {
    const { loadWorkedExample, workedExampleSlugs } = await import('@/exchange/workedExamples')
    const slugs = workedExampleSlugs()
    expect(slugs.length).toBeGreaterThan(0)
    for (const slug of slugs) {
      const { assessment } = await loadWorkedExample(slug)
      const result = v.safeParse(AssessmentSchema, assessment)
      expect(result.success ? '' : `${slug}: ${result.issues[0].message}`).toBe('')
    }
  })

  it('ships catalogue rows the backup accepts', async () => {
    const { loadShippedCatalogue } = await import('@/exchange/shippedCatalogue')
    const { CatalogueObjectiveSchema, CatalogueSectionSchema } = await import('@/domain/shapes/catalogue')
    const shipped = await loadShippedCatalogue(1_765_000_000_000)
    expect(shipped.objectives.length).toBeGreaterThan(100)
    for (const o of shipped.objectives) expect(v.safeParse(CatalogueObjectiveSchema, o).success, o.id).toBe(true)
    for (const s of shipped.sections) expect(v.safeParse(CatalogueSectionSchema, s).success, s.id).toBe(true)
  })
})
