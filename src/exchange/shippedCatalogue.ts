/**
 * The built-in catalogue: the curriculum files in src/data/curriculum (partial lists transcribed from
 * published documents, each with its sources) turned into catalogue entries. The files are loaded
 * lazily (a separate chunk each), so they never weigh on the first page load, and validated like any
 * other input. Their content hash is the data version: a new hash means newer data shipped.
 */
import * as v from 'valibot'
import { LANGUAGES } from '@/domain/model'
import { normalizeCode } from '@/domain/catalogue/codes'
import { sectionTitleOf } from '@/domain/catalogue/sectionTitle'
import type { CatalogueObjective, CatalogueSection } from '@/domain/catalogue/model'
import { SubjectRegistry } from '@/domain/catalogue/subjects'

const CurriculumFile = v.object({
  source: v.array(v.string()),
  subject: v.object({ kk: v.string(), ru: v.string(), en: v.string() }),
  grade: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
  language: v.picklist(LANGUAGES),
  sections: v.array(
    v.object({
      term: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4))),
      title: v.string(),
      objectives: v.array(v.object({ code: v.pipe(v.string(), v.minLength(1)), text: v.pipe(v.string(), v.minLength(1)) })),
    }),
  ),
  notes: v.optional(v.unknown()),
})
export type CurriculumFile = v.InferOutput<typeof CurriculumFile>

export interface ShippedCatalogue {
  version: string
  objectives: CatalogueObjective[]
  sections: CatalogueSection[]
}

/** FNV-1a, 32 bits, hex: enough to notice that the bundled data changed. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** Converts one validated file; ids are stable across versions so hidden marks can be carried over. */
export function convertCurriculumFile(name: string, raw: unknown, subjects: SubjectRegistry, now: number): Omit<ShippedCatalogue, 'version'> {
  const file = v.parse(CurriculumFile, raw)
  const subject = subjects.add(file.subject)
  const base = {
    language: file.language,
    subject,
    subjectNames: { ...file.subject },
    grade: file.grade,
    origin: 'shipped' as const,
    hidden: false,
    source: file.source.join('\n'),
    updatedAt: now,
  }
  const objectives: CatalogueObjective[] = []
  const sections: CatalogueSection[] = []
  const seen = new Map<string, number>()
  let order = 0
  file.sections.forEach((s, i) => {
    const title = sectionTitleOf(s.title)
    sections.push({ ...base, id: `sh:${name}:s${i}`, term: s.term, title, order: order })
    for (const o of s.objectives) {
      const code = normalizeCode(o.code)
      const n = (seen.get(code) ?? 0) + 1
      seen.set(code, n)
      objectives.push({ ...base, id: `sh:${name}:${code}${n > 1 ? `#${n}` : ''}`, code, text: o.text, section: title, term: s.term, order: order++ })
    }
  })
  return { objectives, sections }
}

/** Bumped when the conversion changes what it makes of the same files, so stored copies are refreshed. */
const CONVERSION = 'sections-without-remarks'

/** Converts every file; the version hashes the conversion and the files' content in name order. */
export function convertCurriculum(files: Record<string, unknown>, now = Date.now()): ShippedCatalogue {
  const subjects = new SubjectRegistry()
  const names = Object.keys(files).sort()
  const out: ShippedCatalogue = { version: contentHash(CONVERSION + '\n' + names.map((n) => n + JSON.stringify(files[n])).join('\n')), objectives: [], sections: [] }
  for (const name of names) {
    const { objectives, sections } = convertCurriculumFile(name, files[name], subjects, now)
    out.objectives.push(...objectives)
    out.sections.push(...sections)
  }
  return out
}

const modules = import.meta.glob<unknown>('../data/curriculum/*.json', { import: 'default' })

/** Loads the bundled curriculum files (lazily, from their own chunks) and converts them. */
export async function loadShippedCatalogue(now = Date.now()): Promise<ShippedCatalogue> {
  const entries = await Promise.all(
    Object.entries(modules).map(async ([path, load]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), await load()] as const),
  )
  return convertCurriculum(Object.fromEntries(entries), now)
}
