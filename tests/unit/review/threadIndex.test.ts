/**
 * threadViews gives, for every thread, exactly what the per-thread rules give (anchorState, placeOf,
 * canSuggest, isApplied) — on every kind of path, gone fields included — and keeps unchanged views
 * as the same objects so the screen redraws only what changed.
 */
import { describe, expect, it } from 'vitest'
import { anchorState, placeOf } from '@/domain/review/anchoring'
import type { Thread } from '@/domain/review/model'
import { canSuggest, isApplied } from '@/domain/review/suggestion'
import { threadViews } from '@/domain/review/threadIndex'
import { updateTask } from '@/domain/operations'
import { large, sample } from './sample'

const thread = (id: string, path: string, quote: string, suggestion: string | null = null): Thread => ({
  id, assessmentId: 'asmt1', path, quote, versionNumber: 1, status: 'open', statusAt: 1, suggestion, comments: [], createdAt: 1,
})

describe('threadViews', () => {
  const a = sample()
  const paths = [
    'document', 'header/title', 'header/durationMinutes', 'header/nothing', 'objectives/o1/code', 'objectives/o1', 'objectives/gone/text',
    'criteria/c1/text', 'tasks/t1/text', 'tasks/t1/minutes', 'tasks/t1', 'tasks/t2/options/p2/text', 'tasks/t2/options/p9/text',
    'tasks/t1/descriptors/d2/text', 'tasks/t1/descriptors/d2/points', 'tasks/t1/pictures/x/caption', 'tasks/t9/text', 'tasks/t1/widgets/w/text', 'elsewhere/x',
  ]
  const quotes = () => ['', 'ядро', a.tasks[0].text, '1', '5', 'Ядро', 'Хлоропласт', 'мембрананы атайды', 'null']
  const suggestions = [null, 'ядро', '2', '1,5', '', 'мембрананы атайды', 'Хлоропласт', '5']
  const threads = paths.flatMap((p, i) => quotes().flatMap((q, j) => suggestions.map((s, k) => thread(`th${i}-${j}-${k}`, p, q, s))))

  it('agrees with the per-thread rules on every path, quote and suggestion', () => {
    const before = updateTask(a, 't1', { text: 'old' })
    const gone = { ...a, tasks: a.tasks.slice(1) }
    for (const doc of [a, gone]) {
      const views = threadViews(doc, threads, before)
      for (const th of threads) {
        const expected = {
          state: anchorState(doc, th),
          place: placeOf(doc, th.path) ?? placeOf(before, th.path),
          applicable: th.suggestion !== null && canSuggest(doc, th.path),
          applied: th.suggestion !== null && isApplied(doc, th.path, th.suggestion),
        }
        expect(views.get(th.id), `${th.path} «${th.quote}» → ${th.suggestion}`).toEqual(expected)
      }
    }
    expect(threads.length).toBeGreaterThan(1000)
  })

  it('numbers tasks, options and descriptors by their order, not their place in the list', () => {
    const shuffled = { ...a, tasks: [...a.tasks].reverse() }
    const views = threadViews(shuffled, [thread('x', 'tasks/t2/options/p2/text', '')])
    expect(views.get('x')!.place).toEqual({ kind: 'option', number: 2, item: 2, field: 'text' })
  })

  it('reuses unchanged views and the whole map when nothing changed', () => {
    const doc = large(100)
    const many = doc.tasks.flatMap((t) => [thread(`a${t.id}`, `tasks/${t.id}/text`, t.text), thread(`b${t.id}`, `tasks/${t.id}/answer`, 'x')])
    const first = threadViews(doc, many)
    expect(threadViews({ ...doc, title: 'typed' }, many, null, first)).toBe(first)
    const edited = updateTask(doc, doc.tasks[5].id, { text: 'changed' })
    const second = threadViews(edited, many, null, first)
    expect(second).not.toBe(first)
    const changed = many.filter((th) => second.get(th.id) !== first.get(th.id)).map((th) => th.id)
    expect(changed).toEqual([`a${doc.tasks[5].id}`])
    expect(second.get(changed[0])!.state).toBe('outdated')
  })
})
