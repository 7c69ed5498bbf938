import { describe, expect, it } from 'vitest'
import type { SubjectNames } from '@/domain/catalogue/model'
import { SubjectRegistry } from '@/domain/catalogue/subjects'

const entries: [string, SubjectNames][] = [
  ['physics', { kk: 'Физика' }],
  ['physics', { ru: 'Физика', en: 'Physics' }],
  ['астрономия', { kk: 'Астрономия' }],
  ['астрономия', { ru: 'Астрономия', kk: 'Астрономия 10' }],
  ['robotics', { en: 'Robotics', kk: '' }],
  ['robotics', { en: 'Robotics' }],
]

const view = (r: SubjectRegistry) => ({
  keys: r.allKeys(),
  names: r.allKeys().map((k) => r.namesOf(k)),
  labels: r.allKeys().flatMap((k) => (['kk', 'ru', 'en'] as const).map((lang) => r.label(k, lang))),
  resolved: ['физика', 'Physics 7', 'астрономя', 'Robotic', 'роботика', 'Химия'].map((n) => r.resolve(n)),
})

describe('the subject registry of a large catalogue', () => {
  it('knows the same after every entry of a subject as after each of its names once', () => {
    const once = new SubjectRegistry()
    for (const [key, names] of entries) once.register(key, names)
    const every = new SubjectRegistry()
    // 20,000 entries naming the same few subjects, in turn
    for (let i = 0; i < 20_000; i++) {
      const [key, names] = entries[i % entries.length]
      every.register(key, { ...names })
    }
    expect(view(every)).toEqual(view(once))
    expect(every.label('robotics', 'kk')).toBe(once.label('robotics', 'kk'))
  })

  it('registers all entries at once as it registers them one by one, runs of the same subject or not', () => {
    const list = [0, 0, 0, 1, 1, 2, 0, 3, 3, 4, 5, 5, 4, 1].map((i) => ({ subject: entries[i][0], subjectNames: { ...entries[i][1] } }))
    const oneByOne = new SubjectRegistry()
    for (const e of list) oneByOne.register(e.subject, e.subjectNames)
    const all = new SubjectRegistry()
    all.registerAll(list)
    expect(view(all)).toEqual(view(oneByOne))
    expect(all.namesOf('physics')).toEqual({ kk: 'Физика', ru: 'Физика', en: 'Physics' })
  })

  it('still takes a name it had not seen for a key it knows, and an empty name apart from a missing one', () => {
    const r = new SubjectRegistry()
    r.register('robotics', { en: 'Robotics' })
    r.register('robotics', { en: 'Robotics', ru: 'Робототехника' })
    expect(r.namesOf('robotics')).toEqual({ en: 'Robotics', ru: 'Робототехника' })
    expect(r.resolve('робототехника')).toBe('robotics')
    r.register('robotics', { en: 'Robotics', kk: '' })
    expect(r.namesOf('robotics').kk).toBe('')
  })
})
