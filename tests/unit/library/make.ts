/** Small builders of library assessments for the tests. */
import { createAssessment, createCriterion, createDescriptor, createObjective, createTask } from '@/domain/factories'
import type { Assessment } from '@/domain/model'

export interface Spec {
  title?: string
  kind?: Assessment['kind']
  subject?: string
  grade?: number | null
  term?: number | null
  updatedAt?: number
  objective?: [code: string, text: string]
  criterion?: string
  task?: string
  descriptor?: string
  answer?: string
}

export function make(spec: Spec): Assessment {
  const a = createAssessment({ kind: spec.kind ?? 'unit', now: spec.updatedAt ?? 1000 })
  const objectives = spec.objective ? [createObjective(1, ...spec.objective)] : []
  const criteria = spec.criterion ? [createCriterion(1, spec.criterion, objectives.map((o) => o.id))] : []
  const tasks = []
  if (spec.task !== undefined || spec.descriptor !== undefined || spec.answer !== undefined) {
    const task = { ...createTask(1), text: spec.task ?? '', answer: spec.answer ?? '' }
    task.descriptors = spec.descriptor ? [createDescriptor(1, criteria[0]?.id ?? null, spec.descriptor)] : []
    tasks.push(task)
  }
  return {
    ...a,
    title: spec.title ?? '',
    subject: spec.subject ?? '',
    grade: spec.grade ?? null,
    term: spec.term ?? null,
    objectives,
    criteria,
    tasks,
  }
}
