/**
 * The mapping from a mentor's Word file to review threads, on read structures made by hand: the field a
 * comment overlaps most wins; a comment without range sits in the field around its point; without reply
 * links a comment on the very same text joins the earlier one; a tracked change on a field nobody commented
 * gets a thread of its own with the replacement; a change to points is a number suggestion.
 */
import { describe, expect, it } from 'vitest'
import { descriptorPath, taskPath } from '@/domain/anchors'
import { markName } from '@/domain/fieldMarks'
import { threadsFromWord, type WordComment, type WordField, type WordReview } from '@/domain/review/fromWord'
import { sampleAssessment } from '../export/sample'

const a = sampleAssessment('ru', 2)
const task = a.tasks[0]
const d = a.tasks[1].descriptors[0]
const field = (name: string, start: number, end: number, printed: string, accepted = printed, changed = false): WordField => ({
  name,
  start,
  end,
  printed,
  accepted,
  changes: changed ? [{ author: 'Наставник', date: 1000 }] : [],
})
const comment = (id: string, start: number, end: number, extra: Partial<WordComment> = {}): WordComment => ({ id, parentId: null, author: 'Наставник', date: 2000, text: `c${id}`, quoted: '', done: false, start, end, ...extra })
const file = (comments: WordComment[], fields: WordField[], replyLinks = true): WordReview => ({ comments, fields, replyLinks })
const FIELDS = [field(markName('task', task.id), 10, 60, task.text), field(markName('descriptor', d.id), 100, 120, d.text), field(markName('descriptorPoints', d.id), 121, 122, '1', '2', true)]

describe('threadsFromWord', () => {
  it('puts each comment on the field it overlaps most, or the field around its point', () => {
    const threads = threadsFromWord(a, file([comment('1', 5, 40), comment('2', 110, 110), comment('3', 90, 130)], FIELDS), { versionNumber: 2, now: 0 })
    const byText = Object.fromEntries(threads.map((t) => [t.comments[0].text, t.path]))
    expect(byText.c1).toBe(taskPath(task.id, 'text'))
    expect(byText.c2).toBe(descriptorPath(a.tasks[1].id, d.id, 'text'))
    expect(byText.c3).toBe(descriptorPath(a.tasks[1].id, d.id, 'text'))
    expect(threads.every((t) => t.versionNumber === 2)).toBe(true)
  })

  it('joins a comment on the same text to the earlier one when the file has no reply links', () => {
    const threads = threadsFromWord(a, file([comment('1', 10, 60), comment('2', 10, 60, { date: 3000, author: 'Учитель' })], FIELDS, false), { versionNumber: 1, now: 0 })
    const onTask = threads.filter((t) => t.path === taskPath(task.id, 'text'))
    expect(onTask.map((t) => t.comments.map((c) => c.author))).toEqual([['Наставник', 'Учитель']])
  })

  it('turns a tracked change of points into a number suggestion on a thread of its own', () => {
    const threads = threadsFromWord(a, file([], FIELDS), { versionNumber: 1, now: 0 })
    expect(threads.map((t) => [t.path, t.suggestion])).toEqual([[descriptorPath(a.tasks[1].id, d.id, 'points'), '2']])
  })

  it('ignores markers of another assessment: their comments go on the whole document', () => {
    const other = sampleAssessment('ru', 2)
    const threads = threadsFromWord(other, file([comment('1', 10, 60, { quoted: 'текст' })], FIELDS), { versionNumber: 1, now: 0 })
    expect(threads.map((t) => [t.path, t.comments[0].text])).toEqual([['document', '«текст»\nc1']])
  })
})
