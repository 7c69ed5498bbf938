/** Repository of task pictures: image blobs kept apart from the assessment rows, by id. */
import { db, type PictureRow } from './database'

export const picturesRepo = {
  async put(row: PictureRow): Promise<void> {
    await db().pictures.put(row)
  },

  get(id: string): Promise<PictureRow | undefined> {
    return db().pictures.get(id)
  },

  /** The ids of every stored picture (the blobs are not read). */
  async ids(): Promise<Set<string>> {
    return new Set(await db().pictures.toCollection().primaryKeys())
  },

  /** The blobs for these ids (missing ones are left out). */
  async getMany(ids: string[]): Promise<Map<string, PictureRow>> {
    const rows = await db().pictures.bulkGet(ids)
    return new Map(rows.filter((r): r is PictureRow => r !== undefined).map((r) => [r.id, r]))
  },
}
