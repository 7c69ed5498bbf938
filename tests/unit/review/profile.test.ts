import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useProfileStore } from '@/stores/profile'

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

describe('profile', () => {
  it('keeps a teacher and a mentor apart and remembers them', () => {
    const p = useProfileStore()
    p.save('teacher', { name: ' Дана Әліқызы ', school: '№5 мектеп' })
    p.save('mentor', { name: 'Айгүл', school: '' })
    setActivePinia(createPinia())
    const again = useProfileStore()
    expect(again.of('teacher')).toEqual({ name: 'Дана Әліқызы', school: '№5 мектеп' })
    expect(again.named('mentor')).toBe(true)
  })

  it('reads junk in storage as an empty profile', () => {
    for (const junk of ['{', '"x"', '{"teacher":{"name":42,"school":["a"]},"__proto__":{"x":1}}', JSON.stringify({ mentor: { name: 'x'.repeat(5000) } })]) {
      localStorage.setItem('bagalau.profiles', junk)
      setActivePinia(createPinia())
      const p = useProfileStore()
      expect(p.of('teacher')).toEqual({ name: '', school: '' })
      expect(p.of('mentor').name.length).toBeLessThanOrEqual(300)
    }
  })
})
