/**
 * The signed token a member's app keeps after redeeming an invitation: a JWT (HS256, jose) naming the
 * member, the school and the role. The server trusts only what it signed, and checks the directory
 * again for every document, so a revoked member's token opens nothing.
 */
import { SignJWT, jwtVerify, errors } from 'jose'
import type { Member, Role } from './access.js'
import { ROLES } from './access.js'

const ISSUER = 'bagalau-school-workspace'
export const TOKEN_DAYS = 180

export interface TokenClaims {
  memberId: string
  schoolId: string
  role: Role
  /** Seconds since the epoch when the token stops working. */
  expiresAt: number
}

export async function signToken(member: Member, secret: Uint8Array, now = Date.now(), days = TOKEN_DAYS): Promise<string> {
  const issuedAt = Math.floor(now / 1000)
  return new SignJWT({ school: member.schoolId, role: member.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(member.id)
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + days * 86_400)
    .sign(secret)
}

export type TokenProblem = 'expired' | 'invalid'

export async function verifyToken(token: string, secret: Uint8Array, now = Date.now()): Promise<TokenClaims | TokenProblem> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      algorithms: ['HS256'],
      currentDate: new Date(now),
    })
    const role = payload.role
    if (typeof payload.sub !== 'string' || typeof payload.school !== 'string' || typeof payload.exp !== 'number') return 'invalid'
    if (!ROLES.includes(role as Role)) return 'invalid'
    return { memberId: payload.sub, schoolId: payload.school, role: role as Role, expiresAt: payload.exp }
  } catch (error) {
    return error instanceof errors.JWTExpired ? 'expired' : 'invalid'
  }
}
