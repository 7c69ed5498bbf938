/**
 * The version summary the growth page reads instead of the frozen version (database v12): the findings
 * and the suggestions the version holds, and a history from summaries equal to one from whole versions.
 */
import { describe, expect, it } from 'vitest'
import { descriptorPath } from '@/domain/anchors'
import { contentHash } from '@/domain/review/hash'
import { findingsOf, reviewHistory } from '@/domain/review/history'
import type { Version } from '@/domain/review/model'
import { summarizeVersion, summarizeVersions } from '@/domain/review/summary'
import { startThread } from '@/domain/review/threads'
import type { Assessment } from '@/domain/model'
import { sample } from './sample'

const mentor = { name: 'Айгүл Сейітқызы', role: 'mentor' as const }
const author = { name: 'Дана Әліқызы', school: '' }
const freeze = (content: Assessment, number: number): Version => ({ id: `${content.id}@${number}`, assessmentId: content.id, number, hash: contentHash(content), createdAt: number * 1000, author, content, findings: null })
const withDescriptor = (text: string): Assessment => {
  const a = sample()
  return { ...a, tasks: a.tasks.map((t) => (t.id === 't1' ? { ...t, descriptors: t.descriptors.map((d) => (d.id === 'd1' ? { ...d, text } : d)) } : t)) }
}

describe('version summaries', () => {
  const v1 = freeze(sample(), 1)
  const taken = startThread({ assessment: v1.content, path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: mentor, text: 'Нақтылаңыз', suggestion: 'ядроны суреттен табады' })!
  const ignored = startThread({ assessment: v1.content, path: descriptorPath('t1', 'd2', 'text'), versionNumber: 1, author: mentor, text: 'Нақтылаңыз', suggestion: 'мембрананы көрсетеді' })!
  const plain = startThread({ assessment: v1.content, path: descriptorPath('t1', 'd2', 'text'), versionNumber: 1, author: mentor, text: 'Жақсы' })!
  const v2 = freeze(withDescriptor('ядроны суреттен табады'), 2)
  const threads = [taken, ignored, plain]

  it('names the suggestions of earlier versions that the version holds, and keeps its findings without its content', () => {
    const s = summarizeVersion(v2, threads)
    expect(s.applied).toEqual([taken.id])
    expect(s.findings).toEqual(findingsOf(v2))
    expect(s).not.toHaveProperty('content')
    expect(summarizeVersion(v1, threads).applied).toEqual([])
    // a thread of another assessment is never counted
    expect(summarizeVersion(v2, [{ ...taken, assessmentId: 'other' }]).applied).toEqual([])
  })

  it('gives the same history as the whole versions', () => {
    const summaries = summarizeVersions([v1, v2], threads)
    const whole = reviewHistory({ versions: [v1, v2], verdicts: [], threads })
    expect(reviewHistory({ versions: summaries, verdicts: [], threads })).toEqual(whole)
    expect(whole[0]).toMatchObject({ suggestionsOffered: 2, suggestionsApplied: 1 })
  })
})
