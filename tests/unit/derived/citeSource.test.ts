import { describe, expect, it } from 'vitest'
import { citeSource } from '@/domain/sources'
import { MARK_BANDS, TERM_MARK_WEIGHT_PRESETS } from '@/domain/rules'

const LATIN_WORD = /\b[a-z]{3,}\b/i
const CYRILLIC_WORD = /[а-яёәғқңөұүһі]{3,}/i

describe('citeSource', () => {
  it('words the mark bands’ source in Russian with no English word', () => {
    const ru = citeSource(MARK_BANDS.cited, 'ru')
    expect(ru).toBe('«Правила проведения текущего контроля успеваемости, промежуточной и итоговой аттестации обучающихся», приказ МОН РК № 125, ред. 2022; 2–11 классы')
    expect(ru).not.toMatch(LATIN_WORD)
  })

  it('says in Kazakh and English that the Russian title is quoted as published', () => {
    const kk = citeSource(MARK_BANDS.cited, 'kk')
    expect(kk).toContain('(ресми атауы орыс тілінде)')
    expect(kk).toContain('2022 жылғы редакция; 2–11-сыныптар')
    const en = citeSource(MARK_BANDS.cited, 'en')
    expect(en).toMatch(/^“Правила .+” \(official title, in Russian\), Ministry of Education order No\. 125, 2022 edition; grades 2–11$/)
    // outside the quoted title, nothing is Russian
    expect(en.replace(/“[^”]*”/, '')).not.toMatch(CYRILLIC_WORD)
  })

  it('gives every term-weight preset a source in each language', () => {
    for (const p of TERM_MARK_WEIGHT_PRESETS) {
      expect(citeSource(p.cited, 'en').replace(/“[^”]*”/, '')).not.toMatch(CYRILLIC_WORD)
      expect(citeSource(p.cited, 'ru').replace(/«[^»]*»/, '')).not.toMatch(LATIN_WORD)
    }
  })
})
