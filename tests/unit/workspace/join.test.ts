import { describe, expect, it } from 'vitest'
import { invitationCode, serverAddress } from '@/domain/workspace/address'
import { joinWorkspace } from '@/exchange/workspaceJoin'
import { forgetMembership, readMembership, writeMembership } from '@/storage/membership'
import { STORAGE_KEYS } from '@/storage/keys'

const answer = {
  token: 'aaa.bbb.ccc',
  member: { id: 'm1', name: 'Айгүл Серікова', role: 'teacher' },
  school: { id: 's1', name: '№ 12 мектеп' },
  mentors: [{ id: 'm2', name: 'Марат', role: 'mentor' }],
  mentees: [],
  colleagues: [],
}
const replying = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status })

describe('the server address a teacher types', () => {
  it('reaches a named server securely and a loopback or school-network one plainly', () => {
    expect(serverAddress('mektep12.kz')).toEqual({ socket: 'wss://mektep12.kz', api: 'https://mektep12.kz' })
    expect(serverAddress(' https://mektep12.kz/ ')).toEqual({ socket: 'wss://mektep12.kz', api: 'https://mektep12.kz' })
    expect(serverAddress('wss://mektep12.kz/bagalau')).toEqual({ socket: 'wss://mektep12.kz/bagalau', api: 'https://mektep12.kz/bagalau' })
    expect(serverAddress('127.0.0.1:8787')).toEqual({ socket: 'ws://127.0.0.1:8787', api: 'http://127.0.0.1:8787' })
    expect(serverAddress('192.168.1.20:8787')?.socket).toBe('ws://192.168.1.20:8787')
    for (const bad of ['', 'mektep 12', 'ftp://mektep12.kz', 'https://user:pw@mektep12.kz', 'https://mektep12.kz/?x=1']) expect(serverAddress(bad), bad).toBeNull()
  })

  it('reads an invitation code however it was typed', () => {
    expect(invitationCode('wt4z 4bd3 ncwx')).toBe('WT4Z-4BD3-NCWX')
    expect(invitationCode('WT4Z-4BD3-NCWX')).toBe('WT4Z-4BD3-NCWX')
    expect(invitationCode('WT4Z-4BD3')).toBeNull()
    expect(invitationCode('WT4Z-4BD3-NCW?')).toBeNull()
  })
})

describe('joining a school workspace', () => {
  it('keeps the token and who the member is, with the server addresses', async () => {
    const result = await joinWorkspace('127.0.0.1:8787', 'wt4z4bd3ncwx', 1_000, replying(200, answer))
    expect(result).toEqual({ ok: true, membership: { ...answer, server: { socket: 'ws://127.0.0.1:8787', api: 'http://127.0.0.1:8787' }, joinedAt: 1_000 } })
  })

  it('names each problem: address, code, unreachable server, refused code, an answer of another shape', async () => {
    expect(await joinWorkspace('ftp://x', 'WT4Z-4BD3-NCWX', 0, replying(200, answer))).toEqual({ ok: false, problem: 'address' })
    expect(await joinWorkspace('mektep12.kz', '123', 0, replying(200, answer))).toEqual({ ok: false, problem: 'code' })
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch')
    }
    expect(await joinWorkspace('mektep12.kz', 'WT4Z-4BD3-NCWX', 0, offline)).toEqual({ ok: false, problem: 'unreachable' })
    expect(await joinWorkspace('mektep12.kz', 'WT4Z-4BD3-NCWX', 0, replying(404, { error: 'invitation-unknown' }))).toEqual({ ok: false, problem: 'refused' })
    expect(await joinWorkspace('mektep12.kz', 'WT4Z-4BD3-NCWX', 0, replying(200, { ...answer, member: { ...answer.member, role: 'director' } }))).toEqual({ ok: false, problem: 'answer' })
    expect(await joinWorkspace('mektep12.kz', 'WT4Z-4BD3-NCWX', 0, replying(500, {}))).toEqual({ ok: false, problem: 'answer' })
  })

  it('keeps the membership in this browser and reads a damaged one as none', async () => {
    const result = await joinWorkspace('mektep12.kz', 'WT4Z-4BD3-NCWX', 5, replying(200, answer))
    if (!result.ok) throw new Error('joined')
    expect(writeMembership(result.membership)).toBe('ok')
    expect(readMembership()).toEqual(result.membership)
    localStorage.setItem(STORAGE_KEYS.workspace, JSON.stringify({ ...result.membership, token: 42 }))
    expect(readMembership()).toBeNull()
    forgetMembership()
    expect(readMembership()).toBeNull()
  })
})
