// @vitest-environment happy-dom
/**
 * The newer fields of the task model survive a Word round trip: printed with the real export, read back
 * with the real import, compared field by field — task parts (1а/1ә, 1а/1б, 1a/1b) with their own text,
 * type, options, answer and the descriptors that mark each; teacher-only material (script, notes) from the
 * teacher's copy or the mark scheme; a variant's number and group; the primary-school specification layout
 * (what it does not print is reported, never guessed); the teacher's own specification wording. One print
 * with parts and a script is also read after LibreOffice saved it again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createDescriptor, createOption } from '@/domain/factories'
import { LANGUAGES, type Assessment, type Language } from '@/domain/model'
import { createPart } from '@/domain/partOperations'
import { defaultPrintOptions, type PrintPart } from '@/domain/printOptions'
import { editSpecText } from '@/domain/specDocument/edits'
import { makeVariant } from '@/domain/variants'
import { assessmentFromWord } from '@/domain/wordImport/assessmentFromWord'
import { placeVariant } from '@/domain/wordImport/source'
import { readDocx } from '@/exchange/docx'
import { assessmentSource } from '@/exchange/fromWord/assessmentSource'
import { buildAssessmentDocx } from '@/export/docx'
import { sampleAssessment } from '../export/sample'
import { hasLibreOffice, resaveWithLibreOffice } from '../review/mentorWordFile'
import { comparable } from './comparable'

const TEXTS: Record<Language, { a: string; b: string; script: string; notes: string; answer: string }> = {
  kk: { a: 'Мәтіндегі негізгі ойды таңдаңыз.', b: 'Кейіпкердің әрекетін бір сөйлеммен түсіндіріңіз.', script: 'Мұғалім оқиды: Ертеде бір қала болыпты…\nЕкінші рет оқылады.', notes: 'Мәтінді екі рет баяу оқыңыз.', answer: 'Ол досына көмектесті.' },
  ru: { a: 'Выберите главную мысль текста.', b: 'Объясните поступок героя одним предложением.', script: 'Учитель читает: Жил-был город…\nЧитается дважды.', notes: 'Прочитайте текст дважды медленно.', answer: 'Он помог другу.' },
  en: { a: 'Choose the main idea of the text.', b: "Explain the hero's action in one sentence.", script: 'The teacher reads: Once upon a time there was a town…\nRead twice.', notes: 'Read the text slowly, twice.', answer: 'He helped his friend.' },
}

/** The sample with task 2 in two parts (а multiple choice, ә short answer, a descriptor each) and a listening script. */
export function withPartsAndScript(language: Language, kind: 'unit' | 'term' = 'unit'): Assessment {
  const a = sampleAssessment(language, 4, kind)
  const t = TEXTS[language]
  const task = a.tasks[1]
  const first = { ...createPart(0, 'multipleChoice', t.a), options: [createOption(0, 'A1', false), createOption(1, 'B2', true), createOption(2, 'C3', false)] }
  const second = { ...createPart(1, 'shortAnswer', t.b), answer: t.answer }
  const criterion = task.criterionIds[0]
  return {
    ...a,
    tasks: a.tasks.map((x, i) =>
      i !== 1
        ? x
        : {
            ...task,
            type: null,
            text: `${task.text} — ${t.a.slice(0, 8)}`,
            script: t.script,
            teacherNotes: t.notes,
            answer: '',
            parts: [first, second],
            descriptors: [
              { ...createDescriptor(0, criterion, `${language} descriptor of part 1`, 1), partId: first.id },
              { ...createDescriptor(1, criterion, `${language} descriptor of part 2`, 2), partId: second.id },
            ],
          },
    ),
  }
}

/** `comparable` with the newer fields: parts (by position), each descriptor's part, script and notes, variant number, specification edits. */
function full(a: Assessment) {
  const base = comparable(a)
  const tasks = [...a.tasks].sort((x, y) => x.order - y.order)
  return {
    ...base,
    tasks: base.tasks.map((t, i) => {
      const task = tasks[i]
      const parts = [...(task.parts ?? [])].sort((x, y) => x.order - y.order)
      return {
        ...t,
        script: task.script.trim(),
        teacherNotes: task.teacherNotes.trim(),
        parts: parts.map((p) => ({ text: p.text, type: p.type, answer: p.answer.trim(), options: p.options.map((o) => ({ text: o.text, correct: o.correct })) })),
        descriptorParts: [...task.descriptors].sort((x, y) => x.order - y.order).map((d) => (d.partId ? parts.findIndex((p) => p.id === d.partId) : null)),
      }
    }),
    variant: a.variant?.number ?? null,
    specEdits: a.specEdits,
  }
}

const print = async (a: Assessment, parts?: PrintPart[], extra: Partial<ReturnType<typeof defaultPrintOptions>> = {}) =>
  new Uint8Array(await (await buildAssessmentDocx(a, { ...defaultPrintOptions(), ...(parts && { parts }), ...extra })).arrayBuffer())
const readBack = (bytes: Uint8Array) => assessmentFromWord(assessmentSource(readDocx(bytes)))

describe('task parts read back', () => {
  it.each(LANGUAGES)('a two-part task in %s: parts, their options and answers, descriptors by part', async (language) => {
    const a = withPartsAndScript(language)
    const { assessment: back, report } = readBack(await print(a))
    expect(full(back)).toEqual(full(a))
    expect(back.tasks[1].parts).toHaveLength(2)
    expect(back.tasks[1].descriptors.map((d) => d.partId)).toEqual(back.tasks[1].parts!.map((p) => p.id))
    expect(report.print?.parts).toBe(2)
    expect(report.print?.missing).toEqual([])
  })
})

describe('teacher material reads back', () => {
  it.each(LANGUAGES)('from the teacher copy in %s', async (language) => {
    const a = withPartsAndScript(language)
    const { assessment: back, report } = readBack(await print(a, ['pupilSheet', 'teacherCopy', 'descriptorTable', 'specification', 'markScheme']))
    expect(full(back)).toEqual(full(a))
    expect(report.print?.scripts).toBe(1)
    // the teacher's copy alone carries them too
    const copy = readBack(await print(a, ['pupilSheet', 'teacherCopy'])).assessment.tasks[1]
    expect([copy.script, copy.teacherNotes]).toEqual([TEXTS[language].script, TEXTS[language].notes])
  })
  it('from the mark scheme alone (the default pack), and not from a pupil sheet', async () => {
    const a = withPartsAndScript('kk')
    expect(readBack(await print(a)).assessment.tasks[1].script).toBe(TEXTS.kk.script)
    const pupil = readBack(await print(a, ['pupilSheet', 'descriptorTable'])).assessment.tasks[1]
    expect([pupil.script, pupil.teacherNotes]).toEqual(['', ''])
  })
})

describe('variants read back', () => {
  const group = () => {
    const one = withPartsAndScript('ru')
    const made = makeVariant(one, [one], 1)!
    const two: Assessment = { ...made.variant, tasks: made.variant.tasks.map((t, i) => ({ ...t, text: `Задание ${i + 1} второго варианта`, options: t.options.map((o, k) => ({ ...o, text: `Ответ ${k + 1}`, correct: k === 0 })) })) }
    return [made.source, two] as const
  }
  it('as its number, joined to its printed group', async () => {
    const [, two] = group()
    const { assessment: back, report } = readBack(await print(two))
    expect(full(back)).toEqual(full(two))
    expect(back.variant).toEqual(two.variant)
    expect(report.print?.variant).toEqual({ number: 2, group: 'printed', others: [] })
  })
  it('a print of every variant reads back as the first, and names the others', async () => {
    const [one, two] = group()
    const { assessment: back, report } = readBack(await print(one, undefined, { variants: [one, two] }))
    expect(full(back)).toEqual(full(one))
    expect(back.variant).toEqual({ group: one.variant!.group, number: 1 })
    expect(report.print?.variant).toEqual({ number: 1, group: 'printed', others: [2] })
  })
  it('kept apart in a group of its own when the library already holds that group’s variant of its number', async () => {
    const [one, two] = group()
    const read = readBack(await print(two))
    const taken = placeVariant(read.assessment, read.report, [one, two])
    expect(taken.draft.variant).toEqual({ group: read.assessment.id, number: 2 })
    expect(taken.report.print?.variant?.group).toBe('taken')
    // variant 2 printed from another library (only variant 1 here) joins its group
    const joined = placeVariant(read.assessment, read.report, [one])
    expect(joined.draft.variant).toEqual(two.variant)
    expect(joined.report.print?.variant?.group).toBe('printed')
  })
  it('without a variant, none', async () => {
    const { assessment: back, report } = readBack(await print(withPartsAndScript('en')))
    expect(back.variant).toBeNull()
    expect(report.print?.variant).toBeNull()
  })
})

describe('the primary-school specification layout reads back', () => {
  it.each(LANGUAGES)('in %s: the layout and the objectives of each criterion; level, type and time reported as not found', async (language) => {
    const a0 = withPartsAndScript(language, 'term')
    const a: Assessment = { ...a0, grade: 3, specEdits: { layout: 'primary' } }
    const { assessment: back, report } = readBack(await print(a))
    expect(back.specEdits).toEqual({ layout: 'primary' })
    expect(report.print?.layout).toBe('primary')
    // the primary table prints no level, type or minutes per task: empty, never guessed
    const expected = full(a)
    expected.tasks = expected.tasks.map((t) => ({ ...t, level: null, minutes: null, type: t.options.length ? 'multipleChoice' : null }))
    expect(full(back)).toEqual(expected)
    expect(report.print?.missing).toEqual([
      { task: 1, fields: ['level', 'minutes'] },
      { task: 2, fields: ['level', 'minutes'] },
      { task: 3, fields: ['level', 'type', 'minutes'] },
      { task: 4, fields: ['level', 'minutes'] },
    ])
  })
})

describe("the teacher's specification wording reads back", () => {
  it.each(LANGUAGES)('in %s: reworded paragraphs kept as hers (lines and blank lines too), the others follow the document', async (language) => {
    const a0 = withPartsAndScript(language, 'term')
    const a1 = { ...a0, specEdits: editSpecText(a0, 'purpose', `${language}: our own purpose.\n\nSecond paragraph with 405 312 in it.`) }
    const a: Assessment = { ...a1, specEdits: editSpecText(a1, 'administration', 'Pupils work alone for 40 minutes.') }
    const { assessment: back, report } = readBack(await print(a))
    expect(back.specEdits.purpose).toBe(a.specEdits.purpose!.replace('405 312', '405\u202f312'))
    expect(back.specEdits.administration).toBe(a.specEdits.administration)
    expect(Object.keys(back.specEdits).sort()).toEqual(['administration', 'purpose'])
    expect(report.print?.specTexts).toBe(2)
  })
  it('none when the teacher reworded nothing', async () => {
    expect(readBack(await print(withPartsAndScript('kk', 'term'))).assessment.specEdits).toEqual({})
  })
})

describe('saved again by LibreOffice', () => {
  it('a print with a two-part task, a script and the teacher copy (tests/fixtures/docx/parts-script-kk.docx)', async () => {
    const fixture = 'tests/fixtures/docx/parts-script-kk.docx'
    const json = 'tests/fixtures/docx/parts-script-kk.json'
    if (process.env.BAGALAU_WRITE_FIXTURES && hasLibreOffice) {
      const a = { ...withPartsAndScript('kk', 'term'), grade: 3, specEdits: { purpose: 'Өз мақсатымыз.\nЕкінші жол.' } }
      writeFileSync(json, JSON.stringify(a, null, 1))
      writeFileSync(fixture, resaveWithLibreOffice(await print(a, ['pupilSheet', 'teacherCopy', 'descriptorTable', 'specification', 'markScheme']), 'parts-script-kk'))
    }
    expect(existsSync(fixture)).toBe(true)
    const a = JSON.parse(readFileSync(json, 'utf8')) as Assessment
    const { assessment: back, report } = readBack(new Uint8Array(readFileSync(fixture)))
    expect(full(back)).toEqual(full(a))
    expect(report.print?.parts).toBe(2)
  }, 180_000)
})
