/**
 * Review files hold the same limits as the database and the editor (domain/shapes): lists over their
 * limits and twin ids are refused with the place and the limit named; nothing within them is refused.
 */
import { describe, expect, it } from 'vitest'
import { descriptorPath } from '@/domain/anchors'
import { contentHash } from '@/domain/review/hash'
import type { Thread, Version } from '@/domain/review/model'
import { publishDrafts, startThread } from '@/domain/review/threads'
import { LIMITS } from '@/domain/shapes/limits'
import { readPackage, writePackage } from '@/exchange/reviewPackage'
import { readReply, writeReply } from '@/exchange/reviewReply'
import { sample } from './sample'

const author = { name: 'Дана', school: '№5 мектеп' }
const version = (content = sample()): Version => ({ id: `${content.id}@1`, assessmentId: content.id, number: 1, hash: contentHash(content), createdAt: 100, author, content })
const thread = (i: number): Thread => ({
  ...publishDrafts([startThread({ assessment: sample(), path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: { name: 'Т', role: 'mentor' }, text: 'ескерту', now: 5 })!])[0],
  id: `thread${i}`,
})
type Refusal = { problem: string; detail: string; issue?: { what: string; limit: number | null } }
/** `problem where: what limit` — the place in the file and what is wrong there, as the screen will say it. */
const problem = (r: { ok: boolean; error?: Refusal }) => {
  if (r.ok || !r.error) return 'ok'
  const { problem: kind, detail, issue } = r.error
  return `${kind} ${detail}${issue ? `: ${issue.what}${issue.limit === null ? '' : ` ${issue.limit}`}` : ''}`
}

/** A package written as it is, then changed the way a hand-edited file would be. */
function packageWith(change: (file: { version: { assessment: ReturnType<typeof sample> }; threads: unknown[] }) => void): string {
  const file = JSON.parse(writePackage({ createdAt: 1, author, version: version(), baseline: null, threads: [thread(0)] })) as Parameters<typeof change>[0]
  change(file)
  return JSON.stringify(file)
}

describe('limits of the review files', () => {
  it(`refuses a package with more than ${LIMITS.threadsPerAssessment} threads, naming the list and the limit`, () => {
    expect(problem(readPackage(packageWith((f) => f.threads.push(...Array.from({ length: LIMITS.threadsPerAssessment }, (_, i) => ({ ...(f.threads[0] as object), id: `x${i}` }))))))).toBe(
      `invalid threads: tooMany ${LIMITS.threadsPerAssessment}`,
    )
  })

  it(`refuses a reply thread with more than ${LIMITS.commentsPerThread} comments`, () => {
    const many = { ...thread(1), comments: Array.from({ length: LIMITS.commentsPerThread + 1 }, (_, i) => ({ ...thread(1).comments[0], id: `c${i}` })) }
    const a = sample()
    const text = writeReply({ id: 'reply1', createdAt: 1, reviewer: author, assessmentId: a.id, title: a.title, version: { number: 1, hash: contentHash(a) }, verdict: 'comment', summary: '', threads: [many] })
    expect(problem(readReply(text))).toBe(`invalid threads.0.comments: tooMany ${LIMITS.commentsPerThread}`)
  })

  it(`refuses a snapshot with more than ${LIMITS.tasks} tasks or ${LIMITS.descriptorsPerTask} descriptors in a task`, () => {
    const tooMany = packageWith((f) => {
      const t = f.version.assessment.tasks[0]
      f.version.assessment.tasks = Array.from({ length: LIMITS.tasks + 1 }, (_, i) => ({ ...t, id: `task${i}` }))
    })
    expect(problem(readPackage(tooMany))).toBe(`invalid version.assessment.tasks: tooMany ${LIMITS.tasks}`)
    const longTask = packageWith((f) => {
      const t = f.version.assessment.tasks[0]
      t.descriptors = Array.from({ length: LIMITS.descriptorsPerTask + 1 }, (_, i) => ({ ...t.descriptors[0], id: `d${i}` }))
    })
    expect(problem(readPackage(longTask))).toBe(`invalid version.assessment.tasks.0.descriptors: tooMany ${LIMITS.descriptorsPerTask}`)
  })

  it('refuses a snapshot whose tasks, descriptors or options share an id, saying which', () => {
    const twinTasks = packageWith((f) => f.version.assessment.tasks.push({ ...f.version.assessment.tasks[0], order: 9999 }))
    expect(problem(readPackage(twinTasks))).toBe('invalid version.assessment: duplicateId')
    const twinOptions = packageWith((f) => f.version.assessment.tasks[1].options.push({ ...f.version.assessment.tasks[1].options[0] }))
    expect(problem(readPackage(twinOptions))).toBe('invalid version.assessment: duplicateId')
  })

  it('refuses a text over the limit (the one at the limit travels: tests/unit/data/largestText.test.ts)', () => {
    const over = packageWith((f) => (f.version.assessment.tasks[0].text = 'ә'.repeat(LIMITS.text + 1)))
    expect(problem(readPackage(over))).toBe(`invalid version.assessment.tasks.0.text: tooLong ${LIMITS.text}`)
  })
})
