import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { createAssessment, createCriterion, createObjective, createTask } from '@/domain/factories'
import type { Assessment } from '@/domain/model'
import type { CatalogueObjective } from '@/domain/catalogue/model'
import {
  bankEntry,
  BankEntrySchema,
  bankFacets,
  canPublish,
  canUnpublish,
  copyFromBank,
  EMPTY_BANK_QUERY,
  readBankEntries,
  readSharedObjectives,
  searchBank,
  shareableGroups,
  sharedImportRows,
  sharedObjectives,
  sharedSetId,
  type Publisher,
} from '@/domain/workspace/bank'

const aigul: Publisher = { member: { id: 'aigul', name: 'Айгүл Серікова', role: 'teacher' }, school: { id: 's1', name: '№ 12 мектеп' } }
const erlan: Publisher = { member: { id: 'erlan', name: 'Ерлан Ахметов', role: 'teacher' }, school: { id: 's1', name: '№ 12 мектеп' } }
const DAY = Date.UTC(2026, 11, 2, 9, 30)

function approved(fields: Partial<Assessment>, codes: string[] = []): Assessment {
  const a = { ...createAssessment({ kind: 'unit', language: 'kk', now: DAY - 5000 }), status: 'approved' as const, ...fields }
  const objectives = codes.map((code, i) => ({ ...createObjective(i, code, `Мақсат ${code}`) }))
  const criterion = createCriterion(0, 'Бөлшектерді салыстырады', objectives.map((o) => o.id))
  const task = { ...createTask(0), text: 'Бөлшектерді салыстыр: 2/3 және 3/4', criterionIds: [criterion.id] }
  return { ...a, objectives, criteria: [criterion], tasks: [task] }
}

describe('a bank entry', () => {
  const fractions = approved({ title: 'Жай бөлшектер — БЖБ 1', subject: 'Математика', grade: 5, term: 2 }, ['5.1.2.1', '5.1.2.3'])

  it('is a validated snapshot of an approved assessment, naming the author and school from the membership', () => {
    const entry = bankEntry(fractions, aigul, DAY)
    expect(v.safeParse(BankEntrySchema, entry).success).toBe(true)
    expect(entry).toMatchObject({ id: fractions.id, author: { id: 'aigul', name: 'Айгүл Серікова' }, school: { id: 's1' }, publishedAt: DAY })
    expect(entry.assessment.objectives.map((o) => o.code)).toEqual(['5.1.2.1', '5.1.2.3'])
    // the role stays out of the stored entry: only who and where
    expect(Object.keys(entry.author)).toEqual(['id', 'name'])
  })

  it('may only hold an approved assessment filed under its own id', () => {
    expect(canPublish('approved')).toBe(true)
    for (const status of ['draft', 'submitted', 'changesRequested', 'resubmitted'] as const) expect(canPublish(status)).toBe(false)
    const entry = bankEntry(fractions, aigul, DAY)
    expect(v.safeParse(BankEntrySchema, { ...entry, assessment: { ...entry.assessment, status: 'draft' } }).success).toBe(false)
    expect(v.safeParse(BankEntrySchema, { ...entry, id: 'other' }).success).toBe(false)
    expect(v.safeParse(BankEntrySchema, { ...entry, assessment: { ...entry.assessment, title: 'x'.repeat(301) } }).success).toBe(false)
  })

  it('is read from a synced document only where it names that document’s author and school', () => {
    const mine = bankEntry(fractions, aigul, DAY)
    const forged = bankEntry(approved({ title: 'Жалған' }), erlan, DAY)
    const values: [string, unknown][] = [
      [mine.id, mine],
      [forged.id, forged],
      ['misfiled', mine],
      ['junk', { id: 'junk', hello: 1 }],
      ['text', 'Бөлшектер'],
    ]
    expect(readBankEntries(values, { schoolId: 's1', authorId: 'aigul' })).toEqual([mine])
    expect(readBankEntries(values, { schoolId: 's2', authorId: 'aigul' })).toEqual([])
  })

  it('may be unpublished by its author and by a methodist, not by another teacher or a mentor', () => {
    const entry = bankEntry(fractions, aigul, DAY)
    expect(canUnpublish({ id: 'aigul', role: 'teacher' }, entry)).toBe(true)
    expect(canUnpublish({ id: 'dana', role: 'methodist' }, entry)).toBe(true)
    expect(canUnpublish({ id: 'erlan', role: 'teacher' }, entry)).toBe(false)
    expect(canUnpublish({ id: 'marat', role: 'mentor' }, entry)).toBe(false)
  })
})

describe('browsing the bank', () => {
  const entries = [
    bankEntry(approved({ title: 'Жай бөлшектер — БЖБ 1', subject: 'Математика', grade: 5, term: 2 }, ['5.1.2.1']), aigul, DAY - 3000),
    bankEntry(approved({ title: 'Проценттер — БЖБ 2', subject: 'математика ', grade: 6, term: 1 }, ['6.1.1.3']), erlan, DAY - 2000),
    bankEntry(approved({ title: 'Қазақ хандығы — ТЖБ', subject: 'Қазақстан тарихы', grade: 7, term: 3, sections: ['Қазақ хандығының құрылуы'] }, ['7.3.1.2']), aigul, DAY - 1000),
  ]
  const titles = (found: readonly { assessment: Assessment }[]) => found.map((e) => e.assessment.title)

  it('lists everything newest first without a query', () => {
    expect(titles(searchBank(entries, EMPTY_BANK_QUERY))).toEqual(['Қазақ хандығы — ТЖБ', 'Проценттер — БЖБ 2', 'Жай бөлшектер — БЖБ 1'])
  })

  it('filters by subject (whatever its case), grade and term', () => {
    expect(titles(searchBank(entries, { ...EMPTY_BANK_QUERY, subject: 'Математика' }))).toEqual(['Проценттер — БЖБ 2', 'Жай бөлшектер — БЖБ 1'])
    expect(titles(searchBank(entries, { ...EMPTY_BANK_QUERY, subject: 'Математика', grade: 5 }))).toEqual(['Жай бөлшектер — БЖБ 1'])
    expect(titles(searchBank(entries, { ...EMPTY_BANK_QUERY, term: 3 }))).toEqual(['Қазақ хандығы — ТЖБ'])
    expect(searchBank(entries, { ...EMPTY_BANK_QUERY, grade: 5, term: 1 })).toEqual([])
  })

  it('finds an objective by its full code or its beginning, not by a code that merely starts the same digits', () => {
    expect(titles(searchBank(entries, { ...EMPTY_BANK_QUERY, objective: '5.1.2.1' }))).toEqual(['Жай бөлшектер — БЖБ 1'])
    expect(titles(searchBank(entries, { ...EMPTY_BANK_QUERY, objective: '6.1' }))).toEqual(['Проценттер — БЖБ 2'])
    expect(searchBank(entries, { ...EMPTY_BANK_QUERY, objective: '5.1.2.11' })).toEqual([])
    expect(searchBank(entries, { ...EMPTY_BANK_QUERY, objective: '5.1.2' }).length).toBe(1)
    expect(searchBank(entries, { ...EMPTY_BANK_QUERY, objective: '5.1.22' })).toEqual([])
  })

  it('finds every word of the text in the title, sections, tasks or author, typed without Kazakh letters', () => {
    expect(titles(searchBank(entries, { ...EMPTY_BANK_QUERY, text: 'хандыгы' }))).toEqual(['Қазақ хандығы — ТЖБ'])
    expect(titles(searchBank(entries, { ...EMPTY_BANK_QUERY, text: 'ерлан' }))).toEqual(['Проценттер — БЖБ 2'])
    expect(titles(searchBank(entries, { ...EMPTY_BANK_QUERY, text: 'салыстыр 2/3', grade: 5 }))).toEqual(['Жай бөлшектер — БЖБ 1'])
    expect(searchBank(entries, { ...EMPTY_BANK_QUERY, text: 'бөлшек физика' })).toEqual([])
  })

  it('offers the subjects (in Kazakh alphabetical order: Қ before М), grades and terms present, each subject once', () => {
    expect(bankFacets(entries)).toEqual({ subjects: ['Қазақстан тарихы', 'Математика'], grades: [5, 6, 7], terms: [1, 2, 3] })
  })
})

describe('a colleague’s copy', () => {
  it('gets new ids everywhere, is a draft, and names its source: author, school and day', () => {
    const original = approved({ title: 'Жай бөлшектер — БЖБ 1', subject: 'Математика', grade: 5 }, ['5.1.2.1'])
    const entry = bankEntry(original, aigul, DAY)
    const copy = copyFromBank(entry, DAY + 1000)
    expect(copy.id).not.toBe(original.id)
    expect(copy.objectives[0]!.id).not.toBe(original.objectives[0]!.id)
    expect(copy.criteria[0]!.objectiveIds).toEqual([copy.objectives[0]!.id])
    expect(copy.tasks[0]!.criterionIds).toEqual([copy.criteria[0]!.id])
    expect(copy).toMatchObject({ status: 'draft', createdAt: DAY + 1000, title: original.title, variant: null })
    expect(copy.source).toBe('Мектеп банкі: Айгүл Серікова, № 12 мектеп, 2026-12-02')
    expect(copyFromBank(bankEntry({ ...original, language: 'ru' }, aigul, DAY), DAY).source).toMatch(/^Банк школы: /)
  })
})

describe('shared objectives', () => {
  const own = (code: string, fields: Partial<CatalogueObjective> = {}): CatalogueObjective => ({
    id: `id-${code}`,
    code,
    text: `Мақсат ${code}`,
    section: 'Бөлшектер',
    language: 'kk',
    subject: 'mathematics',
    subjectNames: { kk: 'Математика' },
    grade: 5,
    term: 2,
    origin: 'own',
    hidden: false,
    source: 'math5.csv',
    order: Number(code.replace(/\D/g, '')),
    updatedAt: DAY,
    ...fields,
  })
  const catalogue = [own('5.1.2.2'), own('5.1.2.1'), own('6.1.1.1', { grade: 6 }), own('5.2.1.1', { origin: 'shipped' }), own('5.3.1.1', { hidden: true })]
  const name = (o: CatalogueObjective) => o.subjectNames[o.language] ?? o.subject

  it('groups the teacher’s own visible entries by subject, grade and language', () => {
    const groups = shareableGroups(catalogue, name)
    expect(groups.map((g) => [g.subject, g.grade, g.objectives.map((o) => o.code)])).toEqual([
      ['Математика', 5, ['5.1.2.2', '5.1.2.1']],
      ['Математика', 6, ['6.1.1.1']],
    ])
    expect(groups[0]!.id).toBe(sharedSetId('mathematics', 5, 'kk'))
    expect(sharedSetId('mathematics', 5, 'kk')).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
    expect(sharedSetId('mathematics', 5, 'ru')).not.toBe(groups[0]!.id)
  })

  it('shares a group in its order and brings it back as import rows naming the colleague', () => {
    const set = sharedObjectives(shareableGroups(catalogue, name)[0]!, aigul, DAY)
    expect(set.objectives.map((o) => o.code)).toEqual(['5.1.2.1', '5.1.2.2'])
    expect(readSharedObjectives([[set.id, set], ['x', { ...set, id: 'x', author: erlan.member }]], { schoolId: 's1', authorId: 'aigul' })).toEqual([set])
    const rows = sharedImportRows(set)
    expect(rows[0]).toEqual({
      ok: true,
      line: 1,
      draft: { code: '5.1.2.1', text: 'Мақсат 5.1.2.1', section: 'Бөлшектер', term: 2, subject: 'Математика', grade: 5, language: 'kk', source: 'Мектеп банкі: Айгүл Серікова, № 12 мектеп' },
    })
  })
})
