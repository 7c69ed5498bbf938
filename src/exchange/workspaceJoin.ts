/**
 * The one exchange with a school's workspace server before any sync: an invitation code for a
 * signed token and the member's identity. The answer is checked against its shape on the way in.
 */
import * as v from 'valibot'
import { JoinAnswerSchema, type Membership } from '@/domain/shapes/membership'
import { invitationCode, serverAddress } from '@/domain/workspace/address'

export type JoinProblem = 'address' | 'code' | 'unreachable' | 'refused' | 'answer'
export type JoinResult = { ok: true; membership: Membership } | { ok: false, problem: JoinProblem }

export async function joinWorkspace(typedAddress: string, typedCode: string, now = Date.now(), send: typeof fetch = fetch): Promise<JoinResult> {
  const server = serverAddress(typedAddress)
  if (!server) return { ok: false, problem: 'address' }
  const code = invitationCode(typedCode)
  if (!code) return { ok: false, problem: 'code' }
  let response: Response
  try {
    response = await send(`${server.api}/api/join`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    })
  } catch {
    return { ok: false, problem: 'unreachable' }
  }
  if (response.status === 404) return { ok: false, problem: 'refused' }
  if (!response.ok) return { ok: false, problem: 'answer' }
  const answer = v.safeParse(JoinAnswerSchema, await response.json().catch(() => null))
  if (!answer.success) return { ok: false, problem: 'answer' }
  return { ok: true, membership: { ...answer.output, server, joinedAt: now } }
}
