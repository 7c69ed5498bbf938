import { describe, expect, it } from 'vitest'
import { foldTerms, foldText } from '@/domain/text/fold'

describe('foldText', () => {
  it('maps every Kazakh letter, lower and upper case, to the Russian letter typed in its place', () => {
    expect(foldText('қүөәғұңіһ')).toBe('куоагуних')
    expect(foldText('ҚҮӨӘҒҰҢІҺ')).toBe('куоагуних')
    expect(foldText('Үкімет')).toBe(foldText('укимет'))
    expect(foldText('Қазақстан тарихы')).toBe('казакстан тарихы')
  })

  it('folds ё, case, Word spaces and curly quotes', () => {
    expect(foldText('Ёлка')).toBe('елка')
    expect(foldText('A\u00a0B\tC\nD')).toBe('a b c d')
    expect(foldText('«Тарихи Рашиди» “x” ’y’')).toBe('"тарихи рашиди" "x" \'y\'')
  })

  it('keeps the length, so an index in the folded text points into the original', () => {
    for (const s of ['Ә ғ қ ң ө ұ ү һ і', 'İstanbul', 'émoji 😀 ok', '7.2.1.1 «код»']) {
      expect(foldText(s)).toHaveLength(s.length)
    }
  })

  it('leaves Latin, digits and codes alone apart from case', () => {
    expect(foldText('Grade 5.L3 Listening')).toBe('grade 5.l3 listening')
  })
})

describe('foldTerms', () => {
  it('splits a query into folded words and drops blanks', () => {
    expect(foldTerms('  Үкімет \u00a0 7.2  ')).toEqual(['укимет', '7.2'])
    expect(foldTerms('   ')).toEqual([])
  })
})

describe('one folding for the whole app', () => {
  it('agrees with the catalogue’s fold on letters, so a word found in one search is found in the other', async () => {
    const { fold } = await import('@/domain/catalogue/fold')
    const sample = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі Ёё АБВ abc İ 7.2.1.1 5.L3 «Тарихи» оқиға'
    const letters = (s: string) => s.replace(/[^\p{L}\p{N}.]/gu, '')
    expect(letters(foldText(sample))).toBe(letters(fold(sample)))
  })
})
