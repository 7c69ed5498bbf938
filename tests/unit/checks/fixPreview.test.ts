import { describe, expect, it } from 'vitest'
import { runChecks } from '@/domain/checks/engine'
import { fixPreview } from '@/domain/checks/fixPreview'
import type { Assessment } from '@/domain/model'
import { cleanAssessment } from './clean'

const withCriterion = (text: string): Assessment => {
  const a = cleanAssessment('kk')
  return { ...a, criteria: a.criteria.map((c) => (c.id === 'c1' ? { ...c, text } : c)) }
}

describe('fix preview', () => {
  it('shows a text fix word by word: only the changed word is struck and added', () => {
    const a = withCriterion('Сұрақтарға жауап беріңіз')
    const fix = runChecks(a).find((f) => f.ruleId === 'criterion.imperative')!.fix!
    const { after, changes } = fixPreview(a, fix)
    expect(after.criteria[0].text).toBe('Сұрақтарға жауап береді')
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ path: 'criteria/c1/text', change: 'changed', before: 'Сұрақтарға жауап беріңіз', after: 'Сұрақтарға жауап береді' })
    expect(changes[0].words!.filter((w) => w.removed).map((w) => w.value)).toEqual(['беріңіз'])
    expect(changes[0].words!.filter((w) => w.added).map((w) => w.value)).toEqual(['береді'])
    // the document itself is untouched until the fix is applied
    expect(a.criteria[0].text).toBe('Сұрақтарға жауап беріңіз')
  })

  it('shows points, links and removals in words a teacher reads, not ids', () => {
    const a = cleanAssessment('ru')
    expect(fixPreview(a, { kind: 'setPoints', taskId: 't2', descriptorId: 't2d0', value: 2 }).changes).toEqual([
      { path: 'tasks/t2/descriptors/t2d0/points', change: 'changed', before: '1', after: '2', words: null },
    ])
    expect(fixPreview(a, { kind: 'linkCriterion', taskId: 't2', criterionId: 'c2' }).changes).toEqual([
      { path: 'tasks/t2/criterionIds', change: 'changed', before: '1', after: '1, 2', words: null },
    ])
    const removed = fixPreview(a, { kind: 'removeDescriptor', taskId: 't2', descriptorId: 't2d1' }).changes
    expect(removed).toEqual([{ path: 'tasks/t2/descriptors/t2d1', change: 'removed', before: 'приводит первую причину события;', after: null, words: null }])
  })
})
