import { newId } from './ids'
import type {
  Assessment,
  AssessmentKind,
  ChoiceOption,
  Criterion,
  Descriptor,
  Language,
  Objective,
  Task,
  TaskType,
} from './model'
import { defaultDurationMinutes } from './rules'

export interface NewAssessmentOptions {
  kind: AssessmentKind
  /** @default 'kk' */
  language?: Language
  /** @default Date.now() */
  now?: number
}

export function createAssessment({ kind, language = 'kk', now = Date.now() }: NewAssessmentOptions): Assessment {
  return {
    id: newId(),
    kind,
    language,
    title: '',
    subject: '',
    grade: null,
    term: null,
    sections: [],
    durationMinutes: defaultDurationMinutes(kind),
    objectives: [],
    criteria: [],
    tasks: [],
    rubricEdits: {},
    variant: null,
    specEdits: {},
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    source: '',
  }
}

export function createObjective(order: number, code = '', text = ''): Objective {
  return { id: newId(), order, code, text }
}

export function createCriterion(order: number, text = '', objectiveIds: string[] = []): Criterion {
  return { id: newId(), order, text, objectiveIds, level: null }
}

export function createDescriptor(order: number, criterionId: string | null = null, text = '', points = 1): Descriptor {
  return { id: newId(), order, text, points, criterionId }
}

export function createOption(order: number, text = '', correct = false): ChoiceOption {
  return { id: newId(), order, text, correct }
}

export function createTask(order: number, type: TaskType | null = 'shortAnswer'): Task {
  return {
    id: newId(),
    order,
    text: '',
    type,
    level: null,
    criterionIds: [],
    minutes: null,
    answer: '',
    script: '',
    teacherNotes: '',
    options: [],
    pictures: [],
    descriptors: [],
  }
}
