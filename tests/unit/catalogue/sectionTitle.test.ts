import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sectionTitleOf } from '@/domain/catalogue/sectionTitle'
import { convertCurriculum } from '@/exchange/shippedCatalogue'

describe('section titles of the shipped catalogue', () => {
  it('never show a transcriber’s remark as a name', () => {
    expect(sectionTitleOf('(4-тоқсан, section name not in excerpt)')).toBe('')
    expect(sectionTitleOf('Unit not named in excerpt (teacher calendar plan, short codes)')).toBe('')
    expect(sectionTitleOf('2 Living things (teacher calendar plan, short codes; lessons dated 29.09–6.10)')).toBe('2 Living things')
    expect(sectionTitleOf("Lessons 70–72 'Home Town', 'Town' (teacher calendar plan, short codes; dates not in excerpt)")).toBe("Lessons 70–72 'Home Town', 'Town'")
  })

  it('keep real bracketed subtitles', () => {
    expect(sectionTitleOf('1 Home and away (Homes; Cities and countries; Weather and climate)')).toBe('1 Home and away (Homes; Cities and countries; Weather and climate)')
    expect(sectionTitleOf('1 (В) Бір таңбалы санға көбейту және бөлу')).toBe('1 (В) Бір таңбалы санға көбейту және бөлу')
    expect(sectionTitleOf('Аспан әлемінің құпиялары')).toBe('Аспан әлемінің құпиялары')
  })

  it('are clean in every shipped file, on sections and on their objectives', () => {
    const dir = resolve(process.cwd(), 'src/data/curriculum')
    const files = Object.fromEntries(readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => [n, JSON.parse(readFileSync(resolve(dir, n), 'utf8'))]))
    const { sections, objectives } = convertCurriculum(files, 0)
    for (const title of [...sections.map((s) => s.title), ...objectives.map((o) => o.section)]) {
      expect(title).not.toMatch(/excerpt|calendar plan|short codes|^\(/)
    }
  })
})
