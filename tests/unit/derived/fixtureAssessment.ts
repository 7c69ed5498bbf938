/**
 * Turns a transcribed real document (tests/unit/derived/fixtures, copied from shared/fixtures) into an
 * Assessment of our model, by hand-written rules only: objectives by code, criteria linked by
 * objectiveCodes, tasks linked to criterionIndex, descriptors linked to that criterion.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Assessment, Language, TaskType, ThinkingLevel } from '@/domain/model'

export interface FixtureTask {
  number: number
  text: string | null
  type: string | null
  level: string | null
  criterionIndex: number | null
  descriptors: { text: string; points: number | null }[]
  points: number | null
  answer?: string
}

export interface Fixture {
  source: string
  kind: 'unit' | 'term'
  language: Language
  subject: string
  grade: number | null
  term: number | null
  sections: string[]
  durationMinutes: number | null
  objectives: { code: string; text: string }[]
  criteria: { text: string; objectiveCodes: string[] }[]
  tasks: FixtureTask[]
  totalPoints: number | null
  parentRubric?: { rows: { criterion: string; low: string | null; middle: string | null; high: string | null }[] }
  specification?: { rows: Record<string, unknown>[] }
}

// happy-dom gives import.meta.url an http scheme, so resolve from the project root
const DIR = join(process.cwd(), 'tests/unit/derived/fixtures/')

export function fixtureNames(): string[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()
}

export function readFixture(name: string): Fixture {
  return JSON.parse(readFileSync(DIR + name, 'utf8')) as Fixture
}

const TYPES: Record<string, TaskType> = { МВО: 'multipleChoice', КТБ: 'multipleChoice', КО: 'shortAnswer', ҚЖ: 'shortAnswer', РО: 'extendedAnswer', ТЖ: 'extendedAnswer' }
const LEVELS: Record<string, ThinkingLevel> = {
  'Знание и понимание': 'knowledge',
  Применение: 'application',
  'Навыки высокого порядка': 'higher',
  'Білу және түсіну': 'knowledge',
  Қолдану: 'application',
  'Жоғары деңгей дағдылары': 'higher',
}

export function toAssessment(f: Fixture): Assessment {
  const objectives = f.objectives.map((o, i) => ({ id: `o${i + 1}`, order: i, code: o.code, text: o.text }))
  const byCode = new Map(objectives.map((o) => [o.code, o.id]))
  const criteria = f.criteria.map((c, i) => ({
    id: `c${i + 1}`,
    order: i,
    text: c.text,
    objectiveIds: c.objectiveCodes.map((code) => byCode.get(code)).filter((id): id is string => id !== undefined),
    level: null,
  }))
  const tasks = f.tasks.map((t, i) => {
    const criterionId = t.criterionIndex === null ? null : (criteria[t.criterionIndex]?.id ?? null)
    return {
      id: `t${i + 1}`,
      order: i,
      text: t.text ?? '',
      type: t.type ? (TYPES[t.type] ?? null) : null,
      level: t.level ? (LEVELS[t.level] ?? null) : null,
      criterionIds: criterionId ? [criterionId] : [],
      minutes: null,
      answer: t.answer ?? '',
      script: '',
      teacherNotes: '',
      options: [],
      pictures: [],
      descriptors: t.descriptors.map((d, j) => ({ id: `t${i + 1}d${j + 1}`, order: j, text: d.text, points: d.points ?? 1, criterionId })),
    }
  })
  return {
    id: 'fixture',
    kind: f.kind,
    language: f.language,
    title: '',
    subject: f.subject,
    grade: f.grade,
    term: f.term,
    sections: f.sections,
    durationMinutes: f.durationMinutes,
    objectives,
    criteria,
    tasks,
    rubricEdits: {},
    variant: null,
    specEdits: {},
    status: 'draft',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    source: f.source,
  }
}

export { TYPES as FIXTURE_TYPES, LEVELS as FIXTURE_LEVELS }
