import { describe, expect, it } from 'vitest'
import { descriptorPath } from '@/domain/anchors'
import { createDescriptor, createTask } from '@/domain/factories'
import { addDescriptor, addTask, removeDescriptor, removeTask, updateDescriptor, updateHeader, updateTask } from '@/domain/operations'
import { versionDiff, wordDiff } from '@/domain/review/diff'
import { mergeThreads } from '@/domain/review/merge'
import type { Thread } from '@/domain/review/model'
import { addComment, publishDrafts, setThreadStatus, startThread } from '@/domain/review/threads'
import { sample } from './sample'

const mentor = { name: 'Тәлімгер', role: 'mentor' as const }
const teacher = { name: 'Мұғалім', role: 'teacher' as const }

function threads(): Thread[] {
  const a = sample()
  const one = startThread({ assessment: a, path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: mentor, text: 'бір', now: 10 })!
  const two = startThread({ assessment: a, path: 'tasks/t2/text', versionNumber: 1, author: mentor, text: 'екі', suggestion: 'Жаңа мәтін', now: 11 })!
  return publishDrafts([one, two])
}

describe('merging threads from a file', () => {
  it('adds new threads and is idempotent: the same file twice changes nothing', () => {
    const incoming = threads()
    const first = mergeThreads([], incoming)
    expect(first).toMatchObject({ added: 2, updated: 0 })
    const second = mergeThreads(first.threads, incoming)
    expect(second).toMatchObject({ added: 0, updated: 0, changed: [] })
    expect(second.threads).toEqual(first.threads)
  })

  it('unites comments by id, keeps them in time order and publishes a draft that was published elsewhere', () => {
    const [base] = threads()
    const mine = addComment(base, teacher, 'жауап', 1, 20)
    const theirs = addComment(base, mentor, 'тәлімгер жауабы', 1, 15)
    const { threads: merged, updated } = mergeThreads([mine], [{ ...theirs, comments: theirs.comments.map((c) => ({ ...c, draft: false })) }])
    expect(updated).toBe(1)
    expect(merged[0].comments.map((c) => c.text)).toEqual(['бір', 'тәлімгер жауабы', 'жауап'])
    expect(merged[0].comments.every((c) => !c.draft)).toBe(true)
  })

  it('takes the status changed last, whatever order the files come in', () => {
    const [base] = threads()
    const resolved = setThreadStatus(base, 'resolved', 'mentor', 30)
    const reopened = setThreadStatus(resolved, 'open', 'mentor', 40)
    const oneWay = mergeThreads(mergeThreads([base], [resolved]).threads, [reopened]).threads
    const otherWay = mergeThreads(mergeThreads([base], [reopened]).threads, [resolved]).threads
    expect(oneWay[0]).toMatchObject({ status: 'open', statusAt: 40 })
    expect(otherWay[0]).toMatchObject({ status: 'open', statusAt: 40 })
    expect(mergeThreads([resolved], [base]).changed).toEqual([])
  })
})

describe('what changed between versions', () => {
  const a = sample()

  it('reports changed text word by word, and values as values', () => {
    const b = updateDescriptor(updateDescriptor(a, 't1', 'd1', { text: 'ядроны суреттен атайды' }), 't1', 'd2', { points: 2 })
    const changes = versionDiff(a, b)
    expect(changes.map((c) => [c.change, c.path])).toEqual([
      ['changed', 'tasks/t1/descriptors/d1/text'],
      ['changed', 'tasks/t1/descriptors/d2/points'],
    ])
    expect(changes[0].words?.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['суреттен'])
    expect(changes[0].words?.filter((w) => w.removed)).toEqual([])
    expect(changes[1]).toMatchObject({ before: '1', after: '2', words: null })
  })

  it('reports a whole task added or removed once, not each of its fields', () => {
    const task = { ...createTask(5000), id: 'new', text: 'Жаңа тапсырма', descriptors: [{ ...createDescriptor(1), id: 'nd', text: 'x' }] }
    const added = versionDiff(a, addTask(a, task))
    expect(added).toEqual([{ path: 'tasks/new', change: 'added', item: true, before: null, after: 'Жаңа тапсырма', words: null }])
    const removed = versionDiff(a, removeTask(a, 't2'))
    expect(removed.map((c) => [c.change, c.path])).toEqual([['removed', 'tasks/t2']])
  })

  it('reports items inside a kept task and header fields', () => {
    const b = updateHeader(addDescriptor(removeDescriptor(a, 't1', 'd2'), 't1', { ...createDescriptor(9000), id: 'd9', text: 'жаңа' }), { title: 'Жаңа атау' })
    expect(versionDiff(a, b).map((c) => [c.change, c.path])).toEqual([
      ['added', 'tasks/t1/descriptors/d9'],
      ['removed', 'tasks/t1/descriptors/d2'],
      ['changed', 'header/title'],
    ])
  })

  it('finds nothing between equal versions and ignores moves', () => {
    expect(versionDiff(a, structuredClone(a))).toEqual([])
    expect(versionDiff(a, { ...a, tasks: a.tasks.map((t, i) => ({ ...t, order: 5000 - i })) })).toEqual([])
    expect(versionDiff(a, updateTask(a, 't1', { type: 'extendedAnswer' }))[0]).toMatchObject({ before: '"shortAnswer"', after: '"extendedAnswer"' })
  })

  it('diffs Kazakh and Russian words whole, never letter by letter', () => {
    const parts = wordDiff('Жасуша бөліктерін атаңыз', 'Жасуша бөліктерін суреттен атаңыз')
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['суреттен'])
    const kk = wordDiff('ядроны атайды', 'ядроны суреттен тауып атайды')
    expect(kk.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['суреттен тауып'])
    expect(kk.filter((p) => !p.added && !p.removed).map((p) => p.value.trim())).toEqual(['ядроны', 'атайды'])
    const ru = wordDiff('Называет части клетки', 'Правильно называет части клетки')
    expect(ru.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['Называет'])
    expect(ru.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['Правильно называет'])
  })
})
