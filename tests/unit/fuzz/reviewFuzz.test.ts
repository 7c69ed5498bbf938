// @vitest-environment node
/**
 * The review importers against at least 1,000 generated bad files each: every one is refused with a
 * typed problem (never an exception), and nothing is polluted. Files whose only change is the removal of
 * a field the format declares optional are still valid and are allowed to pass; no other deletion is.
 */
import { describe, expect, it } from 'vitest'
import { descriptorPath } from '@/domain/anchors'
import { contentHash } from '@/domain/review/hash'
import type { Version } from '@/domain/review/model'
import { publishDrafts, startThread } from '@/domain/review/threads'
import { readPackage, writePackage } from '@/exchange/reviewPackage'
import { readReply, writeReply } from '@/exchange/reviewReply'
import { sample } from '../review/sample'
import { generateBadFiles } from './badFiles'

const author = { name: 'Дана Әліқызы', school: '№5 мектеп' }
const mentor = { name: 'Тәлімгер', role: 'mentor' as const }

function packageText(): string {
  const a = sample()
  const version: Version = { id: `${a.id}@1`, assessmentId: a.id, number: 1, hash: contentHash(a), createdAt: 100, author, content: a }
  const threads = publishDrafts([startThread({ assessment: a, path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: mentor, text: 'ескерту', now: 5 })!])
  return writePackage({ createdAt: 200, author, version, baseline: null, threads } as Parameters<typeof writePackage>[0])
}

function replyText(): string {
  const a = sample()
  const threads = publishDrafts([startThread({ assessment: a, path: descriptorPath('t1', 'd1', 'text'), versionNumber: 1, author: mentor, text: 'ескерту', suggestion: 'жаңа', now: 5 })!])
  return writeReply({ id: 'reply1', createdAt: 300, reviewer: { name: 'Тәлімгер', school: 'Мектеп' }, assessmentId: a.id, title: a.title, version: { number: 1, hash: contentHash(a) }, verdict: 'requestChanges', summary: 'Түзетіңіз', threads })
}

import type { ReviewFileError } from '@/exchange/reviewFile'
import { readFileText } from '@/stores/review'

type Refusal = { ok: boolean; error?: ReviewFileError }

/** Reads a file the way the app does: strict UTF-8 text first, then the importer. */
async function readAsApp(bytes: Uint8Array, read: (text: string) => Refusal): Promise<Refusal> {
  const text = await readFileText(new Blob([bytes as BlobPart]))
  return text.ok ? read(text.value) : text
}

/** Deleting one of these leaves a valid file: the only optional fields of the review formats. */
const OPTIONAL_FIELD_DELETED =
  /^deleted (version|baseline)\.assessment\.(rubricEdits|specEdits|variant|tasks\.\d+\.(script|teacherNotes)|specEdits\.\w+|rubricEdits\.[\w-]+\.cells\.(low|middle|high)|objectives\.\d+\.(catalogueId|section)) #\d+$/

function fuzz(name: string, valid: string, read: (text: string) => Refusal) {
  describe(`${name} importer against hostile files`, () => {
    it('accepts the valid file the bad ones are made from', () => {
      expect(read(valid).ok).toBe(true)
    })

    it('refuses at least 1,000 bad files with a typed problem', async () => {
      const files = generateBadFiles(JSON.parse(valid), { count: 1100, versionPaths: ['formatVersion', 'kind', 'app'] })
      expect(files.length).toBeGreaterThanOrEqual(1000)
      const accepted: string[] = []
      for (const file of files) {
        let result: Refusal
        try {
          result = await readAsApp(file.bytes, read)
        } catch (e) {
          throw new Error(`${file.label}: threw instead of returning a problem: ${String(e)}`)
        }
        if (result.ok) accepted.push(file.label)
        // a refusal for invalid content carries where and what, so the screen can say it in the reader's language
        else if (result.error?.problem === 'invalid') expect(result.error.issue, file.label).toBeDefined()
      }
      // still valid: removing a field the format declares optional (rubric wording, an objective's catalogue
      // link and section), or script text in a nullable text field (shown as text); any other deletion must be refused
      const harmless = (label: string) => OPTIONAL_FIELD_DELETED.test(label) || /^script payload as value at threads\.\d+\.suggestion /.test(label)
      expect(accepted.filter((label) => !harmless(label))).toEqual([])
      const deletions = files.filter((f) => f.label.startsWith('deleted '))
      expect(deletions.filter((f) => !OPTIONAL_FIELD_DELETED.test(f.label)).length).toBeGreaterThan(100)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('isAdmin')
      console.info(`${name} fuzz: ${files.length} files, ${files.length - accepted.length} refused, ${accepted.length} harmless files accepted (optional field removed, or script text in a text field)`)
    }, 300_000)
  })
}

fuzz('review package', packageText(), readPackage)
fuzz('review reply', replyText(), readReply)
