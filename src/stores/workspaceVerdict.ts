/**
 * The mentor's verdict in the school workspace moves the teacher's own assessment status as a verdict from
 * a reply file does (submitted or resubmitted → approved or changesRequested), so the library and the
 * editor's status say the same as the review. Used by the teacher's editor (stores/workspaceMine.ts) and, with
 * the editor closed, by her sent list (stores/workspaceQueue.ts).
 */
import { assessmentsRepo } from '@/db/assessments'
import { reviewsRepo } from '@/db/reviews'
import { versionsRepo } from '@/db/versions'
import { useEditorStore } from './editor'
import type { ReviewSnapshot } from './workspaceReview'

export async function followVerdict(next: ReviewSnapshot): Promise<void> {
  if (!next.verdict || next.verdict.number !== next.latest || (next.status !== 'approved' && next.status !== 'changesRequested')) return
  const editor = useEditorStore()
  const here = editor.assessment?.id === next.assessmentId ? editor.assessment : await assessmentsRepo.get(next.assessmentId)
  if (!here || (here.status !== 'submitted' && here.status !== 'resubmitted')) return
  // only when the version judged is the one this assessment was last sent as (not a later file send)
  const sent = next.events.find((e) => e.kind === 'sent' && e.number === next.latest)
  const local = await versionsRepo.latest(next.assessmentId)
  if (!sent || sent.kind !== 'sent' || !local || local.hash !== sent.hash) return
  await reviewsRepo.setStatus(next.assessmentId, next.status)
  if (editor.assessment?.id === next.assessmentId) editor.setStatus(next.status)
}
