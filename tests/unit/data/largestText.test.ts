// @vitest-environment node
/**
 * The largest text the editor accepts (AutoTextarea's maxlength, the stored shapes' LIMITS.text; a
 * title holds LIMITS.short) is never refused further on: saved, backed up and restored whole; sent for
 * review, read by the mentor, and answered in a reply the teacher reads whole.
 */
import './nodeBlobs'
import { beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { assessmentsRepo, saveAssessmentContent } from '@/db/assessments'
import { exportDatabase, installedTables, restoreDatabase } from '@/db/backup'
import { DATABASE_NAME, resetDbForTests } from '@/db/database'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { descriptorPath } from '@/domain/anchors'
import type { Assessment } from '@/domain/model'
import { contentHash } from '@/domain/review/hash'
import { publishDrafts, startThread } from '@/domain/review/threads'
import { LIMITS } from '@/domain/shapes/limits'
import { assembleBackupFile, makeBackupHeader, readBackupFile } from '@/exchange/backup/backupFile'
import { readPackage, writePackage } from '@/exchange/reviewPackage'
import { readReply, writeReply } from '@/exchange/reviewReply'
import { LIMITS as FILE_LIMITS } from '@/exchange/reviewSchemas'
import { KAZAKH, sampleAssessment } from './sampleLibrary'

/** A reading passage of exactly `n` characters: Kazakh letters, line breaks, an emoji's surrogate pair. */
function passage(n: number): string {
  const line = `Мәтінді оқып, сұрақтарға жауап беріңіз 📖 ${KAZAKH}.\n`
  return line.repeat(Math.ceil(n / line.length)).slice(0, n - 1) + '.'
}

function largest(): Assessment {
  const a = sampleAssessment(1)
  const [first, ...rest] = a.tasks
  return {
    ...a,
    title: passage(LIMITS.short),
    tasks: [
      { ...first, text: passage(LIMITS.text), answer: passage(LIMITS.text), descriptors: first.descriptors.map((d) => ({ ...d, text: passage(LIMITS.text) })) },
      ...rest,
    ],
    criteria: a.criteria.map((c) => ({ ...c, text: passage(LIMITS.text) })),
  }
}

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})

describe('the largest text the editor accepts', () => {
  it('is saved, backed up and restored whole', async () => {
    const a = largest()
    expect(a.tasks[0].text).toHaveLength(LIMITS.text)
    expect((await saveAssessmentContent(a, a.updatedAt)).ok).toBe(true)
    const saved = (await assessmentsRepo.get(a.id))!
    const { blob, counts, databaseVersion } = await exportDatabase()
    const file = assembleBackupFile(makeBackupHeader(counts, databaseVersion, 1, 'Айгүл'), blob)
    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
    const parsed = await readBackupFile(file, { tables: installedTables(), databaseVersion: CURRENT_SCHEMA_VERSION })
    await restoreDatabase(parsed.export, 'replace')
    expect(await assessmentsRepo.get(a.id)).toEqual(saved)
  })

  it('is sent for review, read by the mentor, and comes back whole in a reply', () => {
    const a = largest()
    const author = { name: passage(LIMITS.short), school: passage(LIMITS.short) }
    const version = { id: `${a.id}@1`, assessmentId: a.id, number: 1, hash: contentHash(a), createdAt: 1, author, content: a }
    const started = startThread({ assessment: a, path: descriptorPath(a.tasks[0].id, a.tasks[0].descriptors[0].id, 'text'), versionNumber: 1, author: { name: author.name, role: 'mentor' }, text: passage(LIMITS.text), suggestion: passage(LIMITS.text), now: 2 })!
    const threads = publishDrafts([started])
    expect(threads[0].quote).toHaveLength(LIMITS.text)

    const packageText = writePackage({ createdAt: 3, author, version, baseline: null, threads })
    expect(packageText.length).toBeLessThan(FILE_LIMITS.fileChars)
    const read = readPackage(packageText)
    expect(read.ok ? '' : read.error).toBe('')
    if (!read.ok) return
    expect(read.value.version.content).toEqual(a)
    expect(read.value.threads).toEqual(threads)

    const replyText = writeReply({ id: 'reply1', createdAt: 4, reviewer: author, assessmentId: a.id, title: a.title, version: { number: 1, hash: version.hash }, verdict: 'requestChanges', summary: passage(LIMITS.text), threads })
    const reply = readReply(replyText)
    expect(reply.ok ? '' : reply.error).toBe('')
    if (!reply.ok) return
    expect(reply.value.summary).toHaveLength(LIMITS.text)
    expect(reply.value.title).toBe(a.title)
    expect(reply.value.threads).toEqual(threads)
  })
})
