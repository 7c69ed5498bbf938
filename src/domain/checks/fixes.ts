/** Applies a finding's proposed fix: a pure edit through the same operations the editor uses. */
import { resolvePath } from '../anchors'
import type { Assessment } from '../model'
import * as op from '../operations'
import type { Fix } from './types'

export function applyFix(a: Assessment, fix: Fix): Assessment {
  switch (fix.kind) {
    case 'replaceText': {
      const r = resolvePath(a, fix.path)
      if (!r || r.kind === 'document' || r.field !== 'text') return a
      if (r.kind === 'criterion') return op.updateCriterion(a, r.criterion.id, { text: fix.value })
      if (r.kind === 'descriptor') return op.updateDescriptor(a, r.task.id, r.descriptor.id, { text: fix.value })
      if (r.kind === 'task') return op.updateTask(a, r.task.id, { text: fix.value })
      if (r.kind === 'option') return op.updateOption(a, r.task.id, r.option.id, { text: fix.value })
      if (r.kind === 'objective') return op.updateObjective(a, r.objective.id, { text: fix.value })
      return a
    }
    case 'linkCriterion': {
      const task = a.tasks.find((t) => t.id === fix.taskId)
      return task && !task.criterionIds.includes(fix.criterionId) ? op.toggleTaskCriterion(a, fix.taskId, fix.criterionId) : a
    }
    case 'linkObjective': {
      const c = a.criteria.find((x) => x.id === fix.criterionId)
      return c && !c.objectiveIds.includes(fix.objectiveId) ? op.toggleCriterionObjective(a, fix.criterionId, fix.objectiveId) : a
    }
    case 'setDescriptorCriterion':
      return op.updateDescriptor(a, fix.taskId, fix.descriptorId, { criterionId: fix.criterionId })
    case 'setPoints':
      return op.updateDescriptor(a, fix.taskId, fix.descriptorId, { points: fix.value })
    case 'setDuration':
      return op.updateHeader(a, { durationMinutes: fix.value })
    case 'removeDescriptor':
      return op.removeDescriptor(a, fix.taskId, fix.descriptorId)
    case 'removeOption':
      return op.removeOption(a, fix.taskId, fix.optionId)
  }
}
