/** Repository of frozen versions (table `versions`, schema v3): written once, never changed. */
import type { Version } from '@/domain/review/model'
import { db } from './database'

const table = () => db().table<Version, string>('versions')

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

export const versionsRepo = {
  /** All versions of an assessment, oldest first. */
  async list(assessmentId: string): Promise<Version[]> {
    const rows = await table().where('assessmentId').equals(assessmentId).toArray()
    return rows.sort((a, b) => a.number - b.number)
  },

  async latest(assessmentId: string): Promise<Version | null> {
    const rows = await this.list(assessmentId)
    return rows[rows.length - 1] ?? null
  },

  async get(assessmentId: string, number: number): Promise<Version | null> {
    return (await table().get(`${assessmentId}@${number}`)) ?? null
  },

  /** Adds a version; an existing number is never overwritten (versions are immutable). */
  async add(version: Version): Promise<void> {
    await table().add(plain(version))
  },
}
