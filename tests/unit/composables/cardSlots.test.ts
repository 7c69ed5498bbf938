import { describe, expect, it } from 'vitest'
import { cardSlots } from '@/composables/cardSlots'

describe('cardSlots', () => {
  it('gives every card drawn its own key', () => {
    const slots = cardSlots()
    expect(new Set(slots(['a', 'b', 'c'], null)).size).toBe(3)
  })

  it('keeps the key of a card still drawn, wherever it moves', () => {
    const slots = cardSlots()
    const [a, b, c] = slots(['a', 'b', 'c'], null)
    expect(slots(['c', 'b', 'a'], null)).toEqual([c, b, a])
  })

  it('hands the keys of cards that left to the cards newly drawn, not new keys', () => {
    const slots = cardSlots()
    const first = slots(['a', 'b', 'c'], null)
    const next = slots(['x', 'b', 'y'], null)
    expect(next[1]).toBe(first[1])
    expect(new Set(next)).toEqual(new Set(first))
  })

  it('makes new keys only when more cards are drawn than before', () => {
    const slots = cardSlots()
    const first = slots(['a', 'b'], null)
    const next = slots(['x', 'y', 'z'], null)
    expect(next.filter((key) => first.includes(key))).toHaveLength(2)
    expect(new Set(next).size).toBe(3)
  })

  it('never gives the kept card’s key to another card, even once it is not drawn', () => {
    const slots = cardSlots()
    const [, b] = slots(['a', 'b'], 'b')
    expect(slots(['x', 'y'], 'b')).not.toContain(b)
  })
})
