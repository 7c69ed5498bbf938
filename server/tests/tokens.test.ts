// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SignJWT, UnsecuredJWT } from 'jose'
import { signToken, verifyToken } from '../src/tokens.js'
import type { Member } from '../src/access.js'

const secret = new Uint8Array(32).fill(7)
const aigul: Member = { id: 'aigul', schoolId: 's1', name: 'Aigul', role: 'teacher', revokedAt: null }
const now = Date.UTC(2026, 11, 2)

describe('tokens', () => {
  it('reads back what it signed', async () => {
    const token = await signToken(aigul, secret, now)
    expect(await verifyToken(token, secret, now)).toMatchObject({ memberId: 'aigul', schoolId: 's1', role: 'teacher' })
  })

  it('refuses an expired token', async () => {
    const token = await signToken(aigul, secret, now, 1)
    expect(await verifyToken(token, secret, now + 2 * 86_400_000)).toBe('expired')
  })

  it('refuses a token signed with another secret, an unsigned one and an edited one', async () => {
    const forged = await signToken(aigul, new Uint8Array(32).fill(8), now)
    expect(await verifyToken(forged, secret, now)).toBe('invalid')
    const unsigned = new UnsecuredJWT({ school: 's1', role: 'teacher' }).setSubject('aigul').setIssuer('bagalau-school-workspace').setExpirationTime('1d').encode()
    expect(await verifyToken(unsigned, secret, now)).toBe('invalid')
    const [header, , signature] = (await signToken(aigul, secret, now)).split('.')
    const payload = Buffer.from(JSON.stringify({ sub: 'dana', school: 's1', role: 'methodist', exp: now / 1000 + 100, iss: 'bagalau-school-workspace' })).toString('base64url')
    expect(await verifyToken(`${header}.${payload}.${signature}`, secret, now)).toBe('invalid')
    expect(await verifyToken('', secret, now)).toBe('invalid')
  })

  it('refuses a signed token with a role the workspace does not know', async () => {
    const odd = await new SignJWT({ school: 's1', role: 'director' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('aigul')
      .setIssuer('bagalau-school-workspace')
      .setExpirationTime(now / 1000 + 100)
      .sign(secret)
    expect(await verifyToken(odd, secret, now)).toBe('invalid')
  })
})
