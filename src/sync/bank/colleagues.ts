/**
 * Who is in the member's school now (`GET /api/me`): the bank opens one document per colleague, and a
 * colleague who joined after this browser did is found here. The answer is checked on the way in.
 */
import * as v from 'valibot'
import { JoinAnswerSchema, type WorkspacePerson } from '@/domain/shapes/membership'

const MeAnswerSchema = v.omit(JoinAnswerSchema, ['token'])

export type ColleaguesAnswer = { ok: true; member: WorkspacePerson; colleagues: WorkspacePerson[] } | { ok: false; problem: 'unreachable' | 'refused' | 'answer' }

export async function fetchColleagues(apiUrl: string, token: string, send: typeof fetch = fetch): Promise<ColleaguesAnswer> {
  let response: Response
  try {
    response = await send(`${apiUrl}/api/me`, { headers: { Authorization: `Bearer ${token}` } })
  } catch {
    return { ok: false, problem: 'unreachable' }
  }
  if (response.status === 401) return { ok: false, problem: 'refused' }
  const answer = v.safeParse(MeAnswerSchema, response.ok ? await response.json().catch(() => null) : null)
  if (!answer.success) return { ok: false, problem: 'answer' }
  return { ok: true, member: answer.output.member, colleagues: answer.output.colleagues }
}
