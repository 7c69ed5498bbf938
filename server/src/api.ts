/**
 * The workspace's small HTTP door beside the WebSocket: an invitation code is exchanged for a signed
 * token (`POST /api/join`), and a token tells its member who they are, their school, mentors, mentees
 * and colleagues (`GET /api/me`) — the names the app shows come from here, never from free text.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Member } from './access.js'
import type { Directory } from './directory.js'
import { signToken, verifyToken } from './tokens.js'

const MAX_BODY_BYTES = 4_096

export interface ApiOptions {
  directory: Directory
  /** Origins allowed to call the API from a browser; `*` for any. */
  allowedOrigins: readonly string[]
}

type Reply = { status: number; body: unknown }

function person(member: Member) {
  return { id: member.id, name: member.name, role: member.role }
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
  } catch {
    return null
  }
}

async function join(request: IncomingMessage, directory: Directory): Promise<Reply> {
  const body = await readBody(request)
  const code = body && typeof body === 'object' && 'code' in body && typeof body.code === 'string' ? body.code : ''
  const member = code.length > 0 && code.length <= 64 ? directory.redeem(code) : null
  if (!member) return { status: 404, body: { error: 'invitation-unknown' } }
  const token = await signToken(member, directory.signingSecret())
  return { status: 200, body: { token, ...describe(member, directory) } }
}

function describe(member: Member, directory: Directory) {
  const school = directory.findSchool(member.schoolId)
  const colleagues = directory.membersOf(member.schoolId).filter((other) => other.revokedAt === null)
  const byId = new Map(colleagues.map((other) => [other.id, other]))
  const known = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [person(byId.get(id)!)] : []))
  return {
    member: person(member),
    school,
    mentors: known(directory.mentorsOf(member.id)),
    mentees: known(directory.menteesOf(member.id)),
    colleagues: colleagues.filter((other) => other.id !== member.id).map(person),
  }
}

async function me(request: IncomingMessage, directory: Directory): Promise<Reply> {
  const header = request.headers.authorization ?? ''
  const token = header.startsWith('Bearer ') ? header.slice(7) : ''
  const claims = await verifyToken(token, directory.signingSecret())
  const member = typeof claims === 'string' ? null : directory.member(claims.memberId)
  if (!member || member.revokedAt !== null || typeof claims === 'string' || member.schoolId !== claims.schoolId) {
    return { status: 401, body: { error: typeof claims === 'string' ? `token-${claims}` : 'member-revoked' } }
  }
  return { status: 200, body: describe(member, directory) }
}

function corsHeaders(request: IncomingMessage, allowed: readonly string[]): Record<string, string> {
  const origin = request.headers.origin
  if (!origin) return {}
  if (!allowed.includes('*') && !allowed.includes(origin)) return {}
  return {
    'Access-Control-Allow-Origin': allowed.includes('*') ? '*' : origin,
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    Vary: 'Origin',
  }
}

/** Answers the API's requests; returns false for any other path (the caller answers those). */
export async function handleApiRequest(request: IncomingMessage, response: ServerResponse, options: ApiOptions): Promise<boolean> {
  const path = (request.url ?? '').split('?')[0]
  if (!path?.startsWith('/api/')) return false
  const headers = { ...corsHeaders(request, options.allowedOrigins), 'Content-Type': 'application/json; charset=utf-8' }
  let reply: Reply
  if (request.method === 'OPTIONS') reply = { status: 204, body: null }
  else if (path === '/api/join' && request.method === 'POST') reply = await join(request, options.directory)
  else if (path === '/api/me' && request.method === 'GET') reply = await me(request, options.directory)
  else reply = { status: 404, body: { error: 'not-found' } }
  response.writeHead(reply.status, headers)
  response.end(reply.body === null ? undefined : JSON.stringify(reply.body))
  return true
}
