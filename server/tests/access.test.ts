// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { accessTo, type AccessFacts, type Member } from '../src/access.js'
import { parseDocumentName } from '../src/documentNames.js'

const school = (id: string, schoolId: string, role: Member['role'] = 'teacher', revokedAt: number | null = null): Member => ({
  id,
  schoolId,
  name: id,
  role,
  revokedAt,
})
const aigul = school('aigul', 's1')
const marat = school('marat', 's1', 'mentor')
const dana = school('dana', 's1', 'methodist')
const erlan = school('erlan', 's1')
const stranger = school('stranger', 's2')
const members = [aigul, marat, dana, erlan, stranger]
const facts: AccessFacts = {
  mentorsOf: (teacherId) => (teacherId === 'aigul' ? ['marat'] : []),
  schoolOf: (memberId) => members.find((m) => m.id === memberId)?.schoolId ?? null,
}

describe('document names', () => {
  it('reads the four spaces and refuses anything else', () => {
    expect(parseDocumentName('private/aigul/library')).toEqual({ space: 'private', memberId: 'aigul', docId: 'library' })
    expect(parseDocumentName('bank/s1/aigul')).toEqual({ space: 'bank', schoolId: 's1', authorId: 'aigul' })
    for (const bad of ['', 'private/aigul', 'private/aigul/x/y', 'secret/a/b', 'private/../x', 'private/a b/c', `private/${'a'.repeat(65)}/x`]) {
      expect(parseDocumentName(bad), bad).toBeNull()
    }
  })
})

describe('who may open which document', () => {
  it("keeps a teacher's private drafts to her own devices", () => {
    expect(accessTo(aigul, 'private/aigul/library', facts)).toBe('write')
    for (const other of [marat, dana, erlan, stranger]) expect(accessTo(other, 'private/aigul/library', facts)).toBeNull()
  })

  it('opens a review pair to the teacher and her assigned mentor only', () => {
    expect(accessTo(aigul, 'review/aigul/a1', facts)).toBe('write')
    expect(accessTo(marat, 'review/aigul/a1', facts)).toBe('write')
    expect(accessTo(dana, 'review/aigul/a1', facts)).toBeNull()
    expect(accessTo(erlan, 'review/aigul/a1', facts)).toBeNull()
    expect(accessTo(stranger, 'review/aigul/a1', facts)).toBeNull()
    expect(accessTo(marat, 'review/erlan/a1', facts)).toBeNull()
  })

  it("lets every member read the school bank, authors write their own part, methodists moderate", () => {
    expect(accessTo(aigul, 'bank/s1/aigul', facts)).toBe('write')
    expect(accessTo(erlan, 'bank/s1/aigul', facts)).toBe('read')
    expect(accessTo(marat, 'bank/s1/aigul', facts)).toBe('read')
    expect(accessTo(dana, 'bank/s1/aigul', facts)).toBe('write')
    expect(accessTo(aigul, 'catalogue/s1/erlan', facts)).toBe('read')
  })

  it("gives another school's member nothing, not even a bank that names a member of theirs", () => {
    expect(accessTo(stranger, 'bank/s1/aigul', facts)).toBeNull()
    expect(accessTo(stranger, 'bank/s1/stranger', facts)).toBeNull()
    expect(accessTo(aigul, 'bank/s2/stranger', facts)).toBeNull()
    expect(accessTo(aigul, 'bank/s1/nobody', facts)).toBeNull()
  })

  it('gives a revoked member nothing', () => {
    const revoked = { ...aigul, revokedAt: 1 }
    expect(accessTo(revoked, 'private/aigul/library', facts)).toBeNull()
    expect(accessTo(revoked, 'bank/s1/erlan', facts)).toBeNull()
  })
})
