import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import { useGrowingList } from '@/composables/useGrowingList'

const numbers = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i)

describe('a long list drawn a few rows per frame', () => {
  it('gives the first rows at once, then every row within a few frames, and starts again for a new list', async () => {
    const scope = effectScope()
    const list = shallowRef(numbers(95))
    const drawn = scope.run(() => useGrowingList(list, 10, 20))!
    expect(drawn.value).toEqual(numbers(10))
    await expect.poll(() => drawn.value.length).toBe(95)
    expect(drawn.value).toEqual(numbers(95))

    list.value = numbers(50, 100)
    await nextTick()
    expect(drawn.value).toEqual(numbers(10, 100))
    await expect.poll(() => drawn.value).toEqual(numbers(50, 100))

    // the same rows again (an earlier answer kept on screen while the next one comes): all stay drawn
    const again = [...list.value.slice(0, 40), ...numbers(10, 500)]
    list.value = again
    await nextTick()
    expect(drawn.value).toEqual(again.slice(0, 40))
    await expect.poll(() => drawn.value).toEqual(again)

    list.value = numbers(4)
    await nextTick()
    expect(drawn.value).toEqual(numbers(4))
    scope.stop()
  })

  it('draws past the first rows only once a list has stayed: an answer replaced while the teacher types never grows', async () => {
    const scope = effectScope()
    const list = shallowRef(numbers(95))
    const pauses: (() => void)[] = []
    const settled = () => new Promise<void>((resolve) => pauses.push(resolve))
    const drawn = scope.run(() => useGrowingList(list, 10, 20, settled))!
    const frames = (n: number) => new Promise<void>((resolve) => (function next(k: number) { if (k === 0) resolve(); else requestAnimationFrame(() => next(k - 1)) })(n))
    await frames(3)
    expect(drawn.value).toEqual(numbers(10))

    // the next letter's answer comes before the pause: the first answer's pause, when it ends, draws nothing more
    list.value = numbers(80, 100)
    await nextTick()
    pauses.shift()!()
    await frames(3)
    expect(drawn.value).toEqual(numbers(10, 100))

    pauses.shift()!()
    await expect.poll(() => drawn.value).toEqual(numbers(80, 100))
    scope.stop()
  })

  it('stops growing when its scope ends', async () => {
    const scope = effectScope()
    const list = shallowRef(numbers(1000))
    const drawn = scope.run(() => useGrowingList(list, 10, 10))!
    scope.stop()
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    expect(drawn.value.length).toBe(10)
  })
})
