import { mkdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildGrowthRecord, growthRecordFileName } from '@/export/docx/growthRecord'
import { growthFigures, type GrowthAssessment } from '@/domain/growth/figures'
import type { Round, RuleCount } from '@/domain/review/history'
import { unzipDocx } from '../export/sample'

const DAY = 86_400_000
const person = { name: 'Сәуле Ерланқызы', school: '№5 мектеп' }
const rule = (family: RuleCount['family'], errors: number, warnings = 0): RuleCount => ({ family, ruleId: `${family}Rule`, errors, warnings })
function round(number: number, sentAt: number, rules: RuleCount[], verdict: 'approve' | 'requestChanges'): Round {
  return {
    number, hash: '0123456789abcdef', sentAt, author: person, findings: { at: sentAt, later: false, rules }, errors: 0, warnings: 0,
    verdict: { versionNumber: number, versionHash: '0123456789abcdef', verdict, summary: '', reviewer: person, finishedAt: sentAt + DAY },
    timeToVerdict: DAY, threads: { opened: 0, replied: 0, resolved: 0, leftOpen: 0 }, suggestionsOffered: 1, suggestionsApplied: number === 1 ? 1 : 0, current: false,
  }
}
const remark = (path: string) => ({ id: path, assessmentId: 'a', path, quote: '', versionNumber: 1, status: 'open' as const, statusAt: 0, suggestion: null, createdAt: 0, comments: [{ id: 'c', author: '', role: 'mentor' as const, text: 'x', createdAt: 0, versionNumber: 1, draft: false }] })

const list: GrowthAssessment[] = [
  { id: 'a', title: 'Қазан', rounds: [round(1, Date.UTC(2026, 9, 10), [rule('structure', 2), rule('wording', 0, 3)], 'requestChanges'), round(2, Date.UTC(2026, 9, 14), [rule('wording', 0, 1)], 'requestChanges'), round(3, Date.UTC(2026, 9, 20), [], 'approve')], threads: [remark('tasks/t/descriptors/d/text'), remark('criteria/c/text')] },
  { id: 'b', title: 'Наурыз', rounds: [round(1, Date.UTC(2027, 2, 10), [rule('time', 1), rule('wording', 0, 1)], 'approve')], threads: [remark('tasks/t/descriptors/d/points')] },
]

describe('printed growth record', () => {
  it.each([
    ['kk', ['Мұғалімнің кәсіби өсу жолы', 'Сәуле Ерланқызы', 'Не жақсарды', 'Әлі де назар аударатыны', 'Құрылымы: орта есеппен 2 → 0.', 'дескрипторлар (1)']],
    ['ru', ['Профессиональный рост учителя', 'Что улучшилось', 'Над чем ещё работать', 'Последним работам понадобилось меньше раундов до утверждения.', 'Время: в последних работах в среднем 1.']],
    ['en', ['Teacher’s professional growth', 'What improved', 'What still needs work', 'Structure: mean 2 → 0.', 'Suggestions applied']],
  ] as const)('is one page in %s with the period, figures, what improved and what still needs work', async (language, texts) => {
    const figures = growthFigures(list, (t) => new Date(t).toISOString().slice(0, 7))
    const blob = await buildGrowthRecord({ figures, language, teacher: person, mentor: { name: 'Айгүл', school: '' }, now: Date.UTC(2027, 3, 1) })
    const files = await unzipDocx(blob)
    const xml = files['word/document.xml']
    for (const text of texts) expect(xml).toContain(text)
    // one section, no page break: a single page for the portfolio
    expect(xml.match(/<w:sectPr/g)?.length).toBe(1)
    expect(xml).not.toContain('w:type="page"')
    mkdirSync('test-results/growth', { recursive: true })
    writeFileSync(`test-results/growth/record-${language}.docx`, new Uint8Array(await blob.arrayBuffer()))
    expect(growthRecordFileName(language, person, Date.UTC(2027, 3, 1))).toMatch(/Сәуле Ерланқызы 2027-04-01\.docx$/)
  })
})
