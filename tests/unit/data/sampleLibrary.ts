/** A library of realistic assessments (Kazakh letters, tasks, options, descriptors, pictures) for backup tests and benches. */
import { createAssessment, createCriterion, createDescriptor, createObjective, createOption, createTask } from '@/domain/factories'
import type { Assessment } from '@/domain/model'
import type { BagalauDatabase, PictureRow } from '@/db/database'

export const KAZAKH = 'Ә ғ қ ң ө ұ ү һ і'

export function sampleAssessment(i: number, now = 1_760_000_000_000): Assessment {
  const base = createAssessment({ kind: i % 2 ? 'term' : 'unit', language: (['kk', 'ru', 'en'] as const)[i % 3], now: now + i })
  const objective = createObjective(1024, `7.${i % 4}.1.1`, `жасуша құрылымын сипаттау ${KAZAKH}`)
  const criterion = { ...createCriterion(1024, 'Жасуша бөліктерін анықтайды', [objective.id]), level: 'knowledge' as const }
  const tasks = [1, 2, 3].map((n) => {
    const task = createTask(n * 1024, n === 1 ? 'multipleChoice' : 'shortAnswer')
    return {
      ...task,
      text: `${n}. Суретте көрсетілген бөліктерді атаңыз. ${KAZAKH}\nЕкінші жол «тырнақша»`,
      criterionIds: [criterion.id],
      answer: 'ядро',
      minutes: 5,
      options: n === 1 ? [createOption(1024, 'ядро', true), createOption(2048, 'мембрана')] : [],
      pictures: n === 2 ? [{ id: `pic-${i}`, order: 1024, blobId: `blob-${i}`, caption: 'Сурет 1', width: 4, height: 3 }] : [],
      descriptors: [createDescriptor(1024, criterion.id, `ядроны атайды ${n}`, 1), createDescriptor(2048, criterion.id, 'қызметін түсіндіреді', 2)],
    }
  })
  return {
    ...base,
    title: `«Жасушалар» бөлімі бойынша жиынтық бағалау №${i} ${KAZAKH}`,
    subject: 'Биология',
    grade: 7,
    term: (i % 4) + 1,
    sections: ['Жасушалар', 'Тыныс алу'],
    objectives: [objective],
    criteria: [criterion],
    tasks,
    deletedAt: i % 10 === 9 ? now : null,
  }
}

export function samplePicture(i: number): PictureRow {
  const bytes = new Uint8Array(256).map((_, k) => (k * 7 + i) % 256)
  return { id: `blob-${i}`, assessmentId: '', blob: new Blob([bytes], { type: 'image/png' }), mimeType: 'image/png' }
}

/** Writes `count` assessments, one picture each, and a catalogue meta row. */
export async function seedLibrary(database: BagalauDatabase, count: number): Promise<Assessment[]> {
  const list = Array.from({ length: count }, (_, i) => sampleAssessment(i))
  await database.assessments.bulkPut(list)
  await database.pictures.bulkPut(list.map((a, i) => ({ ...samplePicture(i), assessmentId: a.id })))
  await database.catalogueMeta.put({ key: 'shippedVersion', value: '2025-09 ӘҒҚ' })
  return list
}

/** Every row of every table, blobs read as byte arrays, for field-by-field comparison. */
export async function dumpDatabase(database: BagalauDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of database.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[]
    out[table.name] = await Promise.all(
      rows.map(async (row) => {
        const copy: Record<string, unknown> = { ...row }
        for (const [k, val] of Object.entries(row))
          if (val instanceof Blob) copy[k] = { type: val.type, bytes: Array.from(new Uint8Array(await val.arrayBuffer())) }
        return copy
      }),
    )
  }
  return out
}
