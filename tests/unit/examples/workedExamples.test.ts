import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  convertWorkedExample,
  loadWorkedExample,
  parseWorkedExample,
  workedExampleSlugs,
  type WorkedExampleFile,
} from '@/exchange/workedExamples'
import { taskPoints, totalPoints } from '@/domain/totals'

const dir = resolve(process.cwd(), 'src/data/examples')
const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort()
const read = (name: string) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as WorkedExampleFile

describe('every worked example file', () => {
  // the project's shared fixtures, copied into the repository (tests/fixtures/shared/README.md)
  const shared = resolve(process.cwd(), 'tests/fixtures/shared/fixtures')
  it('is bundled as the fixture it was copied from, unchanged, or says it was built for Bagalau', () => {
    const fixtures = readdirSync(shared).filter((n) => n.endsWith('.json'))
    for (const name of fixtures) expect(readFileSync(resolve(dir, name), 'utf8'), name).toBe(readFileSync(resolve(shared, name), 'utf8'))
    for (const name of names.filter((n) => !fixtures.includes(n))) expect(read(name).notes, name).toMatch(/built for Bagalau/i)
  })

  it('is offered by its slug', () => {
    expect(workedExampleSlugs()).toEqual(names.map((n) => n.replace(/\.json$/, '')))
  })

  it.each(names)('%s converts with the counts and points of the document', (name) => {
    const raw = read(name)
    const slug = name.replace(/\.json$/, '')
    const { assessment: a, summary } = convertWorkedExample(raw, slug)
    expect(a.id).toBe(`example-${slug}`)
    expect(a.status).toBe('approved')
    expect(a.source).toBe(raw.source)
    expect(a.kind).toBe(raw.kind)
    expect(a.language).toBe(raw.language)
    expect(a.title.trim()).not.toBe('')
    expect(a.criteria).toHaveLength(raw.criteria.length)
    expect(a.tasks).toHaveLength(raw.tasks.length)
    const descriptors = raw.tasks.reduce((n, t) => n + t.descriptors.length, 0)
    expect(a.tasks.reduce((n, t) => n + t.descriptors.length, 0)).toBe(descriptors)
    expect(summary.descriptorCount).toBe(descriptors)
    // criteria keep their objective links, by id
    raw.criteria.forEach((c, i) => {
      const codes = a.criteria[i].objectiveIds.map((id) => a.objectives.find((o) => o.id === id)?.code)
      expect(codes).toEqual(c.objectiveCodes)
    })
    // each task: the printed task mark, its criterion, descriptors linked to it
    raw.tasks.forEach((t, i) => {
      const task = a.tasks[i]
      if (t.points !== null && t.descriptors.length > 0) expect(taskPoints(task)).toBe(t.points)
      const criterionId = t.criterionIndex === null ? null : a.criteria[t.criterionIndex].id
      expect(task.criterionIds).toEqual(criterionId === null ? [] : [criterionId])
      expect(task.descriptors.every((d) => d.criterionId === criterionId)).toBe(true)
      expect(task.text).toBe(t.text ?? '')
    })
    // the printed total is met, or the shortfall is reported as missing
    expect(summary.points).toBe(totalPoints(a))
    if (raw.totalPoints !== null) {
      if (summary.missing.includes('points')) expect(totalPoints(a)).toBeLessThan(raw.totalPoints)
      else expect(totalPoints(a)).toBe(raw.totalPoints)
    }
    expect(summary.notes).toBe(raw.notes)
  })

  it('gives the complete descriptor tables their printed totals', () => {
    const totals = Object.fromEntries(names.map((n) => [n, convertWorkedExample(read(n), n).summary.points]))
    expect(totals['sor-kk-history-9.json']).toBe(13)
    expect(totals['sor-ru-history-kz-kazakh-khanate.json']).toBe(10)
    expect(totals['sor-kk-math-2-t4.json']).toBe(12)
  })
})

describe('converting one example', () => {
  it('keeps a criterion spanning two tasks (Kazakh history, criterion 2 for tasks 2 and 3)', () => {
    const a = convertWorkedExample(read('sor-kk-history-9.json'), 'h').assessment
    expect(a.tasks.map((t) => t.criterionIds[0])).toEqual([a.criteria[0].id, a.criteria[1].id, a.criteria[1].id])
    expect(a.tasks.map(taskPoints)).toEqual([4, 5, 4])
    expect(a.tasks[1].descriptors[0].text).toBe('Тарихи оқиғаны анықтайды;')
    expect(a.title).toBe('БЖБ. Қазақстан тарихы, 9-сынып')
    expect(a.durationMinutes).toBeNull()
  })

  it('keeps 2-point descriptors and builds the title from the sections', () => {
    const a = convertWorkedExample(read('sor-kk-math-2-t4.json'), 'm').assessment
    expect(a.tasks[0].descriptors.map((d) => d.points)).toEqual([2, 2, 2, 2])
    expect(a.title).toBe('БЖБ. Математика, 2-сынып, 4-тоқсан. «Тиімді есептеу тәсілдері», «Есептерді шешу тәсілдері»')
    expect(a.criteria[0].objectiveIds).toEqual([a.objectives[0].id])
    expect(a.criteria[1].objectiveIds).toEqual([])
  })

  it('spreads a task mark printed only per task, and maps a gap fill to a short answer', () => {
    const { assessment: a, summary } = convertWorkedExample(read('sor-en-english-5-t1.json'), 'e')
    expect(a.tasks[0].descriptors.map((d) => d.points)).toEqual([1, 1, 1, 1, 1, 1])
    expect(a.tasks[0].type).toBe('shortAnswer')
    expect(a.tasks[0].answer).toBe('heart; family; house; places; relaxed; countries')
    expect(a.tasks[1].type).toBeNull()
    expect(a.title).toBe('SAU. English, Grade 5, Term 1. “Home and away”')
    expect(a.durationMinutes).toBe(20)
    expect(summary.missing).toEqual(expect.arrayContaining(['descriptorPoints', 'points', 'levels', 'taskTypes']))
    expect(summary.missing).not.toContain('taskTexts')
  })

  it('drops a transcriber’s remark standing in for a section title', () => {
    const { assessment: a, summary } = convertWorkedExample(read('sor-ru-history-kz-kazakh-khanate.json'), 'r')
    expect(a.sections).toEqual([])
    expect(a.title).toBe('СОр. История Казахстана')
    expect(summary.missing).toEqual(expect.arrayContaining(['sections', 'grade', 'term', 'taskTexts', 'objectives']))
  })

  it('keeps the objectives of a specification-only document and reports what is missing', () => {
    const { assessment: a, summary } = convertWorkedExample(read('soch-ru-physics-7-t1.json'), 'p')
    expect(a.objectives.map((o) => o.code)).toContain('7.2.1.3')
    expect(a.tasks).toEqual([])
    expect(summary.missing).toEqual(expect.arrayContaining(['tasks', 'criteria', 'duration', 'points']))
    expect(summary.printedTotal).toBe(20)
  })
})

describe('bad files', () => {
  const good = () => structuredClone(read('sor-kk-history-9.json')) as unknown as Record<string, unknown>

  it('are refused with the place of the problem', () => {
    const badKind = { ...good(), kind: 'exam' }
    expect(parseWorkedExample(badKind)).toMatchObject({ ok: false, error: expect.stringContaining('kind') })
    const badPoints = good()
    ;(badPoints.tasks as { points: unknown }[])[0].points = 1.5
    expect(parseWorkedExample(badPoints)).toMatchObject({ ok: false, error: expect.stringContaining('tasks.0.points') })
    expect(parseWorkedExample({ ...good(), source: 'not an address' }).ok).toBe(false)
    expect(parseWorkedExample(null).ok).toBe(false)
  })

  it('are refused when a task names a criterion that does not exist', () => {
    const file = good()
    ;(file.tasks as { criterionIndex: number }[])[0].criterionIndex = 5
    expect(parseWorkedExample(file)).toMatchObject({ ok: false, error: expect.stringContaining('criterion') })
    expect(() => convertWorkedExample(file, 'x')).toThrow(/criterion/)
  })

  it('take a title when the file has one', () => {
    const a = convertWorkedExample({ ...good(), title: '  Менің тақырыбым ' }, 't').assessment
    expect(a.title).toBe('Менің тақырыбым')
  })
})

describe('loading', () => {
  it('loads an example by slug and refuses an unknown one', async () => {
    const { assessment } = await loadWorkedExample('sor-kk-history-9')
    expect(totalPoints(assessment)).toBe(13)
    await expect(loadWorkedExample('nope')).rejects.toThrow(/nope/)
  })
})
