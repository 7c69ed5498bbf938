import { describe, expect, it } from 'vitest'
import { moveTo, nextOrder, orderBetween, rebalance, sortByOrder, ORDER_STEP } from '@/domain/order'

const items = (...orders: number[]) => orders.map((order, i) => ({ id: `i${i}`, order }))

describe('order keys', () => {
  it('appends after the largest key', () => {
    expect(nextOrder([])).toBe(ORDER_STEP)
    expect(nextOrder(items(5, 3000, 10))).toBe(3000 + ORDER_STEP)
  })

  it('finds a key between neighbours and at both ends', () => {
    expect(orderBetween(1, 3)).toBe(2)
    expect(orderBetween(undefined, 100)).toBe(100 - ORDER_STEP)
    expect(orderBetween(100, undefined)).toBe(100 + ORDER_STEP)
  })

  it('moves one item by changing only its key', () => {
    const list = items(1024, 2048, 3072, 4096)
    const moved = moveTo(list, 'i3', 0)
    expect(moved.map((i) => i.id)).toEqual(['i3', 'i0', 'i1', 'i2'])
    expect(moved.filter((m) => m.order !== list.find((l) => l.id === m.id)!.order).map((m) => m.id)).toEqual(['i3'])
    expect(moveTo(list, 'i0', 2).map((i) => i.id)).toEqual(['i1', 'i2', 'i0', 'i3'])
    expect(moveTo(list, 'i1', 99).map((i) => i.id)).toEqual(['i0', 'i2', 'i3', 'i1'])
  })

  it('renumbers when keys collide after many moves into one gap', () => {
    let list = items(1024, 2048, 3072)
    for (let n = 0; n < 80; n++) list = moveTo(list, list[2].id, 1)
    const orders = sortByOrder(list).map((i) => i.order)
    expect(new Set(orders).size).toBe(3)
    expect(rebalance(items(5, 1, 3)).map((i) => i.order)).toEqual([1024, 2048, 3072])
  })
})
