import { describe, expect, it } from 'vitest'
import { createAssessment } from '@/domain/factories'
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  hasUnsaved,
  initialSavePolicy,
  mayStartSave,
  onSaveEvent,
  sameDocument,
  takesOtherTab,
  type SaveEvent,
  type SavePolicy,
} from '@/domain/savePolicy'

const run = (events: SaveEvent[], from: SavePolicy = initialSavePolicy(100)) => events.reduce(onSaveEvent, from)
const typed = (...times: number[]): SaveEvent[] => times.map((at) => ({ type: 'edited', at }))

describe('save policy: debounce and max wait', () => {
  it('a document just opened has nothing to save', () => {
    const p = run([{ type: 'opened', base: 100, at: 0 }])
    expect(p).toMatchObject({ status: 'idle', dirty: false, dueAt: null })
    expect(mayStartSave(p)).toBe(false)
    expect(hasUnsaved(p)).toBe(false)
  })

  it('one edit is saved after the quiet delay; each keystroke moves it on', () => {
    expect(run(typed(1000))).toMatchObject({ status: 'saving', dirty: true, dueAt: 1000 + AUTOSAVE_DELAY_MS })
    expect(run(typed(1000, 1100, 1250)).dueAt).toBe(1250 + AUTOSAVE_DELAY_MS)
  })

  it('continuous typing is saved at least every max wait', () => {
    const keys = Array.from({ length: 20 }, (_, i) => 1000 + i * 50) // a key every 50 ms until 1950 ms
    expect(run(typed(...keys.slice(0, 15))).dueAt).toBe(1000 + AUTOSAVE_MAX_WAIT_MS) // 15th key at 1700 ms
    expect(run(typed(...keys)).dueAt).toBe(1000 + AUTOSAVE_MAX_WAIT_MS)
    // a key after the save was due (the timer was late): save now
    expect(run(typed(...keys, 2050)).dueAt).toBe(2050)
  })

  it('the max-wait clock starts again once a save has started', () => {
    const p = run([...typed(1000, 1300), { type: 'saveStarted' }, ...typed(1500)])
    expect(p.pendingSince).toBe(1500)
    expect(p.dueAt).toBe(1500 + AUTOSAVE_DELAY_MS)
  })

  it('an opened document that brings text the database lacks (a kept copy) is saved at once', () => {
    const p = run([{ type: 'opened', base: 100, unsaved: true, at: 5000 }])
    expect(p).toMatchObject({ dirty: true, status: 'saving', base: 100 })
    expect(p.dueAt).toBe(5000 + AUTOSAVE_DELAY_MS)
  })
})

describe('save policy: a save and what happens meanwhile', () => {
  it('saved: the new base is kept and the state says saved', () => {
    const p = run([...typed(1000), { type: 'saveStarted' }])
    expect(p).toMatchObject({ inFlight: true, dirty: false, dueAt: null })
    expect(mayStartSave(p)).toBe(false)
    expect(hasUnsaved(p)).toBe(true)
    const done = onSaveEvent(p, { type: 'saved', updatedAt: 2000 })
    expect(done).toMatchObject({ status: 'saved', base: 2000, inFlight: false, dirty: false })
    expect(hasUnsaved(done)).toBe(false)
  })

  it('an edit while a save is written stays «saving» with its own due time after that save ends', () => {
    const p = run([...typed(1000), { type: 'saveStarted' }, ...typed(1450), { type: 'saved', updatedAt: 1460 }])
    expect(p).toMatchObject({ status: 'saving', dirty: true, dueAt: 1450 + AUTOSAVE_DELAY_MS, base: 1460 })
    expect(mayStartSave(p)).toBe(true)
  })
})

describe('save policy: retry', () => {
  it('a failed save is retried after 1 s, 2 s, 4 s …, and edits meanwhile wait for that retry', () => {
    let p = run([...typed(1000), { type: 'saveStarted' }, { type: 'failed', at: 1500 }])
    expect(p).toMatchObject({ status: 'failed', dirty: true, failures: 1, dueAt: 2500 })
    p = onSaveEvent(p, { type: 'edited', at: 1600 })
    expect(p.dueAt).toBe(2500)
    expect(p.status).toBe('failed')
    p = run([{ type: 'saveStarted' }, { type: 'failed', at: 2600 }], p)
    expect(p).toMatchObject({ failures: 2, dueAt: 4600 })
    p = run([{ type: 'saveStarted' }, { type: 'saved', updatedAt: 5000 }], p)
    expect(p).toMatchObject({ status: 'saved', failures: 0, dueAt: null, dirty: false })
  })

  it('a teacher may retry at once (the store flushes): a failed policy allows a save', () => {
    const p = run([...typed(1000), { type: 'saveStarted' }, { type: 'failed', at: 1500 }])
    expect(mayStartSave(p)).toBe(true)
  })
})

describe('save policy: another tab', () => {
  it('takes another tab’s newer save only when nothing is unsaved here', () => {
    const clean = initialSavePolicy(100)
    expect(takesOtherTab(clean, 200)).toBe(true)
    expect(takesOtherTab(clean, 100)).toBe(false) // our own save coming back
    expect(takesOtherTab(run(typed(1000)), 200)).toBe(false)
    expect(takesOtherTab(run([...typed(1000), { type: 'saveStarted' }]), 200)).toBe(false)
    expect(takesOtherTab(initialSavePolicy(null), 200)).toBe(false)
    expect(onSaveEvent(clean, { type: 'otherTabTaken', updatedAt: 200 }).base).toBe(200)
  })

  it('a refused save waits in conflict: no timer, no save, edits only mark it dirty', () => {
    let p = run([...typed(1000), { type: 'saveStarted' }, { type: 'conflicted' }])
    expect(p).toMatchObject({ status: 'conflict', dirty: true, dueAt: null })
    expect(mayStartSave(p)).toBe(false)
    p = onSaveEvent(p, { type: 'edited', at: 2000 })
    expect(p).toMatchObject({ status: 'conflict', dueAt: null })
    expect(takesOtherTab(p, 9999)).toBe(false)
  })

  it('keep mine saves over their version; take theirs leaves nothing to save', () => {
    const conflicted = run([...typed(1000), { type: 'saveStarted' }, { type: 'conflicted' }])
    const mine = onSaveEvent(conflicted, { type: 'keptMine', theirs: 5000 })
    expect(mine).toMatchObject({ base: 5000, status: 'saving', dirty: true })
    expect(mayStartSave(mine)).toBe(true)
    const theirs = onSaveEvent(conflicted, { type: 'tookTheirs', theirs: 5000 })
    expect(theirs).toMatchObject({ base: 5000, status: 'saved', dirty: false, dueAt: null })
    expect(hasUnsaved(theirs)).toBe(false)
  })
})

describe('save policy: the same text is no conflict', () => {
  it('a row with this very text (another time stamp, keys in another order) is the same document; any text change is not', () => {
    const a = { ...createAssessment({ kind: 'unit', now: 1 }), title: 'Жасуша' }
    const reordered = Object.fromEntries(Object.entries({ ...a, updatedAt: 99 }).reverse()) as typeof a
    expect(sameDocument(a, reordered)).toBe(true)
    expect(sameDocument(a, { ...a, title: 'Жасушa' })).toBe(false)
    expect(sameDocument(a, { ...a, status: 'submitted' })).toBe(false)
  })
})
