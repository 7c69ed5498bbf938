/**
 * What a verdict and a sending must say about the checks: approving a draft that still has errors asks
 * the mentor first and lists them; sending a draft with errors tells the teacher. And editing an approved
 * assessment withdraws the approval, which the teacher is told once (undo brings the approved content back,
 * and with it the approval).
 */
import type { Finding } from '../checks/types'
import type { AssessmentStatus } from '../model'
import type { Verdict } from './model'

/** The findings that are errors, in the order the checks give them. */
export const errorsOf = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'error')

/** Whether this verdict must be confirmed first: an approval while the checks still find errors. */
export const needsConfirmation = (verdict: Verdict, findings: readonly Finding[]): boolean => verdict === 'approve' && errorsOf(findings).length > 0

/** How many errors a draft goes out with (0: nothing to tell the teacher). */
export const errorsAtSending = (findings: readonly Finding[]): number => errorsOf(findings).length

/**
 * Whether an edit is the one that withdraws an approval: the status shown was approved and is no longer.
 * `warned` is whether the teacher was already told for this approval (then nothing is said again).
 */
export function withdrawsApproval(before: AssessmentStatus, after: AssessmentStatus, warned: boolean): boolean {
  return !warned && before === 'approved' && after !== 'approved'
}

/**
 * Whether a verdict can be given here: always on a mentor's own machine; for an assessment of this
 * computer's teacher (a same-computer review) only while a mentor has started and not yet left.
 */
export const verdictAllowed = (teachersOwnHere: boolean, mentorSitting: boolean): boolean => !teachersOwnHere || mentorSitting
