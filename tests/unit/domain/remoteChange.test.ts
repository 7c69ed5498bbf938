import { describe, expect, it } from 'vitest'
import { createAssessment, createTask } from '@/domain/factories'
import { mergeRemote, onRemoteRow } from '@/domain/remoteChange'
import type { Assessment } from '@/domain/model'

const base = (): Assessment => {
  const a = createAssessment({ kind: 'unit', now: 1 })
  return { ...a, title: 'Т', subject: 'С', tasks: [{ ...createTask(0), id: 't1', text: 'бір' }, { ...createTask(1), id: 't2', text: 'екі' }] }
}

describe('a change from the other device', () => {
  it('takes what only the other side changed and keeps what is typed here', () => {
    const agreed = base()
    const mine = { ...agreed, subject: 'Мен', tasks: [{ ...agreed.tasks[0]!, text: 'бір (мен)' }, agreed.tasks[1]!] }
    const theirs = { ...agreed, title: 'Олар', subject: 'Олар', updatedAt: 9, tasks: [agreed.tasks[0]!, { ...agreed.tasks[1]!, text: 'екі (олар)' }] }
    const merged = mergeRemote(agreed, mine, theirs)
    expect([merged.title, merged.subject, merged.updatedAt]).toEqual(['Олар', 'Мен', 9])
    expect(merged.tasks.map((t) => t.text)).toEqual(['бір (мен)', 'екі (олар)'])
  })

  it('keeps tasks added on either side and drops one removed there and untouched here', () => {
    const agreed = base()
    const added = { ...createTask(2), id: 't3', text: 'үш' }
    const theirsAdded = { ...createTask(3), id: 't4', text: 'төрт' }
    const mine = { ...agreed, tasks: [...agreed.tasks, added] }
    const theirs = { ...agreed, tasks: [agreed.tasks[1]!, theirsAdded] }
    expect(mergeRemote(agreed, mine, theirs).tasks.map((t) => t.id)).toEqual(['t2', 't3', 't4'])
  })

  it('decides: same text, a take with nothing unsaved, a merge while typing, a wait while saving', () => {
    const agreed = base()
    const row = { ...agreed, title: 'Олар', updatedAt: 5 }
    expect(onRemoteRow({ agreed, present: { ...row, updatedAt: 1 }, dirty: false, inFlight: false }, row).kind).toBe('same')
    expect(onRemoteRow({ agreed, present: agreed, dirty: false, inFlight: false }, row)).toEqual({ kind: 'take', document: row })
    const typing = onRemoteRow({ agreed, present: { ...agreed, subject: 'Мен' }, dirty: true, inFlight: false }, row)
    expect(typing.kind === 'merge' && [typing.document.title, typing.document.subject]).toEqual(['Олар', 'Мен'])
    expect(onRemoteRow({ agreed, present: { ...agreed, subject: 'Мен' }, dirty: false, inFlight: true }, row).kind).toBe('wait')
  })
})
