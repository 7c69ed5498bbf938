import { describe, expect, it } from 'vitest'
import type { Assessment, Criterion, Task } from '@/domain/model'
import { codeSectionKey, defaultSectionOf, specification, specificationMinutes } from '@/domain/specification'
import { PRINT_LABELS } from '@/domain/printLabels'
import { FIXTURE_LEVELS, FIXTURE_TYPES, readFixture, toAssessment } from './fixtureAssessment'

interface SpecRow {
  section?: string
  objective: string
  level: string | null
  taskNumber: number | null
  type: string | null
  minutes: number | null
  points: number | null
  sectionPoints?: number
  taskCountForSection?: number
}

/** The physics СОч built from its real specification rows: one criterion and one task per row. */
function physics(): { a: Assessment; rows: SpecRow[] } {
  const f = readFixture('soch-ru-physics-7-t1.json')
  const base = toAssessment(f)
  const rows = (f.specification!.rows as unknown as SpecRow[]).map((r) =>
    // the stored table is cut inside the 7.2.1.3 row; task 5 is the only number missing, and the section's
    // 11 points less task 6's 2 leave 9 for it
    r.objective === '7.2.1.3' ? { ...r, level: 'Применение', taskNumber: 5, type: 'РО', minutes: 15, points: 9 } : r,
  )
  const criteria: Criterion[] = []
  const tasks: Task[] = []
  for (const r of [...rows].sort((x, y) => x.taskNumber! - y.taskNumber!)) {
    const codes = r.objective.split(';').map((c) => c.trim())
    const c: Criterion = {
      id: `c${r.taskNumber}`,
      order: criteria.length,
      text: `criterion of ${r.objective}`,
      objectiveIds: base.objectives.filter((o) => codes.includes(o.code)).map((o) => o.id),
      level: null,
    }
    criteria.push(c)
    tasks.push({
      id: `t${r.taskNumber}`, order: tasks.length, text: '', type: FIXTURE_TYPES[r.type!], level: FIXTURE_LEVELS[r.level!],
      criterionIds: [c.id], minutes: r.minutes, answer: '', script: '', teacherNotes: '', options: [], pictures: [],
      descriptors: Array.from({ length: r.points! }, (_, i) => ({ id: `t${r.taskNumber}d${i}`, order: i, text: 'd', points: 1, criterionId: c.id })),
    })
  }
  return { a: { ...base, criteria, tasks }, rows }
}

const physicsSections = (code: string) =>
  code.startsWith('7.1.') ? 'Физика – наука о природе / Физические величины и измерения' : 'Механическое движение'

describe('specification', () => {
  it('reproduces the real physics 7 term 1 rows (section, objective, level, task №, type, minutes, points)', () => {
    const { a, rows } = physics()
    const spec = specification(a, { sectionOf: (o) => physicsSections(o.code) })
    const labels = PRINT_LABELS.ru
    const ours = spec.sections.flatMap((s) =>
      s.rows.map((r) => ({
        objective: r.objectives.map((o) => o.code).join('; '),
        level: r.level ? labels.levels[r.level] : null,
        taskNumber: r.taskNumber,
        type: r.type ? labels.taskTypesShort[r.type] : null,
        minutes: r.minutes,
        points: r.points,
      })),
    )
    expect(ours).toEqual(rows.map(({ objective, level, taskNumber, type, minutes, points }) => ({ objective, level, taskNumber, type, minutes, points })))
    expect(spec.sections.map((s) => [s.title, s.points])).toEqual([
      ['Физика – наука о природе / Физические величины и измерения', 9],
      ['Механическое движение', 11],
    ])
    // the real table gives 5 tasks for the first section (4 for the second, whose other rows are cut)
    expect(spec.sections[0].taskCount).toBe(rows[0].taskCountForSection)
    expect(spec.points).toBe(20)
    expect(spec.taskCount).toBe(7)
  })

  it('maps codes to sections by their section number when there is one section per number', () => {
    const { a } = physics()
    const two = { ...a, sections: ['Раздел A', 'Раздел B'] }
    const spec = specification(two)
    expect(spec.sections.map((s) => [s.title, s.taskCount])).toEqual([['Раздел A', 5], ['Раздел B', 2]])
    // three titles for two numbers: unknown, so everything lands in one untitled group
    expect(specification(a).sections.map((s) => s.title)).toEqual([null])
    expect(defaultSectionOf({ ...a, sections: ['Only'] })(a.objectives[0])).toBe('Only')
    expect(codeSectionKey('7.2.1.1')).toBe('2')
    expect(codeSectionKey('5.L3')).toBeNull()
  })

  it('puts tasks without objectives in an untitled group and totals minutes and points', () => {
    const { a } = physics()
    const loose = { ...a, tasks: [...a.tasks, { ...a.tasks[0], id: 'tx', criterionIds: [], minutes: 3 }] }
    const spec = specification(loose, { sectionOf: (o) => physicsSections(o.code) })
    expect(spec.sections.at(-1)!.title).toBeNull()
    expect(spec.sections.at(-1)!.rows[0].taskNumber).toBe(8)
    expect(spec.minutes).toBe(1 + 1 + 1 + 2 + 5 + 4 + 15 + 3)
    expect(spec.points).toBe(21)
  })

  it('puts a task without objectives in the one section the header names (not «section not given»)', () => {
    const { a } = physics()
    const one = { ...a, sections: ['Механическое движение'], tasks: [...a.tasks, { ...a.tasks[0], id: 'tx', criterionIds: [] }] }
    expect(specification(one).sections.map((s) => s.title)).toEqual(['Механическое движение'])
  })

  it('has no total minutes when no task has minutes: the assessment duration stands in, else nothing', () => {
    const { a } = physics()
    const untimed = { ...a, tasks: a.tasks.map((t) => ({ ...t, minutes: null })) }
    const spec = specification(untimed)
    expect(spec.minutes).toBeNull()
    expect(spec.sections.every((s) => s.minutes === null)).toBe(true)
    expect(specificationMinutes({ ...untimed, durationMinutes: 40 }, spec)).toBe(40)
    expect(specificationMinutes({ ...untimed, durationMinutes: null }, spec)).toBeNull()
    expect(specificationMinutes(a, specification(a))).toBe(29)
  })

  it('is empty for an assessment without tasks', () => {
    const spec = specification({ ...physics().a, tasks: [] })
    expect(spec).toEqual({ sections: [], taskCount: 0, minutes: null, points: 0 })
  })
})
