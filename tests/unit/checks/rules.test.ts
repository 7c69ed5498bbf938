/** Seeded defects: a clean assessment raises nothing; each injected defect fires the right rule on the right field. */
import { describe, expect, it } from 'vitest'
import { countBySeverity, errorCount, runChecks } from '@/domain/checks/engine'
import { applyFix } from '@/domain/checks/fixes'
import type { Assessment, Language, Task } from '@/domain/model'
import { cleanAssessment } from './clean'

type Mutation = (a: Assessment) => Assessment
const onTask = (id: string, patch: (t: Task) => Partial<Task>): Mutation => (a) => ({ ...a, tasks: a.tasks.map((t) => (t.id === id ? { ...t, ...patch(t) } : t)) })
const onDescriptor = (taskId: string, id: string, patch: Partial<Task['descriptors'][number]>): Mutation =>
  onTask(taskId, (t) => ({ descriptors: t.descriptors.map((d) => (d.id === id ? { ...d, ...patch } : d)) }))

interface Case {
  name: string
  kind?: 'unit' | 'term'
  mutate: Mutation
  ruleId: string
  path: string
  severity: 'error' | 'warning' | 'hint'
  fixes?: boolean
}

const CASES: Case[] = [
  { name: 'no objectives', mutate: (a) => ({ ...a, objectives: [], criteria: a.criteria.map((c) => ({ ...c, objectiveIds: [] })) }), ruleId: 'assessment.noObjectives', path: 'objectives', severity: 'error' },
  { name: 'no criteria', mutate: (a) => ({ ...a, criteria: [] }), ruleId: 'assessment.noCriteria', path: 'criteria', severity: 'error' },
  { name: 'no tasks', mutate: (a) => ({ ...a, tasks: [] }), ruleId: 'assessment.noTasks', path: 'tasks', severity: 'error' },
  { name: 'no subject', mutate: (a) => ({ ...a, subject: ' ' }), ruleId: 'header.noSubject', path: 'header/subject', severity: 'warning' },
  { name: 'no grade', mutate: (a) => ({ ...a, grade: null }), ruleId: 'header.noGrade', path: 'header/grade', severity: 'warning' },
  { name: 'no term', mutate: (a) => ({ ...a, term: null }), ruleId: 'header.noTerm', path: 'header/term', severity: 'warning' },
  { name: 'task without type', mutate: onTask('t2', () => ({ type: null })), ruleId: 'task.noType', path: 'tasks/t2/type', severity: 'error' },
  { name: 'task without level', mutate: onTask('t2', () => ({ level: null })), ruleId: 'task.noLevel', path: 'tasks/t2/level', severity: 'error' },
  { name: 'task without criterion', mutate: onTask('t2', () => ({ criterionIds: [] })), ruleId: 'task.noCriterion', path: 'tasks/t2/criterionIds', severity: 'error' },
  { name: 'task without descriptors', mutate: onTask('t1', () => ({ descriptors: [] })), ruleId: 'task.noDescriptor', path: 'tasks/t1/descriptors', severity: 'error' },
  { name: 'dictation without its words', mutate: onTask('t2', () => ({ text: 'Диктант: сөздерді тыңдап, жазыңыз.' })), ruleId: 'teacher.noScript', path: 'tasks/t2/script', severity: 'hint' },
  { name: 'listening task without a script', mutate: onTask('t2', () => ({ text: 'Listen to the dialogue and answer.' })), ruleId: 'teacher.noScript', path: 'tasks/t2/script', severity: 'hint' },
  { name: 'empty task text', mutate: onTask('t2', () => ({ text: '  ' })), ruleId: 'task.emptyText', path: 'tasks/t2/text', severity: 'error' },
  { name: 'criterion without objective', mutate: (a) => ({ ...a, criteria: a.criteria.map((c) => (c.id === 'c2' ? { ...c, objectiveIds: [] } : c)) }), ruleId: 'criterion.noObjective', path: 'criteria/c2/objectiveIds', severity: 'error', fixes: true },
  { name: 'criterion of no task', mutate: (a) => ({ ...a, criteria: [...a.criteria, { id: 'c3', order: 2, text: a.criteria[0].text + ' X', objectiveIds: ['o1'], level: null }] }), ruleId: 'criterion.unused', path: 'criteria/c3', severity: 'warning' },
  { name: 'empty criterion', mutate: (a) => ({ ...a, criteria: a.criteria.map((c) => (c.id === 'c2' ? { ...c, text: '' } : c)) }), ruleId: 'criterion.emptyText', path: 'criteria/c2/text', severity: 'error' },
  { name: 'objective assessed by no criterion', mutate: (a) => ({ ...a, objectives: [...a.objectives, { id: 'o2', order: 1, code: '9.1.1.2', text: 'x' }] }), ruleId: 'objective.notAssessed', path: 'objectives/o2', severity: 'error' },
  { name: 'objective without code', mutate: (a) => ({ ...a, objectives: a.objectives.map((o) => ({ ...o, code: '' })) }), ruleId: 'objective.emptyCode', path: 'objectives/o1/code', severity: 'error' },
  { name: 'empty descriptor', mutate: onDescriptor('t2', 't2d1', { text: '' }), ruleId: 'descriptor.emptyText', path: 'tasks/t2/descriptors/t2d1/text', severity: 'error' },
  { name: 'duplicate descriptor', mutate: (a) => onDescriptor('t2', 't2d2', { text: a.tasks[1].descriptors[1].text.toUpperCase().replace(/;$/, '.') })(a), ruleId: 'descriptor.duplicate', path: 'tasks/t2/descriptors/t2d2/text', severity: 'warning', fixes: true },
  { name: 'descriptor of a criterion its task lacks', mutate: onDescriptor('t2', 't2d0', { criterionId: 'c2' }), ruleId: 'descriptor.foreignCriterion', path: 'tasks/t2/descriptors/t2d0/criterionId', severity: 'error', fixes: true },
  { name: 'descriptor with no criterion in a two-criteria task', mutate: (a) => onDescriptor('t2', 't2d0', { criterionId: null })(onTask('t2', () => ({ criterionIds: ['c1', 'c2'] }))(a)), ruleId: 'descriptor.noCriterion', path: 'tasks/t2/descriptors/t2d0/criterionId', severity: 'warning' },
  { name: 'zero points', mutate: onDescriptor('t2', 't2d0', { points: 0 }), ruleId: 'descriptor.points', path: 'tasks/t2/descriptors/t2d0/points', severity: 'error', fixes: true },
  { name: 'half a point', mutate: onDescriptor('t2', 't2d0', { points: 1.5 }), ruleId: 'descriptor.points', path: 'tasks/t2/descriptors/t2d0/points', severity: 'error', fixes: true },
  { name: 'total too high for a unit', mutate: onTask('t3', (t) => ({ descriptors: t.descriptors.map((d) => ({ ...d, points: 3 })) })), ruleId: 'total.range', path: 'document', severity: 'warning' },
  { name: 'total too low for a term', kind: 'term', mutate: (a) => ({ ...a, tasks: a.tasks.slice(0, 3) }), ruleId: 'total.range', path: 'document', severity: 'warning' },
  { name: 'tasks longer than the duration', mutate: onTask('t3', () => ({ minutes: 14 })), ruleId: 'time.over', path: 'header/durationMinutes', severity: 'error' },
  { name: 'unusual duration', kind: 'term', mutate: (a) => ({ ...a, durationMinutes: 90 }), ruleId: 'time.duration', path: 'header/durationMinutes', severity: 'warning', fixes: true },
  { name: 'no duration', mutate: (a) => ({ ...a, durationMinutes: null }), ruleId: 'time.noDuration', path: 'header/durationMinutes', severity: 'warning', fixes: true },
  { name: 'term task without minutes', kind: 'term', mutate: onTask('t4', () => ({ minutes: null })), ruleId: 'time.noMinutes', path: 'tasks/t4/minutes', severity: 'hint' },
  { name: 'term of one level', kind: 'term', mutate: (a) => ({ ...a, tasks: a.tasks.map((t) => ({ ...t, level: 'application' as const })) }), ruleId: 'levels.termSpread', path: 'document', severity: 'warning' },
  { name: 'term without higher order', kind: 'term', mutate: onTask('t3', () => ({ level: 'application' })), ruleId: 'levels.termHigher', path: 'document', severity: 'warning' },
  { name: 'unit all recall', mutate: (a) => ({ ...a, tasks: a.tasks.map((t) => ({ ...t, level: 'knowledge' as const })) }), ruleId: 'levels.unitRecall', path: 'document', severity: 'hint' },
  { name: 'two options', mutate: onTask('t1', (t) => ({ options: t.options.slice(0, 2) })), ruleId: 'mc.fewOptions', path: 'tasks/t1/options', severity: 'error' },
  { name: 'no correct option', mutate: onTask('t1', (t) => ({ options: t.options.map((o) => ({ ...o, correct: false })) })), ruleId: 'mc.noCorrect', path: 'tasks/t1/options', severity: 'error' },
  { name: 'repeated option', mutate: onTask('t1', (t) => ({ options: [...t.options, { ...t.options[0], id: 't1o9', order: 9, correct: false }] })), ruleId: 'mc.duplicateOption', path: 'tasks/t1/options/t1o9/text', severity: 'error', fixes: true },
  { name: 'empty option', mutate: onTask('t1', (t) => ({ options: [...t.options, { id: 't1o9', order: 9, text: '', correct: false }] })), ruleId: 'option.emptyText', path: 'tasks/t1/options/t1o9/text', severity: 'error' },
]

const LANGUAGES: Language[] = ['kk', 'ru', 'en']

describe('seeded defects', () => {
  it.each(LANGUAGES)('the clean %s assessments (unit and term) raise nothing', (lang) => {
    expect(runChecks(cleanAssessment(lang, 'unit'))).toEqual([])
    expect(runChecks(cleanAssessment(lang, 'term'))).toEqual([])
  })

  for (const c of CASES) {
    it.each(LANGUAGES)(`${c.name} → ${c.ruleId} (%s)`, (lang) => {
      const clean = cleanAssessment(lang, c.kind ?? 'unit')
      const broken = c.mutate(clean)
      const findings = runChecks(broken)
      const hit = findings.filter((f) => f.ruleId === c.ruleId)
      expect(hit.map((f) => [f.path, f.severity])).toEqual([[c.path, c.severity]])
      expect(hit[0].message.length).toBeGreaterThan(10)
      if (c.fixes) {
        expect(hit[0].fix).toBeDefined()
        const fixed = applyFix(broken, hit[0].fix!)
        expect(runChecks(fixed).filter((f) => f.ruleId === c.ruleId)).toEqual([])
      }
    })
  }

  it('words messages in the document language', () => {
    const broken = (lang: Language) => runChecks(onTask('t2', () => ({ type: null }))(cleanAssessment(lang)))[0].message
    expect(broken('kk')).toBe('2-тапсырманың түрі таңдалмаған.')
    expect(broken('ru')).toBe('У задания 2 не выбран тип.')
    expect(broken('en')).toBe('Task 2 has no type.')
  })

  it('orders errors first and counts by severity', () => {
    const a = onTask('t2', () => ({ type: null }))({ ...cleanAssessment('ru'), durationMinutes: null })
    const findings = runChecks(a)
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning'])
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 1, hint: 0 })
    expect(errorCount(a)).toBe(1)
  })

  it('links a task to the only criterion', () => {
    const one = { ...cleanAssessment('kk'), criteria: [cleanAssessment('kk').criteria[0]] }
    const a = onTask('t3', () => ({ criterionIds: [] }))(one)
    const f = runChecks(a).find((x) => x.ruleId === 'task.noCriterion')!
    expect(f.fix).toEqual({ kind: 'linkCriterion', taskId: 't3', criterionId: 'c1' })
    expect(applyFix(a, f.fix!).tasks[2].criterionIds).toEqual(['c1'])
  })
})
