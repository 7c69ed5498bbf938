/**
 * The school directory: schools, members, mentor pairs and one-time invitation codes, in SQLite
 * (better-sqlite3). The administrator's commands write it; the server reads it for every access check,
 * so a revocation made by a command while the server runs takes effect on the member's next message.
 * Invitation codes are stored only as hashes.
 */
import Database from 'better-sqlite3'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { AccessFacts, Member, Role } from './access.js'

export interface School {
  id: string
  name: string
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS schools (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, createdAt INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS members (id TEXT PRIMARY KEY, schoolId TEXT NOT NULL REFERENCES schools(id), name TEXT NOT NULL,
  role TEXT NOT NULL, createdAt INTEGER NOT NULL, revokedAt INTEGER);
CREATE TABLE IF NOT EXISTS pairs (teacherId TEXT NOT NULL REFERENCES members(id), mentorId TEXT NOT NULL REFERENCES members(id),
  PRIMARY KEY (teacherId, mentorId));
CREATE TABLE IF NOT EXISTS invitations (codeHash TEXT PRIMARY KEY, memberId TEXT NOT NULL REFERENCES members(id),
  expiresAt INTEGER NOT NULL, usedAt INTEGER);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`

/** Invitation codes: 12 letters and digits without look-alikes, shown as XXXX-XXXX-XXXX. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const INVITATION_DAYS = 14

export class DirectoryError extends Error {}

export function hashCode(code: string): string {
  const plain = code.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return createHash('sha256').update(plain).digest('hex')
}

function newCode(): string {
  const bytes = randomBytes(12)
  const letters = [...bytes].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length])
  return [0, 4, 8].map((start) => letters.slice(start, start + 4).join('')).join('-')
}

function newId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 16)
}

export class Directory implements AccessFacts {
  private readonly db: Database.Database

  constructor(file: string) {
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('busy_timeout = 5000')
    this.db.exec(SCHEMA)
  }

  close(): void {
    this.db.close()
  }

  /**
   * Changes whenever the directory was written: by another process (an administrator's command, seen in
   * SQLite's `data_version`, which does not count this connection's own writes) or by this one (a
   * revocation made inside the server's process, counted by `total_changes()`). Both only grow.
   */
  changeCounter(): number {
    const others = Number(this.db.pragma('data_version', { simple: true }))
    const own = Number(this.db.prepare('SELECT total_changes() AS n').pluck().get())
    return others + own
  }

  addSchool(name: string): School {
    const trimmed = name.trim()
    if (!trimmed) throw new DirectoryError('A school needs a name.')
    if (this.findSchool(trimmed)) throw new DirectoryError(`A school named "${trimmed}" already exists.`)
    const school = { id: newId(), name: trimmed }
    this.db.prepare('INSERT INTO schools (id, name, createdAt) VALUES (?, ?, ?)').run(school.id, school.name, Date.now())
    return school
  }

  /** A school by id or by its exact name. */
  findSchool(idOrName: string): School | null {
    const row = this.db.prepare('SELECT id, name FROM schools WHERE id = ? OR name = ?').get(idOrName, idOrName.trim())
    return (row as School | undefined) ?? null
  }

  schools(): School[] {
    return this.db.prepare('SELECT id, name FROM schools ORDER BY name').all() as School[]
  }

  addMember(schoolIdOrName: string, name: string, role: Role): Member {
    const school = this.findSchool(schoolIdOrName)
    if (!school) throw new DirectoryError(`No school "${schoolIdOrName}".`)
    const trimmed = name.trim()
    if (!trimmed) throw new DirectoryError('A member needs a name.')
    const member: Member = { id: newId(), schoolId: school.id, name: trimmed, role, revokedAt: null }
    this.db
      .prepare('INSERT INTO members (id, schoolId, name, role, createdAt, revokedAt) VALUES (?, ?, ?, ?, ?, NULL)')
      .run(member.id, member.schoolId, member.name, member.role, Date.now())
    return member
  }

  member(id: string): Member | null {
    const row = this.db.prepare('SELECT id, schoolId, name, role, revokedAt FROM members WHERE id = ?').get(id)
    return (row as Member | undefined) ?? null
  }

  membersOf(schoolId: string): Member[] {
    return this.db
      .prepare('SELECT id, schoolId, name, role, revokedAt FROM members WHERE schoolId = ? ORDER BY name')
      .all(schoolId) as Member[]
  }

  revokeMember(id: string): Member {
    const member = this.requireMember(id)
    this.db.prepare('UPDATE members SET revokedAt = ? WHERE id = ? AND revokedAt IS NULL').run(Date.now(), id)
    this.db.prepare('UPDATE invitations SET usedAt = ? WHERE memberId = ? AND usedAt IS NULL').run(Date.now(), id)
    return { ...member, revokedAt: this.member(id)?.revokedAt ?? Date.now() }
  }

  addPair(teacherId: string, mentorId: string): void {
    const teacher = this.requireMember(teacherId)
    const mentor = this.requireMember(mentorId)
    if (teacher.schoolId !== mentor.schoolId) throw new DirectoryError('A teacher and her mentor must be in the same school.')
    if (teacher.id === mentor.id) throw new DirectoryError('A teacher cannot be her own mentor.')
    this.db.prepare('INSERT OR IGNORE INTO pairs (teacherId, mentorId) VALUES (?, ?)').run(teacher.id, mentor.id)
  }

  mentorsOf(teacherId: string): string[] {
    const rows = this.db
      .prepare('SELECT p.mentorId AS id FROM pairs p JOIN members m ON m.id = p.mentorId WHERE p.teacherId = ? AND m.revokedAt IS NULL')
      .all(teacherId) as { id: string }[]
    return rows.map((row) => row.id)
  }

  menteesOf(mentorId: string): string[] {
    const rows = this.db.prepare('SELECT teacherId AS id FROM pairs WHERE mentorId = ?').all(mentorId) as { id: string }[]
    return rows.map((row) => row.id)
  }

  schoolOf(memberId: string): string | null {
    return this.member(memberId)?.schoolId ?? null
  }

  /** A new one-time invitation code for a member; earlier unused codes of that member stop working. */
  invite(memberId: string, now = Date.now()): string {
    const member = this.requireMember(memberId)
    if (member.revokedAt !== null) throw new DirectoryError('This member was revoked; add them again to invite them.')
    const code = newCode()
    this.db.prepare('UPDATE invitations SET usedAt = ? WHERE memberId = ? AND usedAt IS NULL').run(now, memberId)
    this.db
      .prepare('INSERT INTO invitations (codeHash, memberId, expiresAt, usedAt) VALUES (?, ?, ?, NULL)')
      .run(hashCode(code), memberId, now + INVITATION_DAYS * 86_400_000)
    return code
  }

  /** Uses up an invitation code: the member it was made for, or null when it is unknown, used or expired. */
  redeem(code: string, now = Date.now()): Member | null {
    const redeemOnce = this.db.transaction((hash: string) => {
      const row = this.db.prepare('SELECT memberId, expiresAt, usedAt FROM invitations WHERE codeHash = ?').get(hash) as
        | { memberId: string; expiresAt: number; usedAt: number | null }
        | undefined
      if (!row || row.usedAt !== null || row.expiresAt < now) return null
      this.db.prepare('UPDATE invitations SET usedAt = ? WHERE codeHash = ?').run(now, hash)
      const member = this.member(row.memberId)
      return member && member.revokedAt === null ? member : null
    })
    return redeemOnce(hashCode(code))
  }

  /** The secret that signs tokens, made once per server and kept with the directory. */
  signingSecret(): Uint8Array {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = 'tokenSecret'").get() as { value: string } | undefined
    if (row) return Buffer.from(row.value, 'base64')
    const secret = randomBytes(32)
    this.db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('tokenSecret', ?)").run(secret.toString('base64'))
    return this.signingSecret()
  }

  private requireMember(id: string): Member {
    const member = this.member(id)
    if (!member) throw new DirectoryError(`No member "${id}".`)
    return member
  }
}
