/**
 * Every worked example is a complete, check-clean assessment a teacher can copy: published parts completed
 * by what was written for it (src/data/examples/written), with what was written listed for the screen.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { convertWorkedExample, workedExampleSlugs } from '@/exchange/workedExamples'
import { runChecks } from '@/domain/checks/engine'
import { totalPoints } from '@/domain/totals'
import { textLanguage } from '@/domain/textLanguage'

const dir = resolve(process.cwd(), 'src/data/examples')
const read = (path: string) => JSON.parse(readFileSync(resolve(dir, path), 'utf8')) as unknown
const slugs = readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, '')).sort()
const examples = slugs.map((slug) => ({ slug, ...convertWorkedExample(read(`${slug}.json`), slug, read(`written/${slug}.json`)) }))

describe('every worked example', () => {
  it('has its written part', () => {
    expect(workedExampleSlugs()).toEqual(slugs)
    for (const slug of slugs) expect(existsSync(resolve(dir, `written/${slug}.json`)), slug).toBe(true)
  })

  it.each(slugs)('%s is check-clean, with tasks and marks', (slug) => {
    const { assessment: a, summary } = examples.find((e) => e.slug === slug)!
    const findings = runChecks(a).filter((f) => f.severity !== 'hint')
    expect(findings.map((f) => `${f.ruleId} ${f.path}: ${f.message}`)).toEqual([])
    expect(a.tasks.length).toBeGreaterThan(0)
    expect(totalPoints(a)).toBeGreaterThan(0)
    // the printed total is kept where the page printed one
    if (summary.printedTotal !== null) expect(totalPoints(a)).toBe(summary.printedTotal)
    expect(textLanguage(a)).toBe(a.language)
    // what was written is said, and nothing is left missing but an unnamed section
    expect(summary.added.length).toBeGreaterThan(0)
    expect(summary.missing.filter((p) => p !== 'sections')).toEqual([])
  })

  it('keeps every published descriptor table as published (nothing rewritten, only completed)', () => {
    for (const slug of ['sor-kk-history-9', 'sor-ru-history-kz-kazakh-khanate', 'sor-kk-math-2-t4']) {
      const published = convertWorkedExample(read(`${slug}.json`), slug).assessment
      const complete = examples.find((e) => e.slug === slug)!.assessment
      expect(complete.tasks.slice(0, published.tasks.length).map((t) => t.descriptors.map((d) => [d.text, d.points]))).toEqual(
        published.tasks.map((t) => t.descriptors.map((d) => [d.text, d.points])),
      )
      expect(complete.criteria.map((c) => c.text)).toEqual(published.criteria.map((c) => c.text))
    }
  })
})

describe('the examples together', () => {
  const has = (pred: (e: (typeof examples)[number]) => boolean) => examples.some(pred)
  it.each(['kk', 'ru', 'en'] as const)('give %s a unit and a term assessment', (language) => {
    expect(has((e) => e.assessment.language === language && e.assessment.kind === 'unit')).toBe(true)
    expect(has((e) => e.assessment.language === language && e.assessment.kind === 'term')).toBe(true)
  })
  it('include the Kazakh language subject and primary school', () => {
    expect(has((e) => /қазақ тілі/i.test(e.assessment.subject))).toBe(true)
    expect(has((e) => e.assessment.grade !== null && e.assessment.grade <= 4)).toBe(true)
  })
})
