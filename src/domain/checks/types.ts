/** What the check engine returns: findings anchored to a field, with a message and, where possible, a fix. */
import type { FieldPath } from '../anchors'
import type { Id } from '../ids'
import type { Assessment, Language } from '../model'

export const SEVERITIES = ['error', 'warning', 'hint'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A proposed fix, as data the UI applies through fixes.ts. */
export type Fix =
  | { kind: 'replaceText'; path: FieldPath; value: string }
  | { kind: 'linkCriterion'; taskId: Id; criterionId: Id }
  | { kind: 'linkObjective'; criterionId: Id; objectiveId: Id }
  | { kind: 'setDescriptorCriterion'; taskId: Id; descriptorId: Id; criterionId: Id }
  | { kind: 'setPoints'; taskId: Id; descriptorId: Id; value: number }
  | { kind: 'setDuration'; value: number }
  | { kind: 'removeDescriptor'; taskId: Id; descriptorId: Id }
  | { kind: 'removeOption'; taskId: Id; optionId: Id }

export interface Finding {
  severity: Severity
  ruleId: string
  /** The field it concerns (anchors.ts); `document` for the whole assessment. */
  path: FieldPath
  /** In the reader’s language (the interface’s; the document’s by default), quoting the document as it is. */
  message: string
  fix?: Fix
}

/** What a rule reports before the engine words it: the message key's parameters instead of text. */
export interface RawFinding {
  severity: Severity
  ruleId: string
  path: FieldPath
  params?: Record<string, string | number>
  fix?: Fix
}

export type Rule = (a: Assessment) => RawFinding[]

export type Messages = Record<string, Record<Language, (p: Record<string, string | number>) => string>>
